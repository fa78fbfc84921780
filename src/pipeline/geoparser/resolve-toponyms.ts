import { distance } from '@turf/distance';
import type { PlaceKind } from '../../schema/dataset-schema.js';
import { ArticleContext, type Anchor } from './article-context.js';
import { holds, priorScore } from './candidate-prior.js';
import { foldToken } from './fold-name.js';
import { placeSlug } from './place-slug.js';
import type { Recognition, RecognisedMention } from './recognise-toponyms.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';
import type { Gazetteer, GazetteerEntry, ResolvedPlace, Toponym } from './types.js';

/**
 * Picks one place for each recognised name. Every candidate gets a score on the scale of
 * log10(population) (resolver-weights.ts has every number), then the article moves it:
 *
 * - prior: population (countries and regions: the sum of their towns), plus a bonus by
 *   feature type: a country over a town called the same; a national capital over the
 *   region named like it (Washington); a big city over its own region (New York);
 * - qualifier: "Paris, Texas" or "Cabanatuan in Nueva Ecija" puts Paris inside Texas;
 * - the countries the article is about: those of its unambiguous places and its demonyms;
 * - co-mentioned places: a region holding another mentioned place, a town inside a
 *   mentioned region, and nearness (turf distance) to the article's other places.
 *
 * A first pass without context finds the unambiguous places; a second pass scores every
 * name against them. Scores become a confidence by a softmax; a close runner-up is named in
 * the toponym's `reason`.
 */

interface Scored {
  readonly mention: RecognisedMention;
  readonly name: string;
  readonly entries: readonly GazetteerEntry[];
  readonly scores: number[];
  /** Whether a following region or country placed it ("Paris, Texas"). */
  qualified: boolean;
  best: number;
  confidence: number;
}

/**
 * The best candidate and the probability that the place is there: candidates within
 * `sameSpotKm` of the best one (Singapore the city and the country) count for it.
 */
function pick(item: Scored): void {
  const { entries, scores } = item;
  let best = 0;
  scores.forEach((score, i) => {
    if (score > (scores[best] ?? -Infinity)) best = i;
  });
  const top = scores[best] ?? 0;
  const chosen = entries[best];
  let total = 0;
  let agreeing = 0;
  scores.forEach((score, i) => {
    const weight = Math.exp((score - top) / W.temperature);
    total += weight;
    const entry = entries[i];
    if (chosen && entry && distance([chosen.lon, chosen.lat], [entry.lon, entry.lat]) <= W.sameSpotKm) {
      agreeing += weight;
    }
  });
  item.best = best;
  item.confidence = total > 0 ? agreeing / total : 0;
}

/** Prior scores, the big-city rule and the "Paris, Texas" qualifier: what needs no context. */
function scoreWithoutContext(text: string, mentions: readonly RecognisedMention[], gazetteer: Gazetteer): Scored[] {
  const scored: Scored[] = mentions.map((mention) => {
    const entries = mention.candidates.map((index) => gazetteer.entry(index));
    const scores = entries.map((entry) => {
      const ownRegion = entries.some((other) => other.featureCode === 'ADM1' && holds(other, entry));
      const bigCity = entry.kind === 'city' && entry.population >= W.bigCityPopulation;
      return priorScore(entry) + (ownRegion && bigCity ? W.cityOverOwnRegion : 0);
    });
    return { mention, name: foldToken(mention.text), entries, scores, qualified: false, best: 0, confidence: 0 };
  });
  scored.forEach((current, index) => {
    const next = scored[index + 1];
    if (!next || !/^(?:,\s?| in )$/.test(text.slice(current.mention.end, next.mention.start))) return;
    current.entries.forEach((entry, i) => {
      next.entries.forEach((outer, j) => {
        if (!holds(outer, entry)) return;
        current.qualified = true;
        current.scores[i] = (current.scores[i] ?? 0) + W.qualified;
        next.scores[j] = (next.scores[j] ?? 0) + W.qualifier;
      });
    });
  });
  return scored;
}

/** Scores one window of the text: its sure places become the context of the rest. */
function resolveWindow(text: string, mentions: readonly RecognisedMention[], recognition: Recognition, gazetteer: Gazetteer) {
  const scored = scoreWithoutContext(text, mentions, gazetteer);
  scored.forEach(pick);
  const anchors: Anchor[] = [];
  for (const item of scored) {
    const place = item.entries[item.best];
    if (place && item.confidence >= W.anchorAbove) anchors.push({ name: item.name, place });
  }
  const context = new ArticleContext(anchors, recognition.demonymCountries);
  const bonusesByName = new Map<string, number[]>();
  for (const item of scored) {
    let bonuses = bonusesByName.get(item.name);
    if (!bonuses) {
      bonuses = context.bonuses(item.name, item.entries);
      bonusesByName.set(item.name, bonuses);
    }
    bonuses.forEach((bonus, i) => (item.scores[i] = (item.scores[i] ?? 0) + bonus));
    pick(item);
  }
  return { scored, context };
}

