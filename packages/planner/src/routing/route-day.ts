import { EXACT_LIMIT, exactOrder } from './exact.js';
import { improveOrder, insertionOrder } from './heuristic.js';
import { isBetter, timeOrder, type DaySchedulingContext } from './schedule.js';
import type { Minutes, RouteViolation } from './types.js';

export interface RouteDayInput extends DaySchedulingContext {
  /**
   * The order the stops are in now (stop indices). The result is never worse than it: fewer or
   * equal minutes late, and no more travel when equally on time. Defaults to the listed order.
   */
  currentOrder?: readonly number[];
}

export interface RouteDayResult {
  /** Stop indices in visiting order. */
  order: number[];
  stopIds: string[];
  arrivals: Minutes[];
  /** When each visit starts, after any wait for opening. */
  starts: Minutes[];
  departures: Minutes[];
  totalTravel: number;
  /** Arrival at the end point (or last departure when there is none). */
  finish: Minutes;
  feasible: boolean;
  violations: RouteViolation[];
  /** How the order was found: proven optimal, heuristic, or the given order kept. */
  method: 'exact' | 'heuristic' | 'kept';
}

export class RoutingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'RoutingInputError';
  }
}

/**
 * Orders a day's stops to minimise travel time while meeting opening windows, fixed start times,
 * fixed positions and the end of the day. Exact (proven optimal) up to 12 stops when a feasible
 * order exists; otherwise insertion plus Or-opt / 2-opt / swap local search, which minimises
 * minutes late first and travel second. Deterministic.
 */
export function routeDay(input: RouteDayInput): RouteDayResult {
  validate(input);
  const n = input.stops.length;
  const given = timeOrder(input, input.currentOrder ?? input.stops.map((_, i) => i));
  const fromInsertion = improveOrder(input, insertionOrder(input));
  const fromGiven = improveOrder(input, given.order);
  let found = isBetter(fromGiven, fromInsertion) ? fromGiven : fromInsertion;
  let method: RouteDayResult['method'] = 'heuristic';
  if (n <= EXACT_LIMIT) {
    // The heuristic's travel, when it is on time, bounds the exact search from above.
    const bound = found.violations.length === 0 ? found.totalTravel : Infinity;
    const order = exactOrder(input, bound);
    if (order) {
      const exact = timeOrder(input, order);
      if (!isBetter(found, exact)) found = exact;
      method = 'exact';
    }
  }
  if (isBetter(given, found)) [found, method] = [given, 'kept'];
  return {
    order: found.order,
    stopIds: found.order.map((i) => input.stops[i]?.id ?? ''),
    arrivals: found.arrivals,
    starts: found.starts,
    departures: found.departures,
    totalTravel: found.totalTravel,
    finish: found.finish,
    feasible: found.violations.length === 0,
    violations: found.violations,
    method,
  };
}

function validate(input: RouteDayInput): void {
  const n = input.stops.length;
  const size = input.matrix.length;
  if (input.matrix.some((row) => row.length !== size || row.some((m) => !(m >= 0)))) {
    throw new RoutingInputError('matrix', 'must be square with non-negative travel times');
  }
  if (size < n) throw new RoutingInputError('matrix', `needs a row for each of the ${n} stops`);
  for (const field of ['start', 'end'] as const) {
    const index = input[field];
    if (index !== undefined && !(Number.isInteger(index) && index >= 0 && index < size)) {
      throw new RoutingInputError(field, 'must be a matrix index');
    }
  }
  if (!(input.dayEnd >= input.dayStart)) {
    throw new RoutingInputError('dayEnd', 'must not be before dayStart');
  }
  const positions = new Set<number>();
  input.stops.forEach((stop, i) => {
    if (!(stop.durationMinutes >= 0)) {
      throw new RoutingInputError(`stops.${i}.durationMinutes`, 'must not be negative');
    }
    stop.windows?.forEach((w, k) => {
      if (!(w.close >= w.open)) {
        throw new RoutingInputError(`stops.${i}.windows.${k}`, 'closes before it opens');
      }
    });
    const p = stop.fixedPosition;
    if (p === undefined) return;
    if (!Number.isInteger(p) || p < 0 || p >= n) {
      throw new RoutingInputError(`stops.${i}.fixedPosition`, `must be between 0 and ${n - 1}`);
    }
    if (positions.has(p)) {
      throw new RoutingInputError(`stops.${i}.fixedPosition`, `another stop is fixed at ${p}`);
    }
    positions.add(p);
  });
  const order = input.currentOrder;
  if (
    order &&
    (order.length !== n || new Set(order).size !== n || order.some((i) => !(i >= 0 && i < n)))
  ) {
    throw new RoutingInputError('currentOrder', 'must list every stop index exactly once');
  }
}
