import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, splitAmount } from './split';

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

describe('splitting an expense', () => {
  it('gives the leftover cents of an equal split to members in id order', () => {
    expect(splitAmount(1000, ['carol', 'alice', 'bob'], { kind: 'equal' })).toEqual({
      alice: 334,
      bob: 333,
      carol: 333,
    });
  });

  it('follows shares and gives leftovers to the largest remainders', () => {
    expect(
      splitAmount(1000, ['alice', 'bob', 'carol'], {
        kind: 'shares',
        shares: { alice: 1, bob: 1, carol: 1 },
      }),
    ).toEqual({ alice: 334, bob: 333, carol: 333 });
    expect(
      splitAmount(1001, ['alice', 'bob'], { kind: 'shares', shares: { alice: 2, bob: 1 } }),
    ).toEqual({ alice: 667, bob: 334 });
  });

  it('uses exact amounts as they are, and as weights once converted', () => {
    const split = { kind: 'exact', amounts: { alice: 700, bob: 300 } } as const;
    expect(splitAmount(1000, ['alice', 'bob'], split)).toEqual({ alice: 700, bob: 300 });
    expect(splitAmount(2001, ['alice', 'bob'], split, 1000)).toEqual({ alice: 1401, bob: 600 });
  });

  it('always adds up exactly to the amount, each part within one cent of its fair share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(
            amount,
            weights.map((weight, i) => ({ userId: `u${i}`, weight })),
          );
          expect(sum(parts)).toBe(amount);
          const total = weights.reduce((a, b) => a + b, 0);
          weights.forEach((weight, i) => {
            const fair = (amount * weight) / total;
            expect(Math.abs((parts[`u${i}`] ?? 0) - fair)).toBeLessThanOrEqual(1 + fair * 1e-12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
