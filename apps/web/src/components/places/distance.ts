import type { TripSnapshot } from '@caravan/core';

interface Point {
  lat: number;
  lon: number;
}

/** Great-circle distance in km. */
export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
