import {
  costOfOrder,
  isBetter,
  timeOrder,
  type DaySchedulingContext,
  type OrderCost,
  type TimedOrder,
} from './schedule.js';

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
    let best: OrderCost | null = null;
    let bestOrder: number[] = [...order, stop];
    for (let pos = 0; pos <= order.length; pos++) {
      const candidate = [...order.slice(0, pos), stop, ...order.slice(pos)];
      const cost = costOfOrder(ctx, candidate);
      if (!best || isBetter(cost, best)) [best, bestOrder] = [cost, candidate];
    }
    order = bestOrder;
  }
  return order;
}

/**
 * Local search over whole orders: move a run of 1 to 3 stops (Or-opt), reverse a stretch
 * (2-opt) or swap two stops, accepting any change that makes the day better, until none does.
 */
export function improveOrder(ctx: DaySchedulingContext, order: readonly number[]): TimedOrder {
  let bestOrder = [...order];
  let best = costOfOrder(ctx, bestOrder);
  const n = order.length;
  const tryOrder = (candidate: number[]): boolean => {
    const cost = costOfOrder(ctx, candidate);
    if (!isBetter(cost, best)) return false;
    [best, bestOrder] = [cost, candidate];
    return true;
  };
  let improved = true;
  while (improved) {
    improved = false;
    for (let run = 1; run <= 3; run++) {
      for (let i = 0; i + run <= n; i++) {
        const current = bestOrder;
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
        const current = bestOrder;
        const reversed = [
          ...current.slice(0, i),
          ...current.slice(i, j + 1).reverse(),
          ...current.slice(j + 1),
        ];
        if (tryOrder(reversed)) improved = true;
        const swapped = [...bestOrder];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        if (tryOrder(swapped)) improved = true;
      }
    }
  }
  return timeOrder(ctx, bestOrder);
}
