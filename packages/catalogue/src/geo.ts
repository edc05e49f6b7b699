const EARTH_RADIUS_KM = 6371.0088;

/**
 * Day trips lie outside the city by nature (Sintra from Lisbon, Nara from Kyoto), so they may be
 * up to this far from the city centre: a comfortable return journey by train or coach in a day.
 */
export const DAY_TRIP_MAX_KM = 250;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
