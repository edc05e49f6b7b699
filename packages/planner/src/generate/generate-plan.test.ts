import { getCity, placesOf } from '@caravan/catalogue';
import { applyCommand, createTripDoc, readTripSnapshot } from '@caravan/core';
import { describe, expect, it } from 'vitest';
import { lintTrip } from '../lint/index.js';
import { planRequestSchema, type PlanRequestInput } from '../request/schema.js';
import { planToCommands } from './commands.js';
import { generatePlan } from './generate-plan.js';

const catalogue = { getCity, placesOf };
const friends: PlanRequestInput = {
  destinations: [{ city: 'lisbon' }],
  startDate: '2027-05-03',
  days: 4,
  party: [
    { name: 'Ana', interests: ['food', 'history'] },
    { name: 'Ben', interests: ['art'] },
    { name: 'Cy', interests: ['nightlife'] },
  ],
  budget: { amount: 200000, currency: 'EUR' },
  mustSee: ['Belém Tower'],
};
const plan = (input: PlanRequestInput) =>
  generatePlan(planRequestSchema.parse(input), { catalogue });

describe('generatePlan', () => {
  const result = plan(friends);

  it('plans every day with lunch, dinner and visits, and a bed every night', () => {
    if (!result.ok) throw new Error(result.reasons.join('; '));
    expect(result.plan.days.map((d) => d.date)).toEqual([
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-05-06',
    ]);
    for (const day of result.plan.days) {
      expect(day.slots.filter((s) => s.kind === 'meal')).toHaveLength(2);
      expect(day.slots.filter((s) => s.kind === 'visit').length).toBeGreaterThan(0);
    }
    const lodging = result.plan.days[0]?.slots.find((s) => s.kind === 'lodging');
    expect(lodging?.title).toContain('3 nights');
  });

  it('produces a plan whose lint report has no errors and that respects the budget', () => {
    if (!result.ok) throw new Error(result.reasons.join('; '));
    expect(result.lint.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.plan.total.amount).toBeLessThanOrEqual(200000);
  });

  it('schedules the must-see and reports every member’s satisfaction', () => {
    if (!result.ok) throw new Error(result.reasons.join('; '));
    const titles = result.plan.days.flatMap((d) => d.slots.map((s) => s.title));
    expect(titles).toContain('Belém Tower');
    expect(result.satisfaction.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(result.satisfaction.every((s) => s.score > 0)).toBe(true);
  });

  it('gives the same plan for the same request', () => {
    expect(plan(friends)).toEqual(result);
  });

  it('turns into core commands that build the same trip, which lints clean', () => {
    if (!result.ok) throw new Error(result.reasons.join('; '));
    const doc = createTripDoc({
      title: 'Lisbon',
      startDate: '2027-05-03',
      endDate: '2027-05-06',
      timezone: 'Europe/Lisbon',
      currency: 'EUR',
    });
    for (const command of planToCommands(result.plan))
      applyCommand(doc, command, { actorId: 'planner', newId: () => 'x' });
    const trip = readTripSnapshot(doc);
    expect(trip.days.flatMap((d) => d.items)).toHaveLength(
      result.plan.days.flatMap((d) => d.slots).length,
    );
    // The request's budget is the trip's now, and the checks hold the plan to it.
    expect(trip.details.budget).toEqual({ amount: 200000, currency: 'EUR' });
    expect(lintTrip(trip).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves out what the party wants to avoid', () => {
    const r = plan({ ...friends, avoid: ['nightlife', 'museums'] });
    if (!r.ok) throw new Error(r.reasons.join('; '));
    const ids = r.plan.days.flatMap((d) => d.slots.map((s) => s.place?.catalogueId ?? ''));
    const places = placesOf('lisbon').filter((p) => ids.includes(p.id) && p.category !== 'food');
    expect(places.some((p) => p.tags.includes('nightlife') || p.category === 'museum')).toBe(false);
  });

  it('moves between cities by train or plane on the first morning in the next city', () => {
    const r = plan({
      ...friends,
      destinations: [
        { city: 'lisbon', days: 2 },
        { city: 'rome', days: 2 },
      ],
      budget: undefined,
    });
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.plan.days.map((d) => d.cityId)).toEqual(['lisbon', 'lisbon', 'rome', 'rome']);
    expect(r.plan.days[2]?.slots[0]).toMatchObject({
      kind: 'transfer',
      mode: 'flight',
      title: 'Flight Lisbon → Rome',
    });
    expect(r.lint.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps a fixed booking at its time and explains a budget below it', () => {
    const fixed = [
      {
        title: 'Fado dinner show',
        city: 'lisbon',
        date: '2027-05-04',
        startTime: '20:00',
        durationMinutes: 120,
        cost: { amount: 30000, currency: 'EUR' },
      },
    ];
    const r = plan({ ...friends, fixed });
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.plan.days[1]?.slots.find((s) => s.kind === 'booking')).toMatchObject({
      startTime: '20:00',
      fixed: true,
    });
    expect(r.lint.filter((f) => f.severity === 'error')).toEqual([]);
    const broke = plan({ ...friends, fixed, budget: { amount: 20000, currency: 'EUR' } });
    expect(broke).toEqual({
      ok: false,
      reasons: [expect.stringContaining('below the fixed bookings alone (EUR 300.00)')],
    });
  });

  it('explains a budget too small for beds and meals instead of planning', () => {
    const r = plan({ ...friends, budget: { amount: 10000, currency: 'EUR' } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reasons[0]).toMatch(
        /cannot cover this trip: it needs at least EUR [\d,.]+ \(budget lodging/,
      );
  });

  it('downgrades lodging to make a tight budget fit, and says so', () => {
    const r = plan({ ...friends, budget: { amount: 60000, currency: 'EUR' } });
    if (!r.ok) throw new Error(r.reasons.join('; '));
    expect(r.explanations.join(' ')).toContain('Lodging is budget rather than mid');
    expect(r.plan.total.amount).toBeLessThanOrEqual(60000);
  });

  it('refuses unknown cities and more cities than days', () => {
    expect(plan({ ...friends, destinations: [{ city: 'atlantis' }] })).toEqual({
      ok: false,
      reasons: [expect.stringContaining('"atlantis" is not a city')],
    });
    const crowded = plan({
      ...friends,
      days: 2,
      destinations: [{ city: 'lisbon' }, { city: 'rome' }, { city: 'paris' }],
    });
    expect(crowded).toEqual({
      ok: false,
      reasons: ['3 destinations cannot fit in 2 days: each needs at least one day'],
    });
  });
});
