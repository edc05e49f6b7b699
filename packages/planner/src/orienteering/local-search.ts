import type { RouteCost } from './route-cost.js';

const EPS = 1e-9;

export interface Tour {
  route: number[];
  length: number;
}

/** Shortens a route without changing its places: 2-opt and Or-opt moves until none helps. */
export function tighten(cost: RouteCost, tour: Tour): Tour {
  if (!cost.timed) return tightenUntimed(cost, tour);
  const route = [...tour.route];
  let length = tour.length;
  const n = route.length;
  if (n < 2) return { route, length };
  const at = (i: number): number => (i < 0 ? cost.start : i >= n ? cost.end : route[i]!);
  let improved = true;
  while (improved) {
    improved = false;
    // 2-opt: reverse route[i..j].
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!cost.timed && cost.symmetric) {
          const a = at(i - 1);
          const b = at(j + 1);
          const delta =
            cost.d(a, route[j]!) +
            cost.d(route[i]!, b) -
            cost.d(a, route[i]!) -
            cost.d(route[j]!, b);
          if (delta < -EPS) {
            reverse(route, i, j);
            length += delta;
            improved = true;
          }
        } else {
          reverse(route, i, j);
          const l = cost.length(route);
          if (l < length - EPS) {
            length = l;
            improved = true;
          } else {
            reverse(route, i, j);
          }
        }
      }
    }
    // Or-opt: move a run of 1 to 3 places to another gap.
    for (let size = 1; size <= 3 && size < n; size++) {
      for (let i = 0; i + size <= n; i++) {
        const first = route[i]!;
        const last = route[i + size - 1]!;
        const a = at(i - 1);
        const b = at(i + size);
        const gain = cost.d(a, first) + cost.d(last, b) - cost.d(a, b);
        for (let p = -1; p < n; p++) {
          // Gap between route[p] and route[p+1], outside the moved run.
          if (p >= i - 1 && p < i + size) continue;
          let delta: number;
          if (cost.timed) {
            delta = Infinity;
            const moved = moveRun(route, i, size, p);
            const l = cost.length(moved);
            if (l < length - EPS) delta = l - length;
          } else {
            const c = at(p);
            const e = at(p + 1);
            delta = cost.d(c, first) + cost.d(last, e) - cost.d(c, e) - gain;
          }
          if (delta < -EPS) {
            const moved = moveRun(route, i, size, p);
            route.splice(0, n, ...moved);
            length += delta;
            improved = true;
            break;
          }
        }
      }
    }
  }
  return { route, length: cost.length(route) };
}

/**
 * The same moves on an untimed route, over the flat matrix with the start and end as the path's
 * first and last entries: constant-time deltas and no allocation per move tried.
 */
function tightenUntimed(cost: RouteCost, tour: Tour): Tour {
  const { flat, size } = cost;
  const path = [cost.start, ...tour.route, cost.end];
  const last = path.length - 2; // index of the last place
  const d = (a: number, b: number): number => flat[path[a]! * size + path[b]!]!;
  let improved = true;
  while (improved) {
    improved = false;
    if (cost.symmetric) {
      for (let i = 1; i < last; i++) {
        for (let j = i + 1; j <= last; j++) {
          const delta = d(i - 1, j) + d(i, j + 1) - d(i - 1, i) - d(j, j + 1);
          if (delta < -EPS) {
            reverse(path, i, j);
            improved = true;
          }
        }
      }
    }
    for (let run = 1; run <= 3 && run < last; run++) {
      for (let i = 1; i + run - 1 <= last; i++) {
        const j = i + run - 1;
        const first = path[i]!;
        const end = path[j]!;
        const gain = d(i - 1, i) + d(j, j + 1) - flat[path[i - 1]! * size + path[j + 1]!]!;
        for (let p = 0; p <= last; p++) {
          // Gap between path[p] and path[p+1], outside the run.
          if (p >= i - 1 && p <= j) continue;
          const a = path[p]!;
          const b = path[p + 1]!;
          const delta =
            flat[a * size + first]! + flat[end * size + b]! - flat[a * size + b]! - gain;
          if (delta < -EPS) {
            const runNodes = path.splice(i, run);
            path.splice(p < i ? p + 1 : p + 1 - run, 0, ...runNodes);
            improved = true;
            break;
          }
        }
      }
    }
  }
  const route = path.slice(1, -1);
  return { route, length: cost.length(route) };
}

