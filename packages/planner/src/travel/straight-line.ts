import type {
  TravelPoint,
  ModeProfile,
  TravelEstimate,
  TravelMode,
  TravelTimeEstimator,
} from './types.js';

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Typical door-to-door figures: city walking and cycling speeds, transit including the wait,
 * driving in mixed traffic plus parking, flights including airport time.
 */
export const DEFAULT_MODE_PROFILES: Readonly<Record<TravelMode, ModeProfile>> = {
  walk: { speedKmh: 4.8, detourFactor: 1.3, overheadMinutes: 0 },
  bike: { speedKmh: 15, detourFactor: 1.3, overheadMinutes: 2 },
  transit: { speedKmh: 22, detourFactor: 1.4, overheadMinutes: 8 },
  drive: { speedKmh: 40, detourFactor: 1.35, overheadMinutes: 5 },
  flight: { speedKmh: 750, detourFactor: 1.05, overheadMinutes: 150 },
};

/** Great-circle distance in metres. */
export function haversineMeters(a: TravelPoint, b: TravelPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The default estimator: straight-line distance times a detour factor at a per-mode speed,
 * plus a fixed overhead. Needs no network; a routing service can replace it.
 */
export function createStraightLineEstimator(
  overrides: Partial<Record<TravelMode, Partial<ModeProfile>>> = {},
): TravelTimeEstimator {
  const profiles = Object.fromEntries(
    (Object.keys(DEFAULT_MODE_PROFILES) as TravelMode[]).map((mode) => {
      const profile = { ...DEFAULT_MODE_PROFILES[mode], ...overrides[mode] };
      if (
        !(profile.speedKmh > 0) ||
        !(profile.detourFactor >= 1) ||
        !(profile.overheadMinutes >= 0)
      ) {
        throw new RangeError(
          `${mode}: speed must be positive, detour at least 1, overhead not negative`,
        );
      }
      return [mode, profile];
    }),
  ) as Record<TravelMode, ModeProfile>;
  return {
    estimate(from: TravelPoint, to: TravelPoint, mode: TravelMode): TravelEstimate {
      const straight = haversineMeters(from, to);
      if (straight < 1) return { minutes: 0, meters: 0 };
      const profile = profiles[mode];
      const meters = straight * profile.detourFactor;
      const minutes = profile.overheadMinutes + meters / ((profile.speedKmh * 1000) / 60);
      return { minutes, meters };
    },
  };
}
