export type TravelMode = 'walk' | 'bike' | 'transit' | 'drive' | 'flight';

export const TRAVEL_MODES: readonly TravelMode[] = ['walk', 'bike', 'transit', 'drive', 'flight'];

/** A point on Earth in degrees (structurally the same as any `{ lat, lon }`). */
export interface TravelPoint {
  lat: number;
  lon: number;
}

export interface TravelEstimate {
  minutes: number;
  meters: number;
}

/** Estimates door-to-door travel between two points; the default needs no network. */
export interface TravelTimeEstimator {
  estimate(from: TravelPoint, to: TravelPoint, mode: TravelMode): TravelEstimate;
}

/** A routing service behind the network. Fill a matrix with it first, then run the solvers. */
export interface AsyncTravelTimeEstimator {
  estimate(from: TravelPoint, to: TravelPoint, mode: TravelMode): Promise<TravelEstimate>;
}

/** Per-mode assumptions of the straight-line estimator. */
export interface ModeProfile {
  /** Average speed over the real path, km/h. */
  speedKmh: number;
  /** Real path length / straight-line distance. */
  detourFactor: number;
  /** Fixed minutes per trip: waiting, parking, airport. */
  overheadMinutes: number;
}

export interface TravelMatrices {
  minutes: number[][];
  meters: number[][];
}
