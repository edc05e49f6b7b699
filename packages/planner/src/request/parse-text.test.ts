import { describe, expect, it } from 'vitest';
import type { CityResolver } from './cities.js';
import { parseRequestText } from './parse-text.js';

const known: Record<string, { id: string; name: string }> = {
  lisbon: { id: 'lisbon', name: 'Lisbon' },
  lisboa: { id: 'lisbon', name: 'Lisbon' },
  lis: { id: 'lisbon', name: 'Lisbon' },
  porto: { id: 'porto', name: 'Porto' },
  'new york': { id: 'new-york', name: 'New York' },
};
const resolveCity: CityResolver = (q) => known[q.toLowerCase()];
const opts = { referenceDate: '2026-11-26', resolveCity };

function parsed(text: string) {
  const r = parseRequestText(text, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('parseRequestText', () => {
  it('reads the example request: city, next May, party, budget, interests and pace', () => {
    const r = parsed(
      '4 days in Lisbon in May for 3 friends, EUR 1200, food and history, slow pace',
    );
    expect(r.destinations).toEqual([{ city: 'lisbon' }]);
    expect(r.startDate).toBe('2027-05-01');
    expect(r.endDate).toBe('2027-05-04');
    expect(r.days).toBe(4);
    expect(r.party).toHaveLength(3);
    expect(r.budget).toEqual({ amount: 120000, currency: 'EUR' });
    expect(r.party[0]?.interests).toEqual(['food', 'history']);
    expect(r.pace).toBe('slow');
  });

  it('reads "in May" written in May as the next May, never a past date', () => {
    const r = parseRequestText('3 days in Porto in May', { ...opts, referenceDate: '2027-05-20' });
    expect(r.ok && r.value.startDate).toBe('2028-05-01');
  });

  it('starts on the trip\'s first day when a request inside a trip names no dates', () => {
    const r = parseRequestText('3 days in Lisbon for 2 friends, EUR 900, food and history', {
      ...opts,
      defaultStartDate: '2027-05-01',
    });
    expect(r.ok && [r.value.startDate, r.value.endDate]).toEqual(['2027-05-01', '2027-05-03']);
    expect(r.ok && r.notes.join(' ')).toMatch(/trip's first day/);
    expect(parseRequestText('3 days in Lisbon', opts).ok).toBe(false);
  });

  it('reads an explicit date range and derives the length from it', () => {
    const r = parsed('Lisbon from 3 to 7 June, 2 people');
    expect(r.startDate).toBe('2027-06-03');
    expect(r.days).toBe(5);
    expect(r.party).toHaveLength(2);
  });

  it('understands currency symbols, words and per-person budgets', () => {
    expect(parsed('a week in Porto in March, budget €1.500').budget).toEqual({
      amount: 150000,
      currency: 'EUR',
    });
    expect(parsed('3 days in New York in April, $2k').budget).toEqual({
      amount: 200000,
      currency: 'USD',
    });
    expect(
      parsed('2 days in Porto next Friday for 4 people, 300 pounds per person').budget,
    ).toEqual({
      amount: 120000,
      currency: 'GBP',
    });
  });

  it('resolves aliases and gives each of several cities its own stay', () => {
    const r = parsed('2 days in Porto then 3 days in Lisboa from 10 July');
    expect(r.destinations).toEqual([
      { city: 'porto', days: 2 },
      { city: 'lisbon', days: 3 },
    ]);
    expect(r.days).toBe(5);
  });

  it('picks up dietary needs, mobility, must-see and avoid lists', () => {
    const r = parsed(
      'Lisbon for 3 days in June, vegetarian and gluten-free, wheelchair user, must see Belém Tower and Alfama; avoid nightlife',
    );
    expect(r.diet).toEqual(['vegetarian', 'gluten-free']);
    expect(r.mobility).toBe('wheelchair');
    expect(r.mustSee).toEqual(['Belém Tower', 'Alfama']);
    expect(r.avoid).toEqual(['nightlife']);
  });

  it('rejects an unknown city by name', () => {
    const r = parseRequestText('4 days in Atlantis in May', opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('unknown_city');
      expect(r.issues[0]?.message).toContain('Atlantis');
    }
  });

  it('rejects a trip of zero days', () => {
    const r = parseRequestText('0 days in Lisbon in May', opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain('zero_days');
  });

  it('asks for dates and length instead of guessing them', () => {
    const noDates = parseRequestText('4 days in Lisbon', opts);
    expect(!noDates.ok && noDates.issues.map((i) => i.code)).toEqual(['no_dates']);
    const noLength = parseRequestText('Lisbon in May', opts);
    expect(!noLength.ok && noLength.issues.map((i) => i.code)).toEqual(['no_duration']);
    const nowhere = parseRequestText('a week in May', opts);
    expect(!nowhere.ok && nowhere.issues.map((i) => i.code)).toEqual(['no_destination']);
  });
});
