import type { Minutes, RouteStop, RouteViolation, TimeWindow, TravelMatrix } from './types.js';

/** Everything needed to time a sequence of stops on one day. Stop i is matrix index i. */
export interface DaySchedulingContext {
  stops: readonly RouteStop[];
  matrix: TravelMatrix;
  /** Matrix index the day starts from (e.g. the lodging). */
  start: number;
  /** Matrix index the day ends at; absent means the day ends after the last visit. */
  end?: number;
  dayStart: Minutes;
  dayEnd: Minutes;
}

export interface TimedOrder {
  order: number[];
  arrivals: Minutes[];
  /** When each visit starts (after any wait for opening). */
  starts: Minutes[];
  departures: Minutes[];
  totalTravel: number;
  /** Arrival at `end`, or the last departure when there is no end. */
  finish: Minutes;
  /** Sum of minutes late over all constraints, plus a large weight per misplaced fixed stop. */
  penalty: number;
  violations: RouteViolation[];
}

/** Weight of one misplaced fixed-position stop, in "minutes late". */
const MISPLACED = 10_000;

/** The windows in which a stop's visit may happen. */
export function effectiveWindows(stop: RouteStop): readonly TimeWindow[] | undefined {
  if (stop.fixedStart !== undefined) {
    return [{ open: stop.fixedStart, close: stop.fixedStart + stop.durationMinutes }];
  }
  return stop.windows;
}

/**
 * Earliest start at or after `arrival` that lets the visit fit in a window, or, when none does,
 * the arrival itself together with how late that is against the last possible start.
 */
export function earliestStart(stop: RouteStop, arrival: Minutes): { start: Minutes; late: number } {
  const windows = effectiveWindows(stop);
  if (!windows || windows.length === 0) return { start: arrival, late: 0 };
  let latestPossible = -Infinity;
  let best = Infinity;
  for (const w of windows) {
    const last = w.close - stop.durationMinutes;
    if (last < w.open) continue;
    latestPossible = Math.max(latestPossible, last);
    const start = Math.max(arrival, w.open);
    if (start <= last + 1e-9 && start < best) best = start;
  }
  if (best < Infinity) return { start: best, late: 0 };
  if (stop.fixedStart !== undefined && arrival < stop.fixedStart) {
    return { start: stop.fixedStart, late: 0 };
  }
  const late = latestPossible === -Infinity ? stop.durationMinutes : arrival - latestPossible;
  return { start: arrival, late: Math.max(late, 1e-6) };
}

/** Earliest on-time start at or after `arrival`, or -1 when no window fits the visit. */
export function onTimeStart(stop: RouteStop, arrival: Minutes): Minutes {
  const windows = effectiveWindows(stop);
  if (!windows || windows.length === 0) return arrival;
  let best = Infinity;
  for (const w of windows) {
    const start = Math.max(arrival, w.open);
    if (start + stop.durationMinutes <= w.close + 1e-9 && start < best) best = start;
  }
  return best < Infinity ? best : -1;
}

export function travel(matrix: TravelMatrix, from: number, to: number): number {
  return matrix[from]?.[to] ?? Infinity;
}

/** Times a sequence of stops and lists every broken constraint. */
export function timeOrder(ctx: DaySchedulingContext, order: readonly number[]): TimedOrder {
  const arrivals: Minutes[] = [];
  const starts: Minutes[] = [];
  const departures: Minutes[] = [];
  const violations: RouteViolation[] = [];
  let penalty = 0;
  let totalTravel = 0;
  let at = ctx.start;
  let clock = ctx.dayStart;
  order.forEach((index, position) => {
    const stop = ctx.stops[index];
    if (!stop) throw new RangeError(`order names stop ${index}, which does not exist`);
    const leg = travel(ctx.matrix, at, index);
    totalTravel += leg;
    const arrival = clock + leg;
    const { start, late } = earliestStart(stop, arrival);
    if (late > 0) {
      penalty += late;
      const kind = stop.fixedStart !== undefined ? 'fixedStart' : 'closed';
      violations.push({
        kind,
        stopId: stop.id,
        minutesLate: late,
        message:
          kind === 'fixedStart'
            ? `${stop.id} is reached ${fmt(late)} min after its fixed start`
            : `${stop.id} cannot be visited within its opening hours (${fmt(late)} min late)`,
      });
    }
    if (stop.fixedPosition !== undefined && stop.fixedPosition !== position) {
      penalty += MISPLACED;
      violations.push({
        kind: 'fixedPosition',
        stopId: stop.id,
        minutesLate: 0,
        message: `${stop.id} must be stop ${stop.fixedPosition + 1} but is stop ${position + 1}`,
      });
    }
    arrivals.push(arrival);
    starts.push(start);
    clock = start + stop.durationMinutes;
    departures.push(clock);
    at = index;
  });
  let finish = clock;
  if (ctx.end !== undefined) {
    const leg = travel(ctx.matrix, at, ctx.end);
    totalTravel += leg;
    finish = clock + leg;
  }
  if (finish > ctx.dayEnd + 1e-9) {
    const late = finish - ctx.dayEnd;
    penalty += late;
    violations.push({
      kind: 'dayEnd',
      minutesLate: late,
      message: `the day ends ${fmt(late)} min after its end`,
    });
  }
  return {
    order: [...order],
    arrivals,
    starts,
    departures,
    totalTravel,
    finish,
    penalty,
    violations,
  };
}

/** The comparable part of a timed order, computed without allocating: for search loops. */
export interface OrderCost {
  penalty: number;
  totalTravel: number;
  finish: Minutes;
}

export function costOfOrder(ctx: DaySchedulingContext, order: readonly number[]): OrderCost {
  let penalty = 0;
  let totalTravel = 0;
  let at = ctx.start;
  let clock = ctx.dayStart;
  for (let position = 0; position < order.length; position++) {
    const index = order[position]!;
    const stop = ctx.stops[index]!;
    const leg = travel(ctx.matrix, at, index);
    totalTravel += leg;
    const arrival = clock + leg;
    let start = onTimeStart(stop, arrival);
    if (start < 0) {
      const late = earliestStart(stop, arrival);
      start = late.start;
      penalty += late.late;
    }
    if (stop.fixedPosition !== undefined && stop.fixedPosition !== position) penalty += MISPLACED;
    clock = start + stop.durationMinutes;
    at = index;
  }
  let finish = clock;
  if (ctx.end !== undefined) {
    const leg = travel(ctx.matrix, at, ctx.end);
    totalTravel += leg;
    finish = clock + leg;
  }
  if (finish > ctx.dayEnd + 1e-9) penalty += finish - ctx.dayEnd;
  return { penalty, totalTravel, finish };
}

/** Lexicographic: fewer minutes late first, then less travel, then an earlier finish. */
export function isBetter(a: OrderCost, b: OrderCost): boolean {
  const eps = 1e-9;
  if (Math.abs(a.penalty - b.penalty) > eps) return a.penalty < b.penalty;
  if (Math.abs(a.totalTravel - b.totalTravel) > eps) return a.totalTravel < b.totalTravel;
  return a.finish < b.finish - eps;
}

function fmt(minutes: number): string {
  return String(Math.round(minutes * 10) / 10);
}
