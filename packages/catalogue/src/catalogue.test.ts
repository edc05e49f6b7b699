import { describe, expect, it } from 'vitest';
import { allPlaces, findCity, foldName, getCity, getPlace, isOpenAt, placesOf } from './index';

function placeNamed(cityId: string, nameOrAlias: string) {
  const wanted = foldName(nameOrAlias);
  return placesOf(cityId).find((place) =>
    [place.name, ...(place.aliases ?? [])].some((name) => foldName(name) === wanted),
  );
}

describe('the catalogue loader', () => {
  it('finds a city by id, name or local alias regardless of case and accents', () => {
    expect(findCity('Lisboa')?.id).toBe('lisbon');
    expect(findCity('  LISBON ')?.id).toBe('lisbon');
    expect(findCity('lisbôa')?.id).toBe('lisbon');
    expect(findCity('Wien')?.id).toBe('vienna');
    expect(findCity('東京')?.id).toBe('tokyo');
    expect(findCity('Ciudad de Mexico')?.id).toBe('mexico-city');
    expect(findCity('nyc')?.id).toBe('new-york');
    expect(findCity('Atlantis')).toBeUndefined();
  });

  it('returns a city and its places by id', () => {
    expect(getCity('lisbon')?.currency).toBe('EUR');
    expect(getCity('tokyo')?.timezone).toBe('Asia/Tokyo');
    expect(placesOf('lisbon').length).toBeGreaterThanOrEqual(40);
    expect(placesOf('atlantis')).toEqual([]);
  });

  it('looks up a place by id, and every listed place can be looked up', () => {
    expect(getPlace('lisbon-jeronimos-monastery')?.name).toBe('Jerónimos Monastery');
    expect(getPlace('lisbon-nowhere')).toBeUndefined();
    expect(allPlaces().every((place) => getPlace(place.id) === place)).toBe(true);
  });

  it('tells whether a place is open at a local date and time', () => {
    const monastery = getPlace('lisbon-jeronimos-monastery');
    if (!monastery) throw new Error('missing fixture place');
    // 2026-11-23 is a Monday, when the monastery is closed.
    expect(isOpenAt(monastery, '2026-11-23', '11:00')).toBe(false);
    expect(isOpenAt(monastery, '2026-11-24', '11:00')).toBe(true);
    expect(isOpenAt(monastery, '2026-11-24', '20:00')).toBe(false);
  });

  it('rejects a malformed local date or time', () => {
    const monastery = getPlace('lisbon-jeronimos-monastery');
    if (!monastery) throw new Error('missing fixture place');
    expect(() => isOpenAt(monastery, '24/11/2026', '11:00')).toThrow(RangeError);
  });
});

describe('the landmarks people search for', () => {
  it.each([
    ['paris', 'Louvre Museum'],
    ['paris', 'Musée du Louvre'],
    ['madrid', 'Museo del Prado'],
    ['madrid', 'Prado Museum'],
    ['madrid', 'Museo Nacional del Prado'],
    ['rome', 'Colosseo'],
    ['london', 'British Museum'],
    ['new-york', 'The Met'],
    ['barcelona', 'Sagrada Familia'],
    ['istanbul', 'Ayasofya'],
    ['kyoto', 'Fushimi Inari Taisha'],
    ['athens', 'Parthenon'],
  ])('has %s: %s', (cityId, name) => {
    expect(placeNamed(cityId, name)).toBeDefined();
  });

  it('has ramen counters in Shinjuku, one of them open all night', () => {
    const shinjuku = { lat: 35.6909, lon: 139.7003 };
    const ramen = placesOf('tokyo').filter(
      (place) =>
        place.category === 'food' &&
        /ramen|tsukemen/i.test(`${place.name} ${place.description}`) &&
        Math.hypot(place.lat - shinjuku.lat, place.lon - shinjuku.lon) < 0.02,
    );
    expect(ramen.length).toBeGreaterThanOrEqual(3);
    expect(ramen.some((place) => isOpenAt(place, '2026-11-26', '03:00', 'JP'))).toBe(true);
  });
});