function reverse(route: number[], i: number, j: number): void {
  for (let a = i, b = j; a < b; a++, b--) {
    const t = route[a]!;
    route[a] = route[b]!;
    route[b] = t;
  }
}

/** The route with route[i..i+size) moved into the gap after index p (p = -1: the front). */
function moveRun(route: readonly number[], i: number, size: number, p: number): number[] {
  const run = route.slice(i, i + size);
  const out: number[] = [];
  if (p === -1) out.push(...run);
  for (let k = 0; k < route.length; k++) {
    if (k >= i && k < i + size) continue;
    out.push(route[k]!);
    if (k === p) out.push(...run);
  }
  return out;
}

/** Length after putting `node` in the gap before route[pos]; Infinity when it does not fit. */
export function lengthWith(cost: RouteCost, tour: Tour, pos: number, node: number): number {
  if (!cost.timed) return tour.length + cost.insertionDelta(tour.route, pos, node);
  tour.route.splice(pos, 0, node);
  const l = cost.length(tour.route);
  tour.route.splice(pos, 1);
  return l;
}

/**
 * Greedy insertion: while some unvisited place fits, add the one with the best
 * score^2 / added-length ratio at its cheapest position. `noise` > 0 randomises the ratios.
 */
export function insertWhileFits(
  cost: RouteCost,
  scores: readonly number[],
  tour: Tour,
  /** Places that may be added; consumed. */
  pool: number[],
  noise = 0,
  random: () => number = Math.random,
): Tour {
  const current: Tour = { route: [...tour.route], length: tour.length };
  const { flat, size, start, end } = cost;
  for (;;) {
    let bestIndex = -1;
    let bestPos = 0;
    let bestLength = 0;
    let bestRatio = -Infinity;
    const route = current.route;
    const m = route.length;
    const untimed = cost.timed ? cost.untimedLength(route) : 0;
    for (let k = 0; k < pool.length; k++) {
      const node = pool[k]!;
      let nodeLength = Infinity;
      let nodePos = 0;
      if (cost.timed) {
        // Waiting only adds time, so travel plus visits bounds the timed length from below:
        // positions whose bound already exceeds the budget or the best so far are skipped.
        for (let pos = 0; pos <= m; pos++) {
          const bound = untimed + cost.insertionDelta(route, pos, node);
          if (bound > cost.budget + EPS || bound >= nodeLength) continue;
          const l = lengthWith(cost, current, pos, node);
          if (l < nodeLength) [nodeLength, nodePos] = [l, pos];
        }
      } else {
        // Cheapest gap, inlined over the flat matrix: this loop is the solver's hot spot.
        let prev = start;
        let best = Infinity;
        for (let pos = 0; pos <= m; pos++) {
          const next = pos < m ? route[pos]! : end;
          const delta =
            flat[prev * size + node]! + flat[node * size + next]! - flat[prev * size + next]!;
          if (delta < best) [best, nodePos] = [delta, pos];
          prev = next;
        }
        nodeLength = current.length + best + cost.duration(node);
      }
      if (!cost.fits(nodeLength)) continue;
      const score = scores[node] ?? 0;
      let ratio = (score * score) / Math.max(nodeLength - current.length, EPS);
      if (noise > 0) ratio *= 1 + noise * random();
      if (ratio > bestRatio + EPS) {
        bestRatio = ratio;
        bestIndex = k;
        bestPos = nodePos;
        bestLength = nodeLength;
      }
    }
    if (bestIndex < 0) return current;
    const node = pool[bestIndex]!;
    pool[bestIndex] = pool[pool.length - 1]!;
    pool.pop();
    route.splice(bestPos, 0, node);
    current.length = bestLength;
  }
}
