import type { TripSnapshot } from '@caravan/core';
import { haversineKm, type LatLon as Point } from '@caravan/places/geo';

/** The day's stops that have a location. */
export function dayStops(
  snapshot: TripSnapshot,
  day: string | null,
): (Point & { title: string })[] {
  const items = snapshot.days.find((d) => d.date === day)?.items ?? [];
  return items.flatMap((item) => (item.place ? [{ ...item.place, title: item.title }] : []));
}

/** Distance to the nearest of `stops`, named after it. */
export function nearestStop(
  place: Point,
  stops: (Point & { title: string })[],
): { km: number; from: string } | null {
  let best: { km: number; from: string } | null = null;
  for (const stop of stops) {
    const km = haversineKm(place, stop);
    if (!best || km < best.km) best = { km, from: `from ${stop.title}` };
  }
  return best;
}
