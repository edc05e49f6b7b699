import type { Commitment, Connection, SequencingProblem } from './types.js';

/** What the search must honour; the explainer drops parts of it to find a minimal conflict. */
export interface SearchConstraints {
  commitments: readonly Commitment[];
  connections: readonly Connection[] | null;
  enforceTotalDays: boolean;
}

/**
 * Finds an order of the cities (indices into `problem.cities`) or null.
 *
 * The day a city starts depends only on the set of cities placed before it (each stay shares
 * its first day with the previous stay's last), so the state (placed set, last city) decides
 * everything that follows: a depth-first search that memoises dead states is an exact dynamic
 * programme over subsets, at most 2^n * n states (n <= 20).
 */
export function findCityOrder(
  problem: SequencingProblem,
  constraints: SearchConstraints,
): number[] | null {
  const n = problem.cities.length;
  if (n > 20) throw new RangeError('sequencing supports at most 20 cities');
  const days = problem.cities.map((c) => c.days);
  const index = new Map(problem.cities.map((c, i) => [c.city, i]));
  const lastDay = 1 + days.reduce((sum, d) => sum + d - 1, 0);
  if (constraints.enforceTotalDays && lastDay !== problem.totalDays) return null;

  const byCity: Commitment[][] = problem.cities.map(() => []);
  for (const c of constraints.commitments) {
    const i = index.get(c.city);
    if (i !== undefined) byCity[i]?.push(c);
  }
  // Earliest commitment start per city: a city placed later starts no earlier than the day
  // the current stay ends, so its commitments must not begin before that.
  const earliestCommitment = byCity.map((list) => Math.min(...list.map((c) => c.fromDay)));

  const allowed = buildAdjacency(n, index, constraints.connections);
  const full = (1 << n) - 1;
  const dead = new Uint8Array((1 << n) * (n + 1));
  const order: number[] = [];

  const startOf = (mask: number): number => {
    let day = 1;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) day += (days[i] ?? 0) - 1;
    return day;
  };

  const place = (mask: number, last: number): boolean => {
    if (mask === full) return true;
    const key = mask * (n + 1) + (last + 1);
    if (dead[key]) return false;
    const start = startOf(mask);
    for (let c = 0; c < n; c++) {
      if (mask & (1 << c)) continue;
      if (last >= 0 && !allowed[last]?.[c]) continue;
      const end = start + (days[c] ?? 0) - 1;
      if (!(byCity[c] ?? []).every((k) => start <= k.fromDay && k.toDay <= end)) continue;
      const next = mask | (1 << c);
      let blocked = false;
      for (let u = 0; u < n && !blocked; u++) {
        if (!(next & (1 << u)) && (earliestCommitment[u] ?? Infinity) < end) blocked = true;
      }
      if (blocked) continue;
      order.push(c);
      if (place(next, c)) return true;
      order.pop();
    }
    dead[key] = 1;
    return false;
  };

  return place(0, -1) ? order : null;
}

function buildAdjacency(
  n: number,
  index: Map<string, number>,
  connections: readonly Connection[] | null,
): boolean[][] {
  const allowed = Array.from({ length: n }, () => new Array<boolean>(n).fill(connections === null));
  for (const c of connections ?? []) {
    const a = index.get(c.from);
    const b = index.get(c.to);
    if (a === undefined || b === undefined) continue;
    allowed[a]![b] = true;
    if (c.bothWays) allowed[b]![a] = true;
  }
  return allowed;
}
