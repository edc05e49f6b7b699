import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import type { Database } from '../../db/index.js';
import { createPlaces, type Places } from '../places-module.js';
import { openPlacesTestDatabase, PLACES_TEST_DIALECTS } from '../testing/databases.js';
import { FIXTURE_PLACES } from '../testing/fixtures.js';

const config = loadConfig({ PLACES_SEED_CATALOGUE: 'false' }).places;

describe.each(PLACES_TEST_DIALECTS)('place search relevance (%s)', (dialect) => {
  // Assigned in beforeAll; afterAll copes with a start-up that failed half-way.
  let database!: Database | undefined;
  let places!: Places;
  // A Wednesday evening in Paris (20:00 CET) and a Tuesday afternoon.
  const wednesdayEvening = new Date('2026-05-06T18:00:00Z');
  const tuesday = new Date('2026-05-05T12:00:00Z');

  beforeAll(async () => {
    const opened = await openPlacesTestDatabase(dialect);
    database = opened;
    places = await createPlaces({ db: opened.db, config });
    await places.repository.upsert(FIXTURE_PLACES);
    await places.index();
    // Starting PGlite (WebAssembly) can take a while on a busy two-core machine.
  }, 240_000);
  afterAll(async () => {
    places?.close();
    await database?.close();
  });

  const ids = async (request: Parameters<Places['search']>[0]) =>
    (await places.search(request)).results.map((hit) => hit.id);

  it('finds a place by its exact name first', async () => {
    const [first] = await ids({ q: 'louvre', limit: 5, tripId: null });
    expect(first).toBe('paris-louvre');
  });

  it('forgives a typo in the name', async () => {
    expect((await ids({ q: 'lovre', limit: 5, tripId: null }))[0]).toBe('paris-louvre');
    expect((await ids({ q: 'shinjku gyoen', limit: 5, tripId: null }))[0]).toBe(
      'tokyo-shinjuku-gyoen',
    );
  });

  it('matches local-language names with or without accents', async () => {
    expect((await ids({ q: 'museo del prado', limit: 3, tripId: null }))[0]).toBe('madrid-prado');
    expect((await ids({ q: 'prado', limit: 3, tripId: null }))[0]).toBe('madrid-prado');
    expect((await ids({ q: 'Torre de Belem', limit: 3, tripId: null }))[0]).toBe(
      'lisbon-belem-tower',
    );
    expect((await ids({ q: 'MUSEE DU LOUVRE', limit: 3, tripId: null }))[0]).toBe('paris-louvre');
  });

  it('reads "in Lisboa" as the city, in its local spelling', async () => {
    const response = await places.search({ q: 'tower in Lisboa', limit: 5, tripId: null });
    expect(response.interpreted).toMatchObject({ text: 'tower', cityId: 'lisbon' });
    expect(response.results.map((hit) => hit.id)).toEqual(['lisbon-belem-tower']);
  });

  it('lists a category near a point, nearest first, within the radius', async () => {
    const response = await places.search({
      near: { lat: 48.8606, lon: 2.3376 },
      radiusKm: 1.5,
      categories: ['park'],
      limit: 10,
      tripId: null,
    });
    expect(response.results.map((hit) => hit.id)).toEqual(['paris-tuileries']);
    expect(response.results[0]?.distanceKm).toBeLessThan(1.5);
    const wider = await ids({
      near: { lat: 48.8606, lon: 2.3376 },
      radiusKm: 3,
      categories: ['park'],
      limit: 10,
      tripId: null,
    });
    expect(wider).toEqual(['paris-tuileries', 'paris-luxembourg']);
  });

  it('keeps only places open at the asked time, read in their own time zone', async () => {
    const open = await ids({
      q: 'museum',
      cityId: 'paris',
      openAt: wednesdayEvening,
      limit: 5,
      tripId: null,
    });
    expect(open).toContain('paris-louvre');
    expect(open).not.toContain('paris-orsay');
    const closed = await ids({ q: 'louvre', openAt: tuesday, limit: 5, tripId: null });
    expect(closed).not.toContain('paris-louvre');
  });

  it('understands "ramen near shinjuku open now"', async () => {
    // Sunday 13:00 in Tokyo: Fuunji is closed on Sundays, Ichiran never closes.
    const sunday = new Date('2026-05-10T04:00:00Z');
    const service = await createPlaces({
      db: places.repository.db,
      config,
      embedder: places.embedder,
    });
    const response = await service.search({
      q: 'ramen near shinjuku open now',
      limit: 5,
      tripId: null,
    });
    expect(response.interpreted.anchor).toEqual({ text: 'shinjuku', resolvedAs: 'place' });
    expect(response.interpreted.openAt).not.toBeNull();
    const now = await places.search({
      q: 'ramen near shinjuku',
      openAt: sunday,
      limit: 5,
      tripId: null,
    });
    expect(now.results.map((hit) => hit.id)).toEqual(['tokyo-ichiran-shinjuku']);
    const anyTime = await ids({ q: 'ramen near shinjuku', limit: 5, tripId: null });
    expect(anyTime.sort()).toEqual(['tokyo-fuunji', 'tokyo-ichiran-shinjuku']);
    service.close();
  });

  it('ranks by meaning with the offline embedder when words differ from the name', async () => {
    const response = await places.search({ q: 'impressionist paintings', limit: 3, tripId: null });
    expect(response.semantic).toMatchObject({
      used: true,
      model: 'local-hash-256',
      // PGlite loads pgvector; the machine's PostgreSQL 15 has none: the in-process index.
      index: dialect === 'pglite' ? 'pgvector' : 'memory',
    });
    expect(response.results[0]?.id).toBe('paris-orsay');
    const semanticOnly = await places.search({
      q: 'boating lake',
      mode: 'semantic',
      limit: 3,
      tripId: null,
    });
    expect(semanticOnly.results[0]?.id).toBe('madrid-retiro');
  });

  it('finds nothing rather than anything for words no place has', async () => {
    expect(await ids({ q: 'xylophone factory', limit: 5, tripId: null })).toEqual([]);
  });
});
