import type {
  AsyncTravelTimeEstimator,
  TravelPoint,
  TravelEstimate,
  TravelMatrices,
  TravelMode,
  TravelTimeEstimator,
} from './types.js';

/** Travel minutes and metres between every pair of points, `minutes[from][to]`. */
export function buildMatrix(
  points: readonly TravelPoint[],
  estimator: TravelTimeEstimator,
  mode: TravelMode,
): TravelMatrices {
  return fill(points, (a, b) => estimator.estimate(a, b, mode));
}

/**
 * The same from a routing service. Requests run `concurrency` at a time; the solvers then take
 * the finished matrix, so none of them ever waits on the network.
 */
export async function buildMatrixAsync(
  points: readonly TravelPoint[],
  estimator: AsyncTravelTimeEstimator,
  mode: TravelMode,
  concurrency = 8,
): Promise<TravelMatrices> {
  const pairs: [number, number][] = [];
  points.forEach((_, i) => points.forEach((__, j) => i !== j && pairs.push([i, j])));
  const results = new Map<string, TravelEstimate>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pairs.length) {
      const [i, j] = pairs[next++]!;
      results.set(`${i},${j}`, await estimator.estimate(points[i]!, points[j]!, mode));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return fill(points, (_, __, i, j) => results.get(`${i},${j}`) ?? { minutes: 0, meters: 0 });
}

function fill(
  points: readonly TravelPoint[],
  estimate: (a: TravelPoint, b: TravelPoint, i: number, j: number) => TravelEstimate,
): TravelMatrices {
  const minutes = points.map(() => new Array<number>(points.length).fill(0));
  const meters = points.map(() => new Array<number>(points.length).fill(0));
  points.forEach((a, i) =>
    points.forEach((b, j) => {
      if (i === j) return;
      const e = estimate(a, b, i, j);
      minutes[i]![j] = e.minutes;
      meters[i]![j] = e.meters;
    }),
  );
  return { minutes, meters };
}
