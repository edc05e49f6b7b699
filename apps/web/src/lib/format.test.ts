import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatMoney,
  formatTime,
  minorDigits,
  moneyInputText,
  parseMoney,
} from './format';

describe('formatting for the itinerary', () => {
  it('shows each currency with its own minor units, however the calls interleave', () => {
    for (let i = 0; i < 3; i++) {
      expect(formatMoney(1234, 'EUR')).toBe('€12.34');
      expect(formatMoney(1234, 'JPY')).toBe('¥1,234');
      expect(formatMoney(1234, 'KWD')).toMatch(/^KWD\s1\.234$/);
    }
    expect(minorDigits('JPY')).toBe(0);
    expect(parseMoney('12,50', 'EUR')).toBe(1250);
  });

  it('puts an amount back into a money field as parseMoney reads it', () => {
    expect(moneyInputText(120_050, 'EUR')).toBe('1200.5');
    expect(moneyInputText(120_000, 'EUR')).toBe('1200');
    expect(moneyInputText(1234, 'JPY')).toBe('1234');
    for (const [amount, currency] of [
      [120_050, 'EUR'],
      [5, 'EUR'],
      [1234, 'JPY'],
      [1005, 'USD'],
    ] as const) {
      expect(parseMoney(moneyInputText(amount, currency), currency)).toBe(amount);
    }
  });

  it('shows times and days the same on every render', () => {
    const first = [formatTime('09:30'), formatTime('18:05'), formatDay('2027-06-01')];
    const again = [formatTime('09:30'), formatTime('18:05'), formatDay('2027-06-01')];
    expect(again).toEqual(first);
    expect(first).toEqual(['9:30 AM', '6:05 PM', 'Tue, Jun 1']);
    expect(formatDay('2027-06-01', 'long')).toBe('Tuesday, June 1');
  });
});
