import { distance } from '@turf/distance';
import { holds, isArea } from './candidate-prior.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';
import type { GazetteerEntry } from './types.js';

/** A place the article names unambiguously, and the folded name it was named by. */
export interface Anchor {
  readonly name: string;
  readonly place: GazetteerEntry;
}

/**
 * What the rest of the article says about a name's candidates: the countries it is about,
 * the regions it names, and where its other places are. A name never votes for itself.
 */
export class ArticleContext {
  private readonly countryVotes = new Map<string, number>();
  private readonly votesByName = new Map<string, Map<string, number>>();
  /** Distinct anchor places, each with the names that pointed at it. */
  private readonly places = new Map<string, { place: GazetteerEntry; names: Set<string> }>();
  private readonly heaviest: number;

  constructor(anchors: readonly Anchor[], demonymCountries: ReadonlyMap<string, number>) {
    for (const [code, count] of demonymCountries) this.countryVotes.set(code, count);
    for (const { name, place } of anchors) {
      const known = this.places.get(place.id);
      if (known) known.names.add(name);
      else this.places.set(place.id, { place, names: new Set([name]) });
      const code = place.countryCode;
      if (!code) continue;
      this.countryVotes.set(code, (this.countryVotes.get(code) ?? 0) + 1);
      const own = this.votesByName.get(name) ?? new Map<string, number>();
      own.set(code, (own.get(code) ?? 0) + 1);
      this.votesByName.set(name, own);
    }
    this.heaviest = Math.max(1, ...this.countryVotes.values());
  }

  /** Votes for a country from everything but the name itself. */
  countryWeight(code: string | undefined, name: string): number {
    if (!code) return 0;
    return (this.countryVotes.get(code) ?? 0) - (this.votesByName.get(name)?.get(code) ?? 0);
  }

  /** The context bonus of each candidate of one name. */
  bonuses(name: string, candidates: readonly GazetteerEntry[]): number[] {
    const others: GazetteerEntry[] = [];
    for (const { place, names } of this.places.values()) {
      if (names.size > 1 || !names.has(name)) others.push(place);
    }
    const points = others.filter((place) => !isArea(place));
    return candidates.map((entry) => {
      let bonus = 0;
      const weight = this.countryWeight(entry.countryCode, name);
      if (weight > 0) bonus += W.contextBase + W.contextShare * (weight / this.heaviest);
      if (others.some((other) => holds(other, entry) || holds(entry, other)))
        bonus += W.containment;
      if (!isArea(entry) && points.length > 0) {
        let nearest = Infinity;
        for (const point of points) {
          nearest = Math.min(nearest, distance([entry.lon, entry.lat], [point.lon, point.lat]));
        }
        bonus += W.nearness * Math.exp(-nearest / W.nearnessKm);
      }
      return bonus;
    });
  }
}
