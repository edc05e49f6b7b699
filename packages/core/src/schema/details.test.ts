import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { tripDetailsInputSchema, tripDetailsPatchSchema } from './details';

const valid = {
  title: 'Kyoto in autumn',
  startDate: '2026-11-10',
  endDate: '2026-11-17',
  timezone: 'Asia/Tokyo',
  currency: 'JPY',
};

function firstIssue(input: unknown, schema: z.ZodType = tripDetailsInputSchema) {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.path.join('.');
}

describe('trip details', () => {
  it('accept a plain trip and default to no destinations', () => {
    expect(tripDetailsInputSchema.parse(valid).destinations).toEqual([]);
  });

  it.each([
    ['an end before the start', { endDate: '2026-11-09' }, 'endDate'],
    ['a trip longer than a year', { endDate: '2027-11-12' }, 'endDate'],
    ['an impossible date', { startDate: '2026-02-29' }, 'startDate'],
    ['a date with a time', { startDate: '2026-11-10T00:00' }, 'startDate'],
    ['an unknown time zone', { timezone: 'Asia/Atlantis' }, 'timezone'],
    ['an offset instead of a zone', { timezone: '+09:00' }, 'timezone'],
    ['a lower-case currency', { currency: 'jpy' }, 'currency'],
    ['an empty title', { title: '  ' }, 'title'],
    ['an unknown field', { colour: 'red' }, ''],
  ])('refuse %s, naming the field', (_what, change, field) => {
    expect(firstIssue({ ...valid, ...change })).toBe(field);
  });

  it('accept a leap day and a one-day trip', () => {
    expect(
      firstIssue({ ...valid, startDate: '2028-02-29', endDate: '2028-02-29' }),
    ).toBeUndefined();
  });

  it('patch any subset but check the dates given together', () => {
    expect(tripDetailsPatchSchema.safeParse({ title: 'Kyoto' }).success).toBe(true);
    expect(tripDetailsPatchSchema.safeParse({}).success).toBe(true);
    expect(
      firstIssue({ startDate: '2026-11-10', endDate: '2026-11-01' }, tripDetailsPatchSchema),
    ).toBe('endDate');
    expect(firstIssue({ owner: 'x' }, tripDetailsPatchSchema)).toBe('');
  });
});