function placeOf(entry: GazetteerEntry): ResolvedPlace {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    lon: entry.lon,
    lat: entry.lat,
    ...(entry.extent ? { extent: entry.extent } : {}),
    gazetteer: entry.gazetteer,
    ...(entry.countryCode ? { countryCode: entry.countryCode } : {}),
    ...(entry.population > 0 ? { population: entry.population } : {}),
  };
}

/** `Springfield (city, US-IL)`: enough for an editor to tell namesakes apart. */
function describe(entry: GazetteerEntry): string {
  const where = [entry.countryCode, entry.featureCode === 'ADM1' ? undefined : entry.admin1Code].filter(Boolean).join('-');
  return `${entry.name} (${entry.kind}${where ? `, ${where}` : ''})`;
}

const UNLISTED_KINDS: Record<string, PlaceKind> = {
  islands: 'island-group',
  archipelago: 'island-group',
  island: 'island',
  atoll: 'island',
  strait: 'strait',
  straits: 'strait',
  sea: 'sea',
  park: 'park',
};

function toponymOf(item: Scored, context: ArticleContext): Toponym | undefined {
  const { mention } = item;
  const entry = item.entries[item.best];
  if (!entry) return undefined;
  const stray =
    (entry.kind === 'city' || entry.featureCode === 'ADM2') &&
    entry.population < W.strayTownPopulation &&
    !item.qualified &&
    context.countryWeight(entry.countryCode, item.name) <= 0;
  if (stray) return undefined;
  const runnerUp = item.entries
    .map((other, i) => ({ other, score: item.scores[i] ?? -Infinity }))
    .filter(({ other }) => distance([entry.lon, entry.lat], [other.lon, other.lat]) > W.sameSpotKm)
    .sort((a, b) => b.score - a.score)[0];
  const confidence = Math.round(item.confidence * 1000) / 1000;
  const toponym: Toponym = {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    place: placeOf(entry),
    confidence,
    ...(confidence < W.reviewBelow && runnerUp
      ? { reason: `ambiguous name: ${describe(entry)} or ${describe(runnerUp.other)}` }
      : {}),
  };
  return mention.areaHead && entry.kind === 'city' ? areaAround(toponym, entry, mention.areaHead) : toponym;
}

/**
 * "Dallas County" when the gazetteer knows only the town of Dallas: the area is placed at
 * the town it is named for, and the editor is asked to check.
 */
function areaAround(toponym: Toponym, town: GazetteerEntry, head: string): Toponym {
  const confidence = Math.round(toponym.confidence * W.areaAroundFactor * 1000) / 1000;
  return {
    ...toponym,
    place: {
      ...toponym.place,
      id: placeSlug(toponym.text),
      name: toponym.text,
      kind: foldToken(head) === 'valley' ? 'natural-feature' : 'region',
      gazetteer: { source: 'curated', note: `not in the gazetteer: placed at ${describe(town)}, which it is named for` },
    },
    confidence,
    ...(confidence < W.reviewBelow
      ? { reason: `place missing from the gazetteer: placed at ${describe(town)}, which it is named for` }
      : {}),
  };
}

/** A feature the gazetteer lacks, placed at the place the text names right after it. */
function unlistedToponym(scored: readonly Scored[], index: number): Toponym | undefined {
  const item = scored[index];
  if (!item) return undefined;
  const { mention } = item;
  const container = scored.slice(index + 1, index + 4).find((other) => other.entries[other.best]);
  const host = container?.entries[container.best];
  if (!host || container.mention.start - mention.end > 40) return undefined;
  const head = foldToken(mention.text.split(/\s+/).at(-1) ?? '');
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    place: {
      ...placeOf(host),
      id: placeSlug(mention.text),
      name: mention.text,
      kind: UNLISTED_KINDS[head] ?? 'natural-feature',
      gazetteer: { source: 'curated', note: `not in the gazetteer: placed at ${describe(host)} for review` },
    },
    confidence: W.unlistedConfidence,
    reason: `place missing from the gazetteer: placed at ${describe(host)}, which the text names next`,
  };
}

/** Resolves recognised mentions to places, window by window. */
export function resolveToponyms(text: string, recognition: Recognition, gazetteer: Gazetteer): Toponym[] {
  const windows = new Map<number, RecognisedMention[]>();
  for (const mention of recognition.mentions) {
    const key = Math.floor(mention.start / W.windowCharacters);
    const window = windows.get(key);
    if (window) window.push(mention);
    else windows.set(key, [mention]);
  }
  const toponyms: Toponym[] = [];
  for (const mentions of windows.values()) {
    const { scored, context } = resolveWindow(text, mentions, recognition, gazetteer);
    scored.forEach((item, index) => {
      const toponym = item.entries.length > 0 ? toponymOf(item, context) : unlistedToponym(scored, index);
      if (toponym) toponyms.push(toponym);
    });
  }
  return toponyms;
}
