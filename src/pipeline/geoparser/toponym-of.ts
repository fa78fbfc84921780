import { distance } from '@turf/distance';
import type { PlaceKind } from '../../schema/dataset-schema.js';
import type { ArticleContext } from './article-context.js';
import { foldToken } from './fold-name.js';
import { placeSlug } from './place-slug.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';
import type { Scored } from './scored-mention.js';
import type { GazetteerEntry, ResolvedPlace, Toponym } from './types.js';

/** The toponyms the resolver hands out: the chosen place, its confidence and, if low, why. */

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
  const where = [entry.countryCode, entry.featureCode === 'ADM1' ? undefined : entry.admin1Code]
    .filter(Boolean)
    .join('-');
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

export function toponymOf(item: Scored, context: ArticleContext): Toponym | undefined {
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
  return mention.areaHead && entry.kind === 'city'
    ? areaAround(toponym, entry, mention.areaHead)
    : toponym;
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
      gazetteer: {
        source: 'curated',
        note: `not in the gazetteer: placed at ${describe(town)}, which it is named for`,
      },
    },
    confidence,
    ...(confidence < W.reviewBelow
      ? {
          reason: `place missing from the gazetteer: placed at ${describe(town)}, which it is named for`,
        }
      : {}),
  };
}

/** A feature the gazetteer lacks, placed at the place the text names right after it. */
export function unlistedToponym(scored: readonly Scored[], index: number): Toponym | undefined {
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
      gazetteer: {
        source: 'curated',
        note: `not in the gazetteer: placed at ${describe(host)} for review`,
      },
    },
    confidence: W.unlistedConfidence,
    reason: `place missing from the gazetteer: placed at ${describe(host)}, which the text names next`,
  };
}
