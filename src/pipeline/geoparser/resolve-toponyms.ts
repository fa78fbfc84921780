import { distance } from '@turf/distance';
import { ArticleContext, type Anchor } from './article-context.js';
import { holds, priorScore } from './candidate-prior.js';
import { foldToken } from './fold-name.js';
import type { Recognition, RecognisedMention } from './recognise-toponyms.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';
import type { Scored } from './scored-mention.js';
import { toponymOf, unlistedToponym } from './toponym-of.js';
import type { Gazetteer, GazetteerEntry, Toponym } from './types.js';

/**
 * Picks one place for each recognised name. Every candidate gets a score on the scale of
 * log10(population) (resolver-weights.ts has every number), then the article moves it:
 *
 * - prior: population (countries and regions: the sum of their towns), plus a bonus by
 *   feature type: a country over a town called the same; a national capital over the
 *   region named like it (Washington); a big city over its own region (New York);
 * - qualifier: "Paris, Texas" or "Cabanatuan in Nueva Ecija" puts Paris inside Texas;
 * - the words around it: "New York state" or "the state of Washington" make it a
 *   first-level region; in a list, it is the kind of place its neighbours are ("Oregon,
 *   Washington and Idaho" are states; "Mali, Niger, and Senegal" countries);
 * - the countries the article is about: those of its unambiguous places and its demonyms;
 * - co-mentioned places: a region holding another mentioned place, a town inside a
 *   mentioned region, and nearness (turf distance) to the article's other places.
 *
 * A first pass without context finds the unambiguous places; a second pass scores every
 * name against them. Scores become a confidence by a softmax; a close runner-up is named in
 * the toponym's `reason`.
 */

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
    if (
      chosen &&
      entry &&
      distance([chosen.lon, chosen.lat], [entry.lon, entry.lat]) <= W.sameSpotKm
    ) {
      agreeing += weight;
    }
  });
  item.best = best;
  item.confidence = total > 0 ? agreeing / total : 0;
}

/**
 * After a name, words that make it a first-level division: "New York state", "Washington
 * State Department of Health", "Ontario province", "Texas Governor Rick Perry".
 */
const DIVISION_AFTER = /^[ \u00a0](?:[Ss]tate|[Pp]rovince|[Gg]overnor)\b/;
/** Before a name: "the state of", "the province of". */
const DIVISION_BEFORE = /\b(?:state|province) of[ \u00a0]$/;
/** Between two members of a list: a comma, "and", "or", or both. */
const LIST_GAP = /^(?:,[ \u00a0]?(?:(?:and|or)[ \u00a0])?|[ \u00a0](?:and|or)[ \u00a0])$/;

const isRegion = (entry: GazetteerEntry) => entry.featureCode === 'ADM1';
/** The feature types a list makes alike: countries, first-level regions. */
const LISTED_TYPES: ReadonlySet<string> = new Set(['PCLI', 'ADM1']);

/** The feature type a mention most likely has before any context: `ADM1` for "Ohio". */
function likelyFeatureCode(item: Scored | undefined): string | undefined {
  if (!item) return undefined;
  let best = 0;
  item.scores.forEach((score, i) => {
    if (score > (item.scores[best] ?? -Infinity)) best = i;
  });
  return item.entries[best]?.featureCode;
}

const namesRegion = (item: Scored | undefined) => likelyFeatureCode(item) === 'ADM1';

/**
 * The words around a name that make it a division, and the lists that make it the same
 * kind of place as its neighbours: "Oregon, Washington and Idaho" are states, "Mali, Niger,
 * and Senegal" countries.
 */
