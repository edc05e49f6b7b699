import { describe, expect, it } from 'vitest';
import { parseRequestJson } from './parse-json.js';

const resolveCity = (q: string) =>
  /^(lisbon|lisboa|lis)$/i.test(q) ? { id: 'lisbon', name: 'Lisbon' } : undefined;

const valid = {
  destinations: [{ city: 'Lisboa' }],
  startDate: '2027-05-01',
  days: 3,
  party: [{ name: 'Ana', interests: ['food'] }, { name: 'Ben' }],
  budget: { amount: 90000, currency: 'EUR' },
};

describe('parseRequestJson', () => {
  it('accepts a structured request, fills defaults and resolves city aliases', () => {
    const r = parseRequestJson(valid, resolveCity);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.destinations).toEqual([{ city: 'lisbon' }]);
    expect(r.value.pace).toBe('moderate');
    expect(r.value.party[1]).toEqual({ name: 'Ben', interests: [], diet: [], mobility: 'full' });
  });

  it('names the field at fault for schema problems', () => {
    const r = parseRequestJson(
      { ...valid, startDate: '1 May', party: [{ name: 'Ana', interests: 'food' }] },
      resolveCity,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['startDate', 'party.0.interests']),
    );
  });

  it('rejects an unknown city naming the destination', () => {
    const r = parseRequestJson({ ...valid, destinations: [{ city: 'Atlantis' }] }, resolveCity);
    expect(!r.ok && r.issues[0]).toEqual(
      expect.objectContaining({ code: 'unknown_city', field: 'destinations.0.city' }),
    );
  });

  it('rejects an end date before the start date and a request without a length', () => {
    const backwards = parseRequestJson(
      { ...valid, days: undefined, endDate: '2027-04-01' },
      resolveCity,
    );
    expect(!backwards.ok && backwards.issues[0]?.field).toBe('endDate');
    const open = parseRequestJson({ ...valid, days: undefined }, resolveCity);
    expect(!open.ok && open.issues[0]?.message).toMatch(/endDate or days/);
  });
});
