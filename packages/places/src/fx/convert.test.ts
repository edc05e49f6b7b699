import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMoney, crossRate, type RateTable } from './convert';
import { FX_SNAPSHOT } from './snapshot';

const table: RateTable = FX_SNAPSHOT;

describe('currency conversion', () => {
  it('converts minor units and says which rate, day and source it used', () => {
    const result = convertMoney(table, { amount: 10_000, currency: 'EUR' }, 'USD');
    expect(result).toEqual({
      from: { amount: 10_000, currency: 'EUR' },
      to: { amount: 10_850, currency: 'USD' },
      rate: 1.085,
      date: FX_SNAPSHOT.date,
      source: 'caravan-offline-snapshot',
    });
  });

  it('respects currencies without cents', () => {
    // 10.00 EUR -> 1634 yen (no minor unit), and back.
    expect(convertMoney(table, { amount: 1000, currency: 'EUR' }, 'JPY')?.to.amount).toBe(1634);
    expect(convertMoney(table, { amount: 1634, currency: 'JPY' }, 'EUR')?.to.amount).toBe(1000);
  });

  it('crosses through the base currency', () => {
    expect(crossRate(table, 'USD', 'GBP')).toBeCloseTo(0.858 / 1.085, 10);
    expect(crossRate(table, 'usd', 'usd')).toBe(1);
  });

  it('returns nothing for a currency it does not know', () => {
    expect(convertMoney(table, { amount: 100, currency: 'EUR' }, 'XYZ')).toBeUndefined();
  });

  it('round-trips any amount to within one minor unit per conversion', () => {
    const codes = Object.keys(FX_SNAPSHOT.rates).filter(
      (c) => !['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'IDR', 'COP', 'HUF', 'NGN', 'ARS'].includes(c),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        (amount, from, to) => {
          const there = convertMoney(table, { amount, currency: from }, to);
          const back = there && convertMoney(table, there.to, from);
          expect(back).toBeDefined();
          const rate = crossRate(table, from, to) ?? 1;
          const tolerance = 1 + Math.ceil(1 / rate);
          expect(Math.abs((back?.to.amount ?? 0) - amount)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });
});
