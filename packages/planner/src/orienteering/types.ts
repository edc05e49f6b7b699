import type { Minutes, TimeWindow, TravelMatrix } from '../routing/types.js';

/**
 * Choose which places to visit in one day. Every matrix index other than `start` and `end` with a
 * positive score is a candidate; the route runs from `start` to `end`.
 */
export interface OrienteeringInput {
  /** Travel cost between matrix indices (minutes for a day; distance for classic instances). */
  matrix: TravelMatrix;
  /** Interest of each matrix index; 0 for places not worth a detour. */
  scores: readonly number[];
  start: number;
  end: number;
  /** Longest allowed day: travel plus visit durations (and waiting, with windows). */
  budget: number;
  /** Visit length per matrix index; absent means 0. */
  durations?: readonly number[];
  /** Opening intervals per matrix index, in minutes from `dayStart`'s midnight. */
  windows?: readonly (readonly TimeWindow[] | undefined)[];
  /** When the day begins; needed with windows (defaults to 0). */
  dayStart?: Minutes;
  /** Places that must be in the route (a booked visit, a must-see). */
  required?: readonly number[];
  /** Search effort: perturbation rounds (default 1500) and the seed (default 1). */
  iterations?: number;
  seed?: number;
}

export interface OrienteeringResult {
  /** Matrix indices from `start` to `end`, inclusive. */
  route: number[];
  score: number;
  /** Travel plus visits (plus waiting, with windows). */
  length: number;
  /** False only when the required places cannot all fit. */
  feasible: boolean;
}
