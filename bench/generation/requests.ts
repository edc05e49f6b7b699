import { listCities } from '@caravan/catalogue';
import { planRequestSchema, seededRandom, type PlanRequest } from '@caravan/planner';

const interests = [
  'food',
  'history',
  'art',
  'architecture',
  'nature',
  'nightlife',
  'shopping',
  'views',
  'music',
  'family',
  'culture',
  'markets',
];
const paces = ['slow', 'moderate', 'fast'] as const;

/**
 * The benchmark's requests: 1 to 14 days, 1 to 8 people with 1 to 3 interests each, one to three
 * catalogue cities, any pace, and a budget on some. Seeded, so every run plans the same 50.
 */
export function generatedRequests(count: number, seed = 2026): PlanRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const cities = listCities().map((c) => c.id);
  return Array.from({ length: count }, (_, i) => {
    // Every seventh request is exactly 7 days, so the 7-day target has its own sample.
    const days = i % 7 === 0 ? 7 : 1 + Math.floor(random() * 14);
    const cityCount = Math.min(days, days >= 6 ? 1 + Math.floor(random() * 3) : 1);
    const chosen = new Set<string>();
    while (chosen.size < cityCount) chosen.add(pick(cities));
    const people = 1 + Math.floor(random() * 8);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const withBudget = random() < 0.4;
    return planRequestSchema.parse({
      destinations: [...chosen].map((city) => ({ city })),
      startDate: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      days,
      party: Array.from({ length: people }, (_, p) => ({
        name: `Member ${p + 1}`,
        interests: [
          ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(interests))),
        ],
      })),
      pace: pick(paces),
      // Generous enough to be feasible: about 180 euros per person and day.
      ...(withBudget ? { budget: { amount: days * people * 18_000, currency: 'EUR' } } : {}),
    });
  });
}
