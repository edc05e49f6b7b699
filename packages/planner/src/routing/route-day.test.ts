import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeDay, RoutingInputError, type RouteDayInput } from './route-day.js';
import { isBetter, timeOrder } from './schedule.js';
import type { RouteStop } from './types.js';

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Places on a straight street, one minute of walking per unit; the lodging is the last index. */
function street(positions: readonly number[], lodging = 0): number[][] {
  const all = [...positions, lodging];
  return all.map((a) => all.map((b) => Math.abs(a - b)));
}

function stop(id: string, extra: Partial<RouteStop> = {}): RouteStop {
  return { id, durationMinutes: 30, ...extra };
}

describe('day routing', () => {
  it('visits places along a street in order instead of zig-zagging', () => {
    const positions = [40, 10, 30, 20];
    const result = routeDay({
      stops: positions.map((_, i) => stop(`p${i}`)),
      matrix: street(positions),
      start: 4,
      end: 4,
      dayStart: h(9),
      dayEnd: h(20),
    });
    expect(result.stopIds).toEqual(['p1', 'p3', 'p2', 'p0']);
    expect(result.totalTravel).toBe(80);
    expect(result).toMatchObject({ feasible: true, method: 'exact' });
  });

  it('waits for a museum to open rather than arriving to a closed door', () => {
    const positions = [10, 20];
    const result = routeDay({
      stops: [stop('museum', { windows: [{ open: h(10), close: h(17) }] }), stop('cafe')],
      matrix: street(positions),
      start: 2,
      end: 2,
      dayStart: h(9),
      dayEnd: h(18),
    });
    const museum = result.order.indexOf(0);
    expect(result.starts[museum]).toBeGreaterThanOrEqual(h(10));
    expect(result.feasible).toBe(true);
  });

  it('puts a stop that closes early first even when that costs more walking', () => {
    const positions = [50, 10];
    const result = routeDay({
      stops: [stop('market', { windows: [{ open: h(8), close: h(10) }] }), stop('park')],
      matrix: street(positions),
      start: 2,
      end: 2,
      dayStart: h(9),
      dayEnd: h(18),
    });
    expect(result.stopIds).toEqual(['market', 'park']);
  });

  it('keeps a booked lunch at its fixed time and a fixed first stop first', () => {
    const positions = [5, 10, 15, 20];
    const result = routeDay({
      stops: [
        stop('gallery'),
        stop('lunch', { fixedStart: h(12, 30), durationMinutes: 60 }),
        stop('tower', { fixedPosition: 0 }),
        stop('bridge'),
      ],
      matrix: street(positions),
      start: 4,
      end: 4,
      dayStart: h(10),
      dayEnd: h(19),
    });
    expect(result.stopIds[0]).toBe('tower');
    expect(result.starts[result.order.indexOf(1)]).toBe(h(12, 30));
    expect(result.feasible).toBe(true);
  });

  it('explains which visit cannot be made when the day is impossible', () => {
    const result = routeDay({
      stops: [stop('opera', { windows: [{ open: h(19), close: h(22) }], durationMinutes: 120 })],
      matrix: street([10]),
      start: 1,
      end: 1,
      dayStart: h(9),
      dayEnd: h(18),
    });
    expect(result.feasible).toBe(false);
    expect(result.violations.map((v) => v.kind)).toContain('dayEnd');
  });

  it('rejects a fixed position that no order can give, naming the field', () => {
    const bad: RouteDayInput = {
      stops: [stop('a', { fixedPosition: 3 })],
      matrix: street([1]),
      start: 1,
      dayStart: 0,
      dayEnd: 100,
    };
    expect(() => routeDay(bad)).toThrow(RoutingInputError);
    expect(() => routeDay(bad)).toThrow('stops.0.fixedPosition');
  });

  it('routes a long day of twenty stops with the heuristic, shorter than the listed order', () => {
    const positions = Array.from({ length: 20 }, (_, i) => (i * 37) % 101);
    const input: RouteDayInput = {
      stops: positions.map((_, i) => stop(`s${i}`, { durationMinutes: 10 })),
      matrix: street(positions),
      start: 20,
      end: 20,
      dayStart: h(8),
      dayEnd: h(22),
    };
    const result = routeDay(input);
    expect(result.method).toBe('heuristic');
    expect(result.totalTravel).toBe(2 * Math.max(...positions));
  });
});

