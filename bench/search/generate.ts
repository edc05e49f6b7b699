import { CATEGORIES, INTEREST_TAGS, listCities } from '@caravan/catalogue';
import type { PlaceInput } from '../../apps/server/src/places/model.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES =
  'Golden Blue Old Little Royal Silent Hidden Green Red Iron Silver Northern Sunny Grand Secret Wild Crimson Velvet Copper Lucky'.split(
    ' ',
  );
const NOUNS =
  'Lantern Harbour Garden Fox Bridge Tower Market Anchor Crown Orchard Owl River Star Mill Cloud Compass Tide Pine Bell Heron'.split(
    ' ',
  );
const KINDS: Record<string, string[]> = {
  sight: ['Gate', 'Square', 'Monument', 'Viewpoint', 'Palace'],
  museum: ['Museum', 'Gallery', 'Collection', 'House Museum'],
  park: ['Park', 'Gardens', 'Green'],
  nature: ['Hill', 'Lake', 'Cliffs', 'Woods'],
  food: ['Ramen', 'Bistro', 'Tavern', 'Noodle Bar', 'Trattoria', 'Dumplings', 'Grill'],
  drink: ['Wine Bar', 'Brewery', 'Coffee', 'Tea House'],
  nightlife: ['Club', 'Jazz Cellar', 'Cabaret'],
  shopping: ['Market', 'Arcade', 'Bookshop', 'Design Store'],
  experience: ['Cooking Class', 'Boat Tour', 'Walking Tour', 'Spa'],
  daytrip: ['Village', 'Castle', 'Coast', 'Vineyards'],
};
const HOURS = [
  'Mo-Su 09:00-18:00',
  'Tu-Su 10:00-18:00; Mo off',
  'Mo-Sa 11:00-23:00; Su 12:00-22:00',
  'Mo-Fr 08:00-20:00; Sa,Su 09:00-17:00',
  '24/7',
  'We-Su 18:00-02:00',
];

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/**
 * `count` synthetic places spread around the catalogue's cities (within ~12 km of each centre),
 * with names, categories, tags, hours and descriptions shaped like the real catalogue.
 */
export function generatePlaces(count: number, seed = 42): PlaceInput[] {
  const random = prng(seed);
  const cities = listCities();
  const places: PlaceInput[] = [];
  for (let i = 0; i < count; i++) {
    const city = cities[i % cities.length];
    if (!city) break;
    const category = pick(random, CATEGORIES);
    const kind = pick(random, KINDS[category] ?? ['Place']);
    const name = `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} ${kind}`;
    const tags = [...new Set([pick(random, INTEREST_TAGS), pick(random, INTEREST_TAGS)])];
    const distanceKm = 12 * Math.sqrt(random());
    const bearing = 2 * Math.PI * random();
    const lat = city.lat + (distanceKm / 111.32) * Math.cos(bearing);
    const lon =
      city.lon + (distanceKm / (111.32 * Math.cos((city.lat * Math.PI) / 180))) * Math.sin(bearing);
    places.push({
      id: `bench-${i}`,
      tripId: null,
      cityId: city.id,
      source: 'catalogue',
      name,
      aliases: [],
      category,
      tags,
      lat,
      lon,
      durationMinutes: 30 + Math.floor(random() * 150),
      priceLevel: Math.floor(random() * 5),
      cost: { amount: Math.floor(random() * 5000), currency: city.currency },
      openingHours: pick(random, HOURS),
      timezone: city.timezone,
      country: city.country,
      description: `A ${kind.toLowerCase()} in ${city.name} loved for its ${tags.join(' and ')}, ${pick(random, ['quiet mornings', 'lively evenings', 'river views', 'local regulars', 'long history'])}.`,
      address: null,
      createdBy: null,
    });
  }
  return places;
}

/** Words people type: names, name fragments with typos, kinds and interests. */
export function queryWords(random: () => number): string {
  const roll = random();
  if (roll < 0.3) return `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`.toLowerCase();
  if (roll < 0.5) {
    const word = pick(random, NOUNS).toLowerCase();
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1); // a dropped letter: "lanern"
  }
  if (roll < 0.8) return pick(random, Object.values(KINDS).flat()).toLowerCase();
  return `${pick(random, INTEREST_TAGS)} ${pick(random, ['museum', 'bar', 'park', 'ramen', 'market'])}`;
}
