import { describe, expect, it } from 'vitest';
import { buildMatrix, buildMatrixAsync } from './matrix.js';
import { createStraightLineEstimator, haversineMeters } from './straight-line.js';
import { TRAVEL_MODES, type TravelPoint } from './types.js';

const paris = { lat: 48.8566, lon: 2.3522 };
const london = { lat: 51.5074, lon: -0.1278 };
const louvre = { lat: 48.8606, lon: 2.3376 };
const orsay = { lat: 48.86, lon: 2.3266 };

describe('travel-time estimation', () => {
  it('measures great-circle distance between two cities', () => {
    expect(haversineMeters(paris, london) / 1000).toBeCloseTo(343.5, 0);
  });

  it('turns a walk across central Paris into minutes with a detour for streets', () => {
    const walk = createStraightLineEstimator().estimate(louvre, orsay, 'walk');
    const straight = haversineMeters(louvre, orsay);
    expect(walk.meters).toBeCloseTo(straight * 1.3, 6);
    expect(walk.minutes).toBeCloseTo(walk.meters / 80, 6);
  });

  it('makes flying worthwhile only over long distances because of airport time', () => {
    const estimator = createStraightLineEstimator();
    const short = (mode: 'flight' | 'transit') => estimator.estimate(louvre, orsay, mode).minutes;
    const long = (mode: 'flight' | 'drive') => estimator.estimate(paris, london, mode).minutes;
    expect(short('flight')).toBeGreaterThan(short('transit'));
    expect(long('flight')).toBeLessThan(long('drive'));
  });

  it('lets an operator change a mode speed and rejects impossible ones', () => {
    const slow = createStraightLineEstimator({ walk: { speedKmh: 2.4 } });
    const normal = createStraightLineEstimator();
    expect(slow.estimate(louvre, orsay, 'walk').minutes).toBeCloseTo(
      2 * normal.estimate(louvre, orsay, 'walk').minutes,
      6,
    );
    expect(() => createStraightLineEstimator({ bike: { speedKmh: 0 } })).toThrow(/bike/);
  });

  it('builds a full matrix with zero travel from a place to itself, for every mode', () => {
    const estimator = createStraightLineEstimator();
    for (const mode of TRAVEL_MODES) {
      const { minutes, meters } = buildMatrix([paris, louvre, orsay], estimator, mode);
      expect(minutes.map((row) => row.length)).toEqual([3, 3, 3]);
      expect([minutes[0]![0], minutes[1]![1], meters[2]![2]]).toEqual([0, 0, 0]);
      expect(minutes[0]![1]).toBeGreaterThan(0);
    }
  });

  it('fills the same matrix from an asynchronous routing service', async () => {
    const sync = createStraightLineEstimator();
    const service = {
      estimate: (from: TravelPoint, to: TravelPoint, mode: 'walk') =>
        new Promise<ReturnType<typeof sync.estimate>>((resolve) =>
          setTimeout(() => resolve(sync.estimate(from, to, mode)), 1),
        ),
    };
    const points = [paris, louvre, orsay, london];
    const fromService = await buildMatrixAsync(points, service, 'walk', 3);
    expect(fromService).toEqual(buildMatrix(points, sync, 'walk'));
  });
});
