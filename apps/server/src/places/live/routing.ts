import { haversineKm, type LatLon } from '@caravan/places';
import { z } from 'zod';
import type { ResilientHttp } from './resilient-http.js';

export type TravelMode = 'walking' | 'driving' | 'cycling' | 'transit';

export interface TravelEstimate {
  distanceKm: number;
  durationMinutes: number;
}

const routeSchema = z.object({
  code: z.literal('Ok'),
  routes: z.array(z.object({ distance: z.number(), duration: z.number() })).min(1),
});

// Offline estimate: straight line times a detour factor, at a typical city speed.
const OFFLINE_SPEED_KMH: Record<TravelMode, number> = {
  walking: 4.8,
  cycling: 14,
  driving: 28,
  transit: 20,
};
const DETOUR_FACTOR = 1.3;

/** A travel time from the straight-line distance; what the planner uses with no router. */
export function estimateTravel(from: LatLon, to: LatLon, mode: TravelMode): TravelEstimate {
  const distanceKm = haversineKm(from, to) * DETOUR_FACTOR;
  const waitMinutes = mode === 'transit' ? 8 : 0;
  return {
    distanceKm: Math.round(distanceKm * 100) / 100,
    durationMinutes: Math.round((distanceKm / OFFLINE_SPEED_KMH[mode]) * 60 + waitMinutes),
  };
}

const OSRM_PROFILE: Record<TravelMode, string> = {
  walking: 'foot',
  cycling: 'bike',
  driving: 'car',
  // OSRM has no public transport; driving times are the closer stand-in.
  transit: 'car',
};

/** A route from OSRM (`/route/v1/{profile}/{lon,lat;lon,lat}`). */
export async function fetchRoute(
  http: ResilientHttp,
  baseUrl: string,
  from: LatLon,
  to: LatLon,
  mode: TravelMode,
): Promise<TravelEstimate> {
  const coords = `${from.lon.toFixed(6)},${from.lat.toFixed(6)};${to.lon.toFixed(6)},${to.lat.toFixed(6)}`;
  const url = `${baseUrl.replace(/\/+$/, '')}/route/v1/${OSRM_PROFILE[mode]}/${coords}?overview=false`;
  const body = await http.requestJson(url, undefined, (raw) => routeSchema.parse(raw));
  const route = body.routes[0];
  if (!route) throw new Error('no route');
  return {
    distanceKm: Math.round(route.distance / 10) / 100,
    durationMinutes: Math.round(route.duration / 60),
  };
}
