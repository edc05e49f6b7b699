import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  DAY_TRIP_MAX_KM,
  INTEREST_TAGS,
  allPlaces,
  cataloguePlaceSchema,
  citySchema,
  distanceKm,
  listCities,
  openingHoursProblem,
  placesOf,
} from './index';

const MIN_CITIES = 20;
const MIN_PLACES_PER_CITY = 40;

const cities = listCities();

describe('the starter catalogue', () => {
  it('covers at least twenty cities with unique ids', () => {
    expect(cities.length).toBeGreaterThanOrEqual(MIN_CITIES);
    expect(new Set(cities.map((city) => city.id)).size).toBe(cities.length);
  });

  it('gives every place a unique id', () => {
    const ids = allPlaces().map((place) => place.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('uses only known interest tags', () => {
    const known = new Set<string>(INTEREST_TAGS);
    const unknown = allPlaces().flatMap((place) =>
      place.tags.filter((tag) => !known.has(tag)).map((tag) => `${place.id}: ${tag}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe.each(cities.map((city) => [city.id, city] as const))('the city %s', (_id, city) => {
  const places = placesOf(city.id);

  it('is a valid city record', () => {
    expect(citySchema.safeParse(city).error?.issues ?? []).toEqual([]);
    expect(Intl.supportedValuesOf('timeZone')).toContain(city.timezone);
  });

  it(`has at least ${MIN_PLACES_PER_CITY} places covering every category`, () => {
    expect(places.length).toBeGreaterThanOrEqual(MIN_PLACES_PER_CITY);
    const missing = CATEGORIES.filter((category) => !places.some((p) => p.category === category));
    expect(missing).toEqual([]);
  });

  it('has only places that validate against the schema and belong to it', () => {
    const problems = places.flatMap((place) => {
      const result = cataloguePlaceSchema.safeParse(place);
      const issues = result.error?.issues.map(
        (i) => `${place.id}.${i.path.join('.')}: ${i.message}`,
      );
      const own =
        place.cityId === city.id && place.id.startsWith(`${city.id}-`)
          ? []
          : [`${place.id}: does not belong to ${city.id}`];
      return [...(issues ?? []), ...own];
    });
    expect(problems).toEqual([]);
  });

  it('prices places in its own currency, and free places cost nothing', () => {
    const wrong = places
      .filter(
        (p) =>
          p.typicalCost.currency !== city.currency ||
          (p.priceLevel === 0 && p.typicalCost.amount !== 0),
      )
      .map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  it(`keeps places within its radius, and day trips within ${DAY_TRIP_MAX_KM} km`, () => {
    const outside = places
      .map((place) => ({ place, km: distanceKm(city, place) }))
      .filter(({ place, km }) =>
        place.category === 'daytrip' ? km > DAY_TRIP_MAX_KM : km > city.radiusKm,
      )
      .map(({ place, km }) => `${place.id}: ${km.toFixed(1)} km`);
    expect(outside).toEqual([]);
  });

  it('has opening hours that parse as OpenStreetMap opening_hours without warnings', () => {
    const invalid = places
      .map((place) => ({
        id: place.id,
        problem: openingHoursProblem(place.openingHours, { ...place, country: city.country }),
      }))
      .filter((entry) => entry.problem !== null);
    expect(invalid).toEqual([]);
  });

  it('has no two places with the same name or the same coordinates', () => {
    const names = places.map((p) => p.name.toLowerCase());
    const spots = places.map((p) => `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(spots.filter((s, i) => spots.indexOf(s) !== i)).toEqual([]);
  });
});
