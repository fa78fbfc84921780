import { distance } from '@turf/distance';
import { ArticleContext, type Anchor } from './article-context.js';
import { holds, priorScore } from './candidate-prior.js';
import { foldToken } from './fold-name.js';
import type { Recognition, RecognisedMention } from './recognise-toponyms.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';
import type { Scored } from './scored-mention.js';
import { toponymOf, unlistedToponym } from './toponym-of.js';
import type { Gazetteer, Toponym } from './types.js';

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
