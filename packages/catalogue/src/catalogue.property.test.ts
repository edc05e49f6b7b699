import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPlaces, findCity, isOpenAt, listCities } from './index';

const cityNames = listCities().flatMap((city) =>
  [city.id, city.name, ...city.aliases].map((name) => ({ id: city.id, name })),
);

describe('catalogue invariants', () => {
  it('finds a city from any of its names however it is cased or padded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cityNames),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 }),
        ({ id, name }, upper, padding) => {
          const cased = [...name]
            .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join('');
          expect(findCity(`${padding}${cased}${padding}`)?.id).toBe(id);
        },
      ),
    );
  });

  it('treats places open around the clock as open at every local time', () => {
    const allDay = allPlaces().filter((place) => place.openingHours === '24/7');
    expect(allDay.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...allDay),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (place, day, hour, minute) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          expect(isOpenAt(place, date, time)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
