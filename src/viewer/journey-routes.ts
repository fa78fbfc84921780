import type { Journey, PlaceFeature } from '../schema/dataset-schema.js';

/** The journeys between one pair of places, drawn as one arc (a visit and its return share it). */
export interface JourneyRoute {
  /** `washington--beijing`: the two place ids in the order of the route's first journey. */
  id: string;
  from: PlaceFeature;
  to: PlaceFeature;
  journeys: Journey[];
}

/**
 * The article's journeys grouped by the pair of places they join, whichever the direction, in
 * the order of their first journey; a journey naming a place the dataset lacks is left out.
 */
export function journeyRoutes(
  journeys: readonly Journey[],
  places: readonly PlaceFeature[],
): JourneyRoute[] {
  // Only the places journeys join, not every place: a million places need no map of ids.
  const joined = new Set(journeys.flatMap((journey) => [journey.from, journey.to]));
  const byId = new Map(
    joined.size === 0
      ? []
      : places.filter((place) => joined.has(place.id)).map((place) => [place.id, place]),
  );
  const routes = new Map<string, JourneyRoute>();
  for (const journey of journeys) {
    const from = byId.get(journey.from);
    const to = byId.get(journey.to);
    if (from === undefined || to === undefined) continue;
    const key = [journey.from, journey.to].sort().join('--');
    const route = routes.get(key) ?? {
      id: `${journey.from}--${journey.to}`,
      from,
      to,
      journeys: [],
    };
    route.journeys.push(journey);
    routes.set(key, route);
  }
  return [...routes.values()];
}

function placeName(route: JourneyRoute, id: string): string {
  return id === route.from.id ? route.from.properties.name : route.to.properties.name;
}

/** "Antony Blinken: Washington → Beijing". */
export function journeyLabel(route: JourneyRoute, journey: Journey): string {
  return `${journey.traveller}: ${placeName(route, journey.from)} → ${placeName(route, journey.to)}`;
}

/** "Washington – Beijing": the route, with no direction, since its journeys may go both ways. */
export function routeLabel(route: JourneyRoute): string {
  return `${route.from.properties.name} – ${route.to.properties.name}`;
}