function scoreSurroundings(text: string, scored: readonly Scored[]): void {
  // The feature types of the list neighbours, one per neighbour: two alike say more than one.
  const neighbourTypes = scored.map((current, index) => {
    const types: string[] = [];
    const previous = scored[index - 1];
    const next = scored[index + 1];
    // A qualifier and the place it qualifies ("Savannah, Georgia") are no list.
    if (
      previous &&
      !previous.qualified &&
      LIST_GAP.test(text.slice(previous.mention.end, current.mention.start))
    )
      types.push(likelyFeatureCode(previous) ?? '');
    if (
      next &&
      !current.qualified &&
      LIST_GAP.test(text.slice(current.mention.end, next.mention.start))
    )
      types.push(likelyFeatureCode(next) ?? '');
    return types;
  });
  scored.forEach((current, index) => {
    const { start, end } = current.mention;
    const cued =
      DIVISION_AFTER.test(text.slice(end, end + 20)) ||
      DIVISION_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const listedWith = neighbourTypes[index];
    current.entries.forEach((entry, i) => {
      let bonus = cued && isRegion(entry) ? W.divisionCue : 0;
      if (LISTED_TYPES.has(entry.featureCode)) {
        const alike = listedWith?.filter((type) => type === entry.featureCode).length ?? 0;
        bonus += alike * W.listedAlike;
      }
      current.scores[i] = (current.scores[i] ?? 0) + bonus;
    });
  });
}

/** Prior scores, the big-city rule and the "Paris, Texas" qualifier: what needs no context. */
function scoreWithoutContext(
  text: string,
  mentions: readonly RecognisedMention[],
  gazetteer: Gazetteer,
): Scored[] {
  const scored: Scored[] = mentions.map((mention) => {
    const entries = mention.candidates.map((index) => gazetteer.entry(index));
    const scores = entries.map((entry) => {
      const ownRegion = entries.some(
        (other) => other.featureCode === 'ADM1' && holds(other, entry),
      );
      const bigCity = entry.kind === 'city' && entry.population >= W.bigCityPopulation;
      return priorScore(entry) + (ownRegion && bigCity ? W.cityOverOwnRegion : 0);
    });
    return {
      mention,
      name: foldToken(mention.text),
      entries,
      scores,
      qualified: false,
      best: 0,
      confidence: 0,
    };
  });
  scored.forEach((current, index) => {
    const next = scored[index + 1];
    if (!next || !/^(?:,\s?| in )$/.test(text.slice(current.mention.end, next.mention.start)))
      return;
    // "Washington, Pennsylvania and California" is a list of states, not a town in one.
    const after = scored[index + 2];
    if (
      after &&
      LIST_GAP.test(text.slice(next.mention.end, after.mention.start)) &&
      namesRegion(after)
    )
      return;
    current.entries.forEach((entry, i) => {
      next.entries.forEach((outer, j) => {
        if (!holds(outer, entry)) return;
        current.qualified = true;
        current.scores[i] = (current.scores[i] ?? 0) + W.qualified;
        next.scores[j] = (next.scores[j] ?? 0) + W.qualifier;
      });
    });
  });
  scoreSurroundings(text, scored);
  return scored;
}

/** Scores one window of the text: its sure places become the context of the rest. */
function resolveWindow(
  text: string,
  mentions: readonly RecognisedMention[],
  recognition: Recognition,
  gazetteer: Gazetteer,
) {
  const scored = scoreWithoutContext(text, mentions, gazetteer);
  scored.forEach(pick);
  const anchors: Anchor[] = [];
  for (const item of scored) {
    const place = item.entries[item.best];
    if (place && item.confidence >= W.anchorAbove) anchors.push({ name: item.name, place });
  }
  const context = new ArticleContext(anchors, recognition.demonymCountries);
  // Mentions of one name with the same candidates: scored once, and read alike.
  const groups = new Map<string, Scored[]>();
  for (const item of scored) {
    const key = `${item.name}|${item.mention.candidates.join(',')}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const bonuses = context.bonuses(first.name, first.entries);
    // One sense per discourse: "Paris, Texas ... Paris" is the same Paris, so each mention
    // gets, for each candidate, the best score any mention of the group gave it.
    const best = first.entries.map(
      (_, i) => Math.max(...group.map((item) => item.scores[i] ?? -Infinity)) + (bonuses[i] ?? 0),
    );
    const qualified = group.some((item) => item.qualified);
    for (const item of group) {
      best.forEach((score, i) => (item.scores[i] = score));
      item.qualified = qualified;
      pick(item);
    }
  }
  return { scored, context };
}

/** Resolves recognised mentions to places, window by window. */
export function resolveToponyms(
  text: string,
  recognition: Recognition,
  gazetteer: Gazetteer,
): Toponym[] {
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
      const toponym =
        item.entries.length > 0 ? toponymOf(item, context) : unlistedToponym(scored, index);
      if (toponym) toponyms.push(toponym);
    });
  }
  return toponyms;
}
