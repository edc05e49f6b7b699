import { describe, expect, it } from 'vitest';
import { cosine } from './embedder.js';
import { embedLocally } from './local-embedder.js';
import { MemoryVectorIndex, type IndexedPlace } from './memory-vector-index.js';

const WORDS = 'ramen noodle museum gallery park lake tower bridge market coffee jazz castle'.split(
  ' ',
);

function places(count: number): { place: IndexedPlace; vector: number[] }[] {
  return Array.from({ length: count }, (_, i) => {
    const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} place ${i}`;
    return {
      place: {
        id: `p${i}`,
        tripId: i % 50 === 0 ? 'trip-a' : null,
        cityId: i % 2 === 0 ? 'lisbon' : 'porto',
        category: i % 3 === 0 ? 'food' : 'sight',
        tags: i % 5 === 0 ? ['art'] : ['views'],
        lat: 38.7 + (i % 10) * 0.01,
        lon: -9.1,
      },
      vector: embedLocally(text),
    };
  });
}

describe('in-process vector index', () => {
  const all = places(3000);
  const index = new MemoryVectorIndex();
  for (const { place, vector } of all) index.upsert(place, vector);

  it('returns the same nearest places as comparing the query with every vector', () => {
    const cases = [
      { filters: { tripId: null }, keep: (place: IndexedPlace) => place.tripId === null },
      {
        filters: { tripId: null, cityId: 'lisbon' },
        keep: (place: IndexedPlace) => place.tripId === null && place.cityId === 'lisbon',
      },
    ];
    for (const { filters, keep } of cases) {
      for (const query of ['ramen noodles', 'jazz', 'lake castle', 'museo']) {
        const vector = embedLocally(query);
        const expected = all
          .filter(({ place }) => keep(place))
          .map(({ place, vector: v }) => ({ id: place.id, similarity: cosine(vector, v) }))
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, 10);
        const found = index.nearest(vector, filters, 10);
        expect(found.map((hit) => hit.similarity)).toEqual(
          expected.map((hit) => expect.closeTo(hit.similarity, 5) as unknown as number),
        );
        const byId = new Map(all.map(({ place }) => [place.id, place]));
        expect(found.every((hit) => keep(byId.get(hit.id) as IndexedPlace))).toBe(true);
      }
    }
  });

  it('shows a trip place only to searches of that trip, and applies every filter', () => {
    const vector = embedLocally('ramen');
    const outside = index.nearest(vector, { tripId: null }, 3000);
    expect(outside.some((hit) => hit.id === 'p0')).toBe(false);
    const inside = index.nearest(vector, { tripId: 'trip-a' }, 3000);
    expect(inside.some((hit) => hit.id === 'p0')).toBe(true);
    const filtered = index.nearest(
      vector,
      {
        tripId: null,
        categories: ['food'],
        tags: ['art'],
        near: { lat: 38.7, lon: -9.1, radiusKm: 0.5 },
      },
      3000,
    );
    const byId = new Map(all.map(({ place }) => [place.id, place]));
    const wanted = all.filter(
      ({ place }) =>
        place.tripId === null &&
        place.category === 'food' &&
        place.tags.includes('art') &&
        place.lat < 38.705,
    );
    expect(filtered.map((hit) => hit.id).sort()).toEqual(
      wanted.map(({ place }) => place.id).sort(),
    );
    for (const hit of filtered) expect(byId.get(hit.id)?.category).toBe('food');
  });

  it('replaces a place whose vector changed instead of adding it twice', () => {
    const first = all[0]?.place;
    if (!first) throw new Error('no places');
    const own = new MemoryVectorIndex();
    own.upsert(first, embedLocally('ramen'));
    own.upsert(first, embedLocally('castle'));
    expect(own.size).toBe(1);
    const [hit] = own.nearest(embedLocally('castle'), { tripId: 'trip-a' }, 5);
    expect(hit?.id).toBe('p0');
    expect(hit?.similarity).toBeCloseTo(1, 5);
  });
});
