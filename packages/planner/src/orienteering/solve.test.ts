import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveOrienteering } from './solve.js';
import type { OrienteeringInput } from './types.js';

type Point = [number, number];

function distances(points: readonly Point[]): number[][] {
  return points.map(([ax, ay]) => points.map(([bx, by]) => Math.hypot(ax - bx, ay - by)));
}

function routeLength(matrix: number[][], route: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < route.length; i++) total += matrix[route[i - 1]!]![route[i]!]!;
  return total;
}

/** Best score by trying every ordered subset: the ground truth for tiny instances. */
function bruteForce(input: OrienteeringInput, matrix: number[][]): number {
  const candidates = input.scores
    .map((_, i) => i)
    .filter((i) => i !== input.start && i !== input.end);
  let best = 0;
  const walk = (route: number[], used: Set<number>, score: number): void => {
    if (routeLength(matrix, [input.start, ...route, input.end]) > input.budget + 1e-9) return;
    best = Math.max(best, score);
    for (const c of candidates) {
      if (used.has(c)) continue;
      used.add(c);
      walk([...route, c], used, score + (input.scores[c] ?? 0));
      used.delete(c);
    }
  };
  walk([], new Set(), 0);
  return best;
}

const instance = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
    minLength: 2,
    maxLength: 9,
  })
  .chain((points) =>
    fc.record({
      points: fc.constant(points as Point[]),
      scores: fc.array(fc.integer({ min: 0, max: 30 }), {
        minLength: points.length,
        maxLength: points.length,
      }),
      budget: fc.integer({ min: 0, max: 80 }),
    }),
  );

describe('orienteering', () => {
  it('keeps every route within the budget and visits each place at most once', () => {
    fc.assert(
      fc.property(instance, ({ points, scores, budget }) => {
        const matrix = distances(points);
        const result = solveOrienteering({ matrix, scores, start: 0, end: 1, budget });
        const { route } = result;
        expect(route[0]).toBe(0);
        expect(route.at(-1)).toBe(1);
        expect(new Set(route).size).toBe(route.length);
        const direct = matrix[0]![1]!;
        if (direct <= budget) {
          expect(result.feasible).toBe(true);
          expect(routeLength(matrix, route)).toBeLessThanOrEqual(budget + 1e-9);
        }
        const inner = route.slice(1, -1);
        expect(result.score).toBe(inner.reduce((s, i) => s + (scores[i] ?? 0), 0));
      }),
      { numRuns: 60 },
    );
  });

  it('finds the best possible score on small instances', () => {
    const small = instance.filter(({ points }) => points.length <= 7);
    fc.assert(
      fc.property(small, ({ points, scores, budget }) => {
        const input = { matrix: distances(points), scores, start: 0, end: 1, budget };
        expect(solveOrienteering(input).score).toBe(bruteForce(input, input.matrix));
      }),
      { numRuns: 40 },
    );
  });

  it('plans the same day twice for the same input', () => {
    const points: Point[] = [
      [0, 0],
      [0, 0],
      [3, 4],
      [6, 1],
      [2, 9],
      [8, 8],
      [5, 5],
      [1, 3],
    ];
    const input = {
      matrix: distances(points),
      scores: [0, 0, 10, 20, 15, 30, 5, 10],
      start: 0,
      end: 1,
      budget: 22,
    };
    expect(solveOrienteering(input)).toEqual(solveOrienteering(input));
  });

  it('fills a day with the most interesting visits that fit their opening hours', () => {
    // Lodging (0) and four places 10 minutes apart; the museum (1) closes at 10:00.
    const matrix = [
      [0, 10, 10, 10, 10],
      [10, 0, 10, 10, 10],
      [10, 10, 0, 10, 10],
      [10, 10, 10, 0, 10],
      [10, 10, 10, 10, 0],
    ];
    const result = solveOrienteering({
      matrix,
      scores: [0, 50, 20, 20, 10],
      start: 0,
      end: 0,
      dayStart: 9 * 60,
      budget: 4 * 60,
      durations: [0, 90, 60, 60, 60],
      windows: [undefined, [{ open: 9 * 60, close: 10 * 60 }], undefined, undefined, undefined],
    });
    // The museum cannot fit (90 min before 10:00 is impossible), so the three others are chosen.
    expect(result.route.slice(1, -1).sort()).toEqual([2, 3, 4]);
    expect(result.length).toBeLessThanOrEqual(4 * 60);
  });

  it('keeps a must-see place even when others score more per minute', () => {
    const points: Point[] = [
      [0, 0],
      [0, 0],
      [1, 0],
      [9, 0],
      [0, 1],
    ];
    const result = solveOrienteering({
      matrix: distances(points),
      scores: [0, 0, 10, 1, 10],
      start: 0,
      end: 1,
      budget: 20,
      required: [3],
    });
    expect(result.route).toContain(3);
    expect(result.feasible).toBe(true);
  });

  it('reports a day that cannot hold its required places', () => {
    const points: Point[] = [
      [0, 0],
      [0, 0],
      [50, 0],
    ];
    const result = solveOrienteering({
      matrix: distances(points),
      scores: [0, 0, 5],
      start: 0,
      end: 1,
      budget: 20,
      required: [2],
    });
    expect(result.feasible).toBe(false);
  });
});
