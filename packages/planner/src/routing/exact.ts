import { onTimeStart, travel, type DaySchedulingContext } from './schedule.js';

/** Largest number of stops the exact solver takes (2^12 * 12 states). */
export const EXACT_LIMIT = 12;

/**
 * Exact minimum-travel order that meets every window, fixed start, fixed position and the end of
 * the day, or null when no order does. Dynamic programme over (visited set, last stop) keeping
 * the Pareto front of (travel so far, time ready to leave): a later label with more travel can
 * still be the only one that makes a window, so neither criterion alone may prune. Labels whose
 * travel plus a lower bound on the rest (each unvisited stop must still be entered by some leg)
 * exceeds `upperBound`, the travel of a known feasible order, are dropped.
 */
export function exactOrder(ctx: DaySchedulingContext, upperBound = Infinity): number[] | null {
  const n = ctx.stops.length;
  if (n === 0) return [];
  if (n > EXACT_LIMIT) throw new RangeError(`exact routing takes at most ${EXACT_LIMIT} stops`);
  const fixedAt = new Array<number>(n).fill(-1);
  ctx.stops.forEach((s, i) => {
    if (s.fixedPosition !== undefined) fixedAt[s.fixedPosition] = i;
  });

  // Cheapest way into each stop, and into the end: bounds on the travel still to come.
  const minIn = ctx.stops.map((_, c) => {
    let best = travel(ctx.matrix, ctx.start, c);
    for (let p = 0; p < n; p++) if (p !== c) best = Math.min(best, travel(ctx.matrix, p, c));
    return best;
  });
  let minToEnd = 0;
  if (ctx.end !== undefined) {
    minToEnd = Infinity;
    for (let p = 0; p < n; p++) minToEnd = Math.min(minToEnd, travel(ctx.matrix, p, ctx.end));
  }
  const full = (1 << n) - 1;
  const restBound = new Float64Array(1 << n);
  for (let mask = 0; mask <= full; mask++) {
    let sum = minToEnd;
    for (let c = 0; c < n; c++) if (!(mask & (1 << c))) sum += minIn[c]!;
    restBound[mask] = sum;
  }

  // Labels live in flat arrays; a state's front is a list of label ids, edited in place.
  const labelTravel: number[] = [];
  const labelTime: number[] = [];
  const labelStop: number[] = [];
  const labelParent: number[] = [];
  const fronts: (number[] | undefined)[] = new Array<number[] | undefined>((1 << n) * n);

  const offer = (mask: number, stop: number, travelSoFar: number, time: number, parent: number) => {
    if (travelSoFar + restBound[mask]! > upperBound + 1e-6) return;
    const key = mask * n + stop;
    let front = fronts[key];
    if (!front) front = fronts[key] = [];
    for (const id of front) {
      if (labelTravel[id]! <= travelSoFar + 1e-9 && labelTime[id]! <= time + 1e-9) return;
    }
    const id = labelTravel.length;
    labelTravel.push(travelSoFar);
    labelTime.push(time);
    labelStop.push(stop);
    labelParent.push(parent);
    let kept = 0;
    for (const o of front) {
      if (!(travelSoFar <= labelTravel[o]! && time <= labelTime[o]!)) front[kept++] = o;
    }
    front.length = kept;
    front.push(id);
  };

  const extend = (
    mask: number,
    from: number,
    travelSoFar: number,
    clock: number,
    parent: number,
  ) => {
    const position = popcount(mask);
    for (let c = 0; c < n; c++) {
      if (mask & (1 << c)) continue;
      const forced = fixedAt[position] ?? -1;
      if (forced >= 0 && forced !== c) continue;
      const own = ctx.stops[c]!.fixedPosition;
      if (own !== undefined && own !== position) continue;
      const leg = travel(ctx.matrix, from, c);
      const start = onTimeStart(ctx.stops[c]!, clock + leg);
      if (start < 0) continue;
      const ready = start + ctx.stops[c]!.durationMinutes;
      if (ready > ctx.dayEnd + 1e-9) continue;
      offer(mask | (1 << c), c, travelSoFar + leg, ready, parent);
    }
  };

  extend(0, ctx.start, 0, ctx.dayStart, -1);
  for (let mask = 1; mask < full; mask++) {
    for (let last = 0; last < n; last++) {
      if (!(mask & (1 << last))) continue;
      for (const id of fronts[mask * n + last] ?? []) {
        extend(mask, last, labelTravel[id]!, labelTime[id]!, id);
      }
    }
  }

  let best = -1;
  let bestTravel = Infinity;
  let bestFinish = Infinity;
  for (let last = 0; last < n; last++) {
    for (const id of fronts[full * n + last] ?? []) {
      const leg = ctx.end === undefined ? 0 : travel(ctx.matrix, last, ctx.end);
      const finish = labelTime[id]! + leg;
      const total = labelTravel[id]! + leg;
      if (finish > ctx.dayEnd + 1e-9) continue;
      if (total < bestTravel - 1e-9 || (total <= bestTravel + 1e-9 && finish < bestFinish)) {
        [best, bestTravel, bestFinish] = [id, total, finish];
      }
    }
  }
  if (best < 0) return null;
  const order: number[] = [];
  for (let id = best; id >= 0; id = labelParent[id]!) order.push(labelStop[id]!);
  return order.reverse();
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v; v &= v - 1) count++;
  return count;
}
