import { isBetter, timeOrder, type DaySchedulingContext, type TimedOrder } from './schedule.js';

/**
 * Cheapest insertion: stops with the tightest timing first (fixed, then narrowest windows),
 * each at the position that keeps the day best (fewest minutes late, then least travel).
 */
export function insertionOrder(ctx: DaySchedulingContext): number[] {
  const slack = (i: number): number => {
    const stop = ctx.stops[i]!;
    if (stop.fixedStart !== undefined || stop.fixedPosition !== undefined) return -1;
    const windows = stop.windows ?? [];
    if (windows.length === 0) return Infinity;
    return windows.reduce(
      (sum, w) => sum + Math.max(0, w.close - w.open - stop.durationMinutes),
      0,
    );
  };
  const pending = ctx.stops.map((_, i) => i).sort((a, b) => slack(a) - slack(b) || a - b);
  let order: number[] = [];
  for (const stop of pending) {
    let best: TimedOrder | null = null;
    for (let pos = 0; pos <= order.length; pos++) {
      const candidate = timeOrder(ctx, [...order.slice(0, pos), stop, ...order.slice(pos)]);
      if (!best || isBetter(candidate, best)) best = candidate;
    }
    order = best?.order ?? [...order, stop];
  }
  return order;
}

/**
 * Local search over whole orders: move a run of 1 to 3 stops (Or-opt), reverse a stretch
 * (2-opt) or swap two stops, accepting any change that makes the day better, until none does.
 */
export function improveOrder(ctx: DaySchedulingContext, order: readonly number[]): TimedOrder {
  let best = timeOrder(ctx, order);
  const n = order.length;
  const tryOrder = (candidate: number[]): boolean => {
    const timed = timeOrder(ctx, candidate);
    if (!isBetter(timed, best)) return false;
    best = timed;
    return true;
  };
  let improved = true;
  while (improved) {
    improved = false;
    for (let run = 1; run <= 3; run++) {
      for (let i = 0; i + run <= n; i++) {
        const current = best.order;
        const moved = current.slice(i, i + run);
        const rest = [...current.slice(0, i), ...current.slice(i + run)];
        for (let p = 0; p <= rest.length; p++) {
          if (p === i) continue;
          if (tryOrder([...rest.slice(0, p), ...moved, ...rest.slice(p)])) improved = true;
        }
      }
    }
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const current = best.order;
        const reversed = [
          ...current.slice(0, i),
          ...current.slice(i, j + 1).reverse(),
          ...current.slice(j + 1),
        ];
        if (tryOrder(reversed)) improved = true;
        const swapped = [...best.order];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        if (tryOrder(swapped)) improved = true;
      }
    }
  }
  return best;
}
