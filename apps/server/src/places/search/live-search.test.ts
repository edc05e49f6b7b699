import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import type { Database } from '../../db/index.js';
import { createPlaces, type Places } from '../places-module.js';
import { openPlacesTestDatabase, PLACES_TEST_DIALECTS } from '../testing/databases.js';
import { SAMPLES, startFakeSource, type FakeSource } from '../testing/fake-http.js';
import { FIXTURE_PLACES } from '../testing/fixtures.js';

// One database is enough here: relevance on both dialects is covered by search.test.ts.
const dialect = PLACES_TEST_DIALECTS[PLACES_TEST_DIALECTS.length - 1] ?? 'pglite';

describe(`search with a live Overpass source (${dialect})`, () => {
  let fake: FakeSource;
  let database!: Database | undefined;
  let places!: Places;
  let now = 0;

  beforeAll(async () => {
    fake = await startFakeSource();
    database = await openPlacesTestDatabase(dialect);
    const config = loadConfig({
      PLACES_SEED_CATALOGUE: 'false',
      OVERPASS_URL: `${fake.url}/api/interpreter`,
      LIVE_TIMEOUT_MS: '3000',
      LIVE_RETRIES: '0',
    }).places;
    places = await createPlaces({
      db: database.db,
      config,
      clock: () => now,
      httpOverrides: { backoffMs: 1 },
    });
    await places.repository.upsert(FIXTURE_PLACES);
    await places.index();
  }, 240_000);
  afterAll(async () => {
    places?.close();
    await database?.close();
    await fake?.close();
  });

  const shinjuku = { lat: 35.6905, lon: 139.7004 };

  it('adds the live places around the point to the results and says they came live', async () => {
    fake.script({ status: 200, json: SAMPLES.overpass });
    const response = await places.search({
      q: 'ramen',
      near: shinjuku,
      radiusKm: 2,
      limit: 5,
      tripId: null,
    });
    expect(response.live.overpass).toMatchObject({ source: 'live', degraded: false });
    expect(response.results.map((hit) => hit.id)).toContain('osm-node-111');
    expect(response.results.find((hit) => hit.id === 'osm-node-111')).toMatchObject({
      name: 'Menya Musashi',
      source: 'overpass',
      timezone: 'Asia/Tokyo',
    });
  });

  it('serves the cached live answer within the hour without asking again', async () => {
    const before = fake.requests.length;
    now += 30 * 60_000;
    const response = await places.search({
      q: 'ramen',
      near: shinjuku,
      radiusKm: 2,
      limit: 5,
      tripId: null,
    });
    expect(response.live.overpass).toMatchObject({ source: 'live', cached: true });
    expect(fake.requests).toHaveLength(before);
  });

  it('still answers from the offline data, marked degraded, when the source breaks', async () => {
    now += 2 * 60 * 60_000;
    fake.script({ status: 200, body: '{"elements": [{"type": "node", "id": ' });
    const garbled = await places.search({
      q: 'ramen',
      near: shinjuku,
      radiusKm: 2,
      limit: 5,
      tripId: null,
    });
    expect(garbled.live.overpass).toMatchObject({
      source: 'offline',
      degraded: true,
      reason: 'bad-response',
    });
    expect(garbled.results.map((hit) => hit.id)).toContain('tokyo-ichiran-shinjuku');

    fake.script({ status: 429, headers: { 'retry-after': '120' } });
    const limited = await places.search({
      q: 'gyoen',
      near: shinjuku,
      radiusKm: 3,
      limit: 5,
      tripId: null,
    });
    expect(limited.live.overpass).toMatchObject({ degraded: true, reason: 'rate-limited' });
    expect(limited.results.map((hit) => hit.id)).toContain('tokyo-shinjuku-gyoen');
  });
});
