import { RouteCost } from './route-cost.js';
import { insertWhileFits, lengthWith, tighten, type Tour } from './local-search.js';
import { seededRandom } from './random.js';
import type { OrienteeringInput, OrienteeringResult } from './types.js';

const EPS = 1e-9;
/** Up to this many candidates every ordered subset is tried (13,700 routes for 7): exact and fast. */
const EXACT_UP_TO = 7;

/**
 * Chooses the best set of places that fits a day and the order to visit them (the orienteering
 * problem). Iterated local search: greedy insertion, 2-opt and Or-opt to shorten the route, and
 * "drop one place, refill greedily" swaps; then rounds of perturbation (remove a random run or a
 * random scatter of places, refill with randomised greedy insertion) keeping the best route seen.
 * Deterministic for a given seed; never returns a route over budget unless the required places
 * alone exceed it (then `feasible` is false).
 */
export function solveOrienteering(input: OrienteeringInput): OrienteeringResult {
  const cost = new RouteCost(input);
  const required = new Set(input.required ?? []);
  const candidates = input.scores
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => (s > 0 || required.has(i)) && i !== input.start && i !== input.end)
    .map(({ i }) => i);
  if (candidates.length <= EXACT_UP_TO) {
    const exact = solveExactly(input, cost, candidates, required);
    if (exact) return exact;
  }
  const random = seededRandom(input.seed ?? 1);
  const rounds = input.iterations ?? 1500;
  // Rounds without a better route before stopping; the benchmark's hardest instance needs ~120.
  // Timed days re-time the route for every move tried, so they search a shorter while.
  const patience = cost.timed
    ? Math.max(40, candidates.length * 2)
    : Math.max(100, candidates.length * 5);
  const scoreOf = (route: readonly number[]): number =>
    route.reduce((sum, i) => sum + (input.scores[i] ?? 0), 0);
  const inRoute = new Uint8Array(input.scores.length);
  /** Candidates not in `route` (nor in `except`). */
  const unvisitedOf = (route: readonly number[], except?: readonly number[]): number[] => {
    for (const n of route) inRoute[n] = 1;
    for (const n of except ?? []) inRoute[n] = 1;
    const pool = candidates.filter((c) => inRoute[c] === 0);
    inRoute.fill(0);
    return pool;
  };

  // Required places first, at their cheapest positions whatever the budget.
  let start: Tour = { route: [], length: cost.length([]) };
  for (const node of required) {
    let bestPos = 0;
    let bestLength = Infinity;
    for (let pos = 0; pos <= start.route.length; pos++) {
      const l = lengthWith(cost, start, pos, node);
      if (l < bestLength) [bestPos, bestLength] = [pos, l];
    }
    start.route.splice(bestPos, 0, node);
    start.length = cost.length(start.route);
  }
  start = tighten(cost, start);
  if (!cost.fits(start.length)) return finish(input, start, scoreOf(start.route), false);

  const fill = (t: Tour, noise = 0): Tour =>
    insertWhileFits(cost, input.scores, t, unvisitedOf(t.route), noise, random);

  // Local search: refill, shorten, refill; then drop-one-and-refill swaps while they gain.
  const improve = (t: Tour): Tour => {
    let current = fill(tighten(cost, fill(t)));
    let score = scoreOf(current.route);
    for (let k = 0; k < current.route.length; k++) {
      const dropped = current.route[k]!;
      if (required.has(dropped)) continue;
      const route = current.route.filter((_, i) => i !== k);
      const base = { route, length: cost.length(route) };
      const refilled = insertWhileFits(cost, input.scores, base, unvisitedOf(route, [dropped]));
      const refilledScore = scoreOf(refilled.route);
      const shorter = refilledScore === score && refilled.length < current.length - 1e-6;
      if (refilledScore > score || shorter) {
        current = fill(tighten(cost, refilled));
        score = scoreOf(current.route);
        k = -1;
      }
    }
    return current;
  };

  let current = improve(start);
  let best = current;
  let bestScore = scoreOf(best.route);
  let sinceBest = 0;
  for (let round = 0; round < rounds && sinceBest < patience; round++) {
    const route = perturb(current.route, required, random);
    const tightened = tighten(cost, { route, length: cost.length(route) });
    // The places just removed sit out the first refill, so the search tries others in their stead.
    const unvisited = unvisitedOf(current.route);
    current = improve(insertWhileFits(cost, input.scores, tightened, unvisited, 1, random));
    const score = scoreOf(current.route);
    if (score > bestScore || (score === bestScore && current.length < best.length - EPS)) {
      best = current;
      bestScore = score;
      sinceBest = 0;
    } else if (++sinceBest % 40 === 0) {
      current = best;
    }
  }
  return finish(input, best, bestScore, true);
}

/**
 * Tries every ordered subset of the candidates that holds all required places, and keeps the
 * highest score (then the shortest route); null when no route fits. No pruning by length: travel matrices need not obey
 * the triangle inequality, and waiting for an opening can make a longer prefix end earlier.
 */
function solveExactly(
  input: OrienteeringInput,
  cost: RouteCost,
  candidates: readonly number[],
  required: ReadonlySet<number>,
): OrienteeringResult | null {
  let best: { route: number[]; length: number; score: number } | null = null;
  const route: number[] = [];
  const used = new Set<number>();
  const visit = (score: number): void => {
    if ([...required].every((node) => used.has(node))) {
      const length = cost.length(route);
      const better =
        best === null ||
        score > best.score ||
        (score === best.score && length < best.length - EPS);
      if (cost.fits(length) && better) best = { route: [...route], length, score };
    }
    for (const node of candidates) {
      if (used.has(node)) continue;
      used.add(node);
      route.push(node);
      visit(score + (input.scores[node] ?? 0));
      route.pop();
      used.delete(node);
    }
  };
  visit(0);
  // Nothing fits (the required places alone are too long): the search below reports that.
  if (best === null) return null;
  const found: { route: number[]; length: number; score: number } = best;
  return finish(input, { route: found.route, length: found.length }, found.score, true);
}

/** Removes a random run of places or a random scatter of them (required places stay). */
function perturb(route: readonly number[], required: Set<number>, random: () => number): number[] {
  if (route.length === 0) return [];
  const size = 1 + Math.floor(random() * Math.max(1, Math.ceil(route.length / 3)));
  if (random() < 0.5) {
    const from = Math.floor(random() * route.length);
    return route.filter((n, i) => required.has(n) || i < from || i >= from + size);
  }
  const drop = new Set<number>();
  while (drop.size < size) drop.add(Math.floor(random() * route.length));
  return route.filter((n, i) => required.has(n) || !drop.has(i));
}

function finish(
  input: OrienteeringInput,
  tour: Tour,
  score: number,
  feasible: boolean,
): OrienteeringResult {
  return { route: [input.start, ...tour.route, input.end], score, length: tour.length, feasible };
}
