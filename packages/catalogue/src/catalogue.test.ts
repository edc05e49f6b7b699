import { describe, expect, it } from 'vitest';
import { findCity, getCity, getPlace, isOpenAt, placesOf } from './index';

describe('the catalogue loader', () => {
  it('finds a city by id, name or local alias regardless of case and accents', () => {
    expect(findCity('Lisboa')?.id).toBe('lisbon');
    expect(findCity('  LISBON ')?.id).toBe('lisbon');
    expect(findCity('lisbôa')?.id).toBe('lisbon');
    expect(findCity('Atlantis')).toBeUndefined();
  });

  it('returns a city and its places by id', () => {
    expect(getCity('lisbon')?.currency).toBe('EUR');
    expect(placesOf('lisbon').length).toBeGreaterThanOrEqual(40);
    expect(placesOf('atlantis')).toEqual([]);
  });

  it('looks up a place by id', () => {
    expect(getPlace('lisbon-jeronimos-monastery')?.name).toBe('Jerónimos Monastery');
    expect(getPlace('lisbon-nowhere')).toBeUndefined();
  });

  it('tells whether a place is open at a local date and time', () => {
    const monastery = getPlace('lisbon-jeronimos-monastery');
    if (!monastery) throw new Error('missing fixture place');
    // 2026-11-23 is a Monday, when the monastery is closed.
    expect(isOpenAt(monastery, '2026-11-23', '11:00')).toBe(false);
    expect(isOpenAt(monastery, '2026-11-24', '11:00')).toBe(true);
    expect(isOpenAt(monastery, '2026-11-24', '20:00')).toBe(false);
  });
});