const dayOf = (minStops: number, maxStops: number) =>
  fc.integer({ min: minStops, max: maxStops }).chain((n) =>
    fc.record({
      positions: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })),
        {
          minLength: n + 1,
          maxLength: n + 1,
        },
      ),
      durations: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: n, maxLength: n }),
      windows: fc.array(
        fc.option(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 300 }))),
        { minLength: n, maxLength: n },
      ),
      order: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      dayEnd: fc.integer({ min: 200, max: 900 }),
    }),
  );
const day = dayOf(1, 9);

/** Every permutation, for checking optimality on tiny days. */
function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

describe('day routing properties', () => {
  it.each([
    ['exactly solved days', dayOf(1, 9), 80],
    ['days long enough for the heuristic', dayOf(13, 16), 15],
  ] as const)(
    'never returns a day worse than the order it was given, for %s',
    (_, days, numRuns) => {
      fc.assert(
        fc.property(days, ({ positions, durations, windows, order, dayEnd }) => {
          const n = durations.length;
          const matrix = positions.map(([ax, ay]) =>
            positions.map(([bx, by]) => Math.round(Math.hypot(ax - bx, ay - by))),
          );
          const input: RouteDayInput = {
            stops: durations.map((durationMinutes, i) => {
              const w = windows[i];
              return {
                id: `s${i}`,
                durationMinutes,
                ...(w ? { windows: [{ open: w[0], close: w[0] + durationMinutes + w[1] }] } : {}),
              };
            }),
            matrix,
            start: n,
            end: n,
            dayStart: 0,
            dayEnd,
            currentOrder: order,
          };
          const result = routeDay(input);
          const given = timeOrder(input, order);
          const chosen = timeOrder(input, result.order);
          expect(isBetter(given, chosen)).toBe(false);
          expect([...result.order].sort((a, b) => a - b)).toEqual(
            order.slice().sort((a, b) => a - b),
          );
        }),
        { numRuns },
      );
    },
  );

  it('finds the least travel of all feasible orders on small days', () => {
    fc.assert(
      fc.property(dayOf(1, 6), ({ positions, durations, windows, dayEnd }) => {
        const n = durations.length;
        const matrix = positions.map(([ax, ay]) =>
          positions.map(([bx, by]) => Math.round(Math.hypot(ax - bx, ay - by))),
        );
        const input: RouteDayInput = {
          stops: durations.map((durationMinutes, i) => {
            const w = windows[i];
            return {
              id: `s${i}`,
              durationMinutes,
              ...(w ? { windows: [{ open: w[0], close: w[0] + durationMinutes + w[1] }] } : {}),
            };
          }),
          matrix,
          start: n,
          end: n,
          dayStart: 0,
          dayEnd,
        };
        const feasible = permutations(durations.map((_, i) => i))
          .map((order) => timeOrder(input, order))
          .filter((t) => t.violations.length === 0);
        const result = routeDay(input);
        expect(result.feasible).toBe(feasible.length > 0);
        if (feasible.length > 0) {
          expect(result.totalTravel).toBe(Math.min(...feasible.map((t) => t.totalTravel)));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('meets every window and the end of the day whenever some order can', () => {
    fc.assert(
      fc.property(day, ({ positions, durations, order, windows }) => {
        const n = durations.length;
        const matrix = positions.map(([ax, ay]) =>
          positions.map(([bx, by]) => Math.round(Math.hypot(ax - bx, ay - by))),
        );
        // Windows built around a hidden order's own timing, so at least that order is feasible.
        const stops: RouteStop[] = durations.map((durationMinutes, i) => ({
          id: `s${i}`,
          durationMinutes,
        }));
        let clock = 0;
        let at = n;
        for (const i of order) {
          clock += matrix[at]![i]!;
          const slack = windows[i]?.[1] ?? 0;
          stops[i] = {
            ...stops[i]!,
            windows: [{ open: Math.max(0, clock - slack), close: clock + durations[i]! + slack }],
          };
          clock += durations[i]!;
          at = i;
        }
        const dayEnd = clock + matrix[at]![n]!;
        const result = routeDay({ stops, matrix, start: n, end: n, dayStart: 0, dayEnd });
        expect(result.feasible).toBe(true);
        result.order.forEach((i, k) => {
          const w = stops[i]!.windows![0]!;
          expect(result.starts[k]).toBeGreaterThanOrEqual(Math.max(w.open, result.arrivals[k]!));
          expect(result.departures[k]).toBeLessThanOrEqual(w.close);
        });
        expect(result.finish).toBeLessThanOrEqual(dayEnd);
      }),
      { numRuns: 80 },
    );
  });
});
