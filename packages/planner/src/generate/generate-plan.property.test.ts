import { getCity, listCities, placesOf } from '@caravan/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRequestSchema } from '../request/schema.js';
import { generatePlan } from './generate-plan.js';

const catalogue = { getCity, placesOf };
const cityIds = listCities().map((c) => c.id);
const tags = [
  'food',
  'history',
  'art',
  'nature',
  'nightlife',
  'shopping',
  'views',
  'music',
  'architecture',
  'family',
];

const requests = fc
  .record({
    cities: fc.uniqueArray(fc.constantFrom(...cityIds), { minLength: 1, maxLength: 3 }),
    days: fc.integer({ min: 1, max: 7 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    party: fc.array(fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    }),
    pace: fc.constantFrom('slow' as const, 'moderate' as const, 'fast' as const),
    budget: fc.option(fc.integer({ min: 5_000, max: 800_000 }), { nil: undefined }),
  })
  .map((r) =>
    planRequestSchema.parse({
      destinations: r.cities.map((city) => ({ city })),
      startDate: `2027-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      days: Math.max(r.days, r.cities.length),
      party: r.party.map((interests, i) => ({ name: `M${i + 1}`, interests })),
      pace: r.pace,
      ...(r.budget === undefined ? {} : { budget: { amount: r.budget, currency: 'EUR' } }),
    }),
  );

describe('generatePlan properties', () => {
  it('every plan passes its own lint, or names the reason it cannot', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const result = generatePlan(request, { catalogue });
        if (!result.ok) {
          expect(result.reasons.length).toBeGreaterThan(0);
          return;
        }
        const errors = result.lint.filter((f) => f.severity === 'error');
        for (const e of errors) expect(result.explanations).toContain(`Unavoidable: ${e.message}`);
        expect(errors).toEqual([]);
      }),
      { numRuns: 20, seed: 4242 },
    );
  }, 120_000);

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(requests, (request) => {
        expect(generatePlan(request, { catalogue })).toEqual(
          generatePlan(structuredClone(request), { catalogue }),
        );
      }),
      { numRuns: 6, seed: 7 },
    );
  }, 120_000);
});
