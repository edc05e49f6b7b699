import type { TimeWindow, TravelMatrix } from '../routing/types.js';
import type { OrienteeringInput } from './types.js';

/**
 * Length of a day's route and the cost of changing it. Without opening windows the length is
 * travel plus visit durations and an insertion's cost is known in O(1); with windows the route is
 * timed (waiting for openings counts) and a visit that cannot fit makes it infeasible (Infinity).
 */
export class RouteCost {
  readonly matrix: TravelMatrix;
  readonly start: number;
  readonly end: number;
  readonly budget: number;
  readonly timed: boolean;
  readonly symmetric: boolean;
  private readonly durations: readonly number[];
  private readonly windows: readonly (readonly TimeWindow[] | undefined)[];
  private readonly dayStart: number;
  /** The matrix as one flat array, `flat[a * size + b]`, for the hot loops. */
  readonly flat: Float64Array;
  readonly size: number;

  constructor(input: OrienteeringInput) {
    this.matrix = input.matrix;
    this.start = input.start;
    this.end = input.end;
    this.budget = input.budget;
    this.durations = input.durations ?? [];
    this.windows = input.windows ?? [];
    this.dayStart = input.dayStart ?? 0;
    this.timed = this.windows.some((w) => w !== undefined && w.length > 0);
    this.size = input.matrix.length;
    this.flat = new Float64Array(this.size * this.size);
    input.matrix.forEach((row, a) => {
      for (let b = 0; b < this.size; b++) this.flat[a * this.size + b] = row[b] ?? Infinity;
    });
    this.symmetric = input.matrix.every((row, i) =>
      row.every((d, j) => input.matrix[j]?.[i] === d),
    );
  }

  d(a: number, b: number): number {
    return this.flat[a * this.size + b] ?? Infinity;
  }

  duration(i: number): number {
    return this.durations[i] ?? 0;
  }

  /** Travel plus visits, ignoring windows: a lower bound on the timed length. */
  untimedLength(route: readonly number[]): number {
    let total = 0;
    let at = this.start;
    for (const i of route) {
      total += this.d(at, i) + this.duration(i);
      at = i;
    }
    return total + this.d(at, this.end);
  }

  /** Total length of start -> route -> end, Infinity when a window cannot be met. */
  length(route: readonly number[]): number {
    if (!this.timed) return this.untimedLength(route);
    let clock = this.dayStart;
    let at = this.start;
    for (const i of route) {
      const arrival = clock + this.d(at, i);
      const start = this.startWithin(i, arrival);
      if (start === null) return Infinity;
      clock = start + this.duration(i);
      at = i;
    }
    return clock + this.d(at, this.end) - this.dayStart;
  }

  fits(length: number): boolean {
    return length <= this.budget + 1e-9;
  }

  /** Added length when `node` goes between route[pos-1] and route[pos] (untimed routes only). */
  insertionDelta(route: readonly number[], pos: number, node: number): number {
    const a = pos === 0 ? this.start : (route[pos - 1] ?? this.start);
    const b = pos === route.length ? this.end : (route[pos] ?? this.end);
    return this.d(a, node) + this.d(node, b) - this.d(a, b) + this.duration(node);
  }

  private startWithin(i: number, arrival: number): number | null {
    const windows = this.windows[i];
    if (!windows || windows.length === 0) return arrival;
    let best: number | null = null;
    for (const w of windows) {
      const start = Math.max(arrival, w.open);
      if (start + this.duration(i) <= w.close + 1e-9 && (best === null || start < best))
        best = start;
    }
    return best;
  }
}
