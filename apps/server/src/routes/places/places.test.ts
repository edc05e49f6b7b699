import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';

interface Problem {
  code: string;
  errors?: { field: string; message: string }[];
}
interface Hit {
  id: string;
  name: string;
  tripId: string | null;
  tags: string[];
}
interface SearchBody {
  results: Hit[];
  source: string;
  degraded: boolean;
}

describe('places API', () => {
  let server: TestServer;
  let owner: SignedUp;
  let stranger: SignedUp;
  let tripId: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await signUp(server);
    stranger = await signUp(server);
    const trip = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: {
        title: 'Lisbon with friends',
        startDate: '2026-05-01',
        endDate: '2026-05-04',
        timezone: 'Europe/Lisbon',
        currency: 'EUR',
        destinations: [{ name: 'Lisbon', countryCode: 'PT' }],
      },
    });
    expect(trip.status).toBe(201);
    tripId = trip.body.id;
  }, 240_000);
  afterAll(() => server?.close());

  const search = (query: string, cookie?: string) =>
    api<SearchBody & Problem>(server, 'GET', `/api/v1/places/search?${query}`, {
      ...(cookie ? { cookie } : {}),
    });

  it('searches the seeded catalogue offline and says so', async () => {
    const response = await search('q=jeronimos');
    expect(response.status).toBe(200);
    expect(response.body.results[0]?.id).toBe('lisbon-jeronimos-monastery');
    expect(response.body).toMatchObject({ source: 'offline', degraded: false });
  });

  it('refuses bad input with a problem naming the field', async () => {
    const cases: [string, string][] = [
      ['', 'querystring.q'],
      ['q=%21%21%21', 'querystring.q'],
      [`q=${'a'.repeat(201)}`, 'querystring.q'],
      ['near=91,0', 'querystring.near'],
      ['near=lisbon', 'querystring.near'],
      ['near=38.7,-9.1&radiusKm=5000', 'querystring.radiusKm'],
      ['q=museum&radiusKm=3', 'querystring.radiusKm'],
      ['categories=spaceship', 'querystring.categories'],
      ['tags=food,teleporting', 'querystring.tags'],
      ['q=museum&limit=100000', 'querystring.limit'],
      ['q=museum&limit=abc', 'querystring.limit'],
      ['q=museum&openAt=yesterday', 'querystring.openAt'],
      ['q=museum&city=atlantis', 'querystring.city'],
      ['q=museum&tripId=not-a-trip', 'querystring.tripId'],
      ['q=museum&colour=blue', 'querystring'],
    ];
    for (const [query, field] of cases) {
      const response = await search(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type'), query).toContain('application/problem+json');
      expect(response.body.code, query).toBe('validation_failed');
      expect(response.body.errors?.[0]?.field, query).toContain(field);
    }
  });

  it('lets a member add a place that only their trip can find', async () => {
    const added = await api<Hit>(server, 'POST', `/api/v1/trips/${tripId}/places`, {
      cookie: owner.cookie,
      json: {
        name: 'Tasca da Tia Rosa',
        category: 'food',
        tags: ['food', 'local'],
        lat: 38.7139,
        lon: -9.1334,
        openingHours: 'Mo-Sa 12:00-22:00',
        description: 'Our friend’s favourite grilled sardines.',
      },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      tripId,
      name: 'Tasca da Tia Rosa',
      tags: ['food', 'local'],
    });

    const mine = await search(`q=tia%20rosa&tripId=${tripId}`, owner.cookie);
    expect(mine.body.results.map((hit) => hit.id)).toContain(added.body.id);
    // It lies in Lisbon, so a search of the city finds it too.
    const inLisbon = await search(`q=sardines&city=lisbon&tripId=${tripId}`, owner.cookie);
    expect(inLisbon.body.results.map((hit) => hit.id)).toContain(added.body.id);
    const everyone = await search('q=tia%20rosa');
    expect(everyone.body.results.map((hit) => hit.id)).not.toContain(added.body.id);
    const peeking = await search(`q=tia%20rosa&tripId=${tripId}`, stranger.cookie);
    expect(peeking.status).toBe(403);
  });

  it('refuses trip places from strangers, anonymous users and bad bodies', async () => {
    const place = { name: 'Secret bar', category: 'drink', lat: 38.71, lon: -9.14 };
    const path = `/api/v1/trips/${tripId}/places`;
    expect((await api(server, 'POST', path, { json: place })).status).toBe(401);
    expect((await api(server, 'POST', path, { cookie: stranger.cookie, json: place })).status).toBe(
      403,
    );
    const badHours = await api<Problem>(server, 'POST', path, {
      cookie: owner.cookie,
      json: { ...place, openingHours: 'whenever we feel like it' },
    });
    expect(badHours.status).toBe(400);
    expect(badHours.body.errors?.[0]?.field).toBe('body.openingHours');
    const badCategory = await api<Problem>(server, 'POST', path, {
      cookie: owner.cookie,
      json: { ...place, category: 'spaceport' },
    });
    expect(badCategory.body.errors?.[0]?.field).toBe('body.category');
    const offGlobe = await api<Problem>(server, 'POST', path, {
      cookie: owner.cookie,
      json: { ...place, lat: 123 },
    });
    expect(offGlobe.body.errors?.[0]?.field).toBe('body.lat');
  });

  it("recommends places matching the group's shared interests first", async () => {
    const response = await api<{ results: (Hit & { matchedInterests: { tag: string }[] })[] }>(
      server,
      'GET',
      `/api/v1/trips/${tripId}/recommendations?interests=history,views;history,food&limit=5`,
      { cookie: owner.cookie },
    );
    expect(response.status).toBe(200);
    expect(response.body.results.length).toBeGreaterThan(0);
    expect(response.body.results[0]?.tags).toContain('history');
    const forbidden = await api(server, 'GET', `/api/v1/trips/${tripId}/recommendations`, {
      cookie: stranger.cookie,
    });
    expect(forbidden.status).toBe(403);
  });

  it('converts money with the dated offline snapshot and names the rate used', async () => {
    const rates = await api<{ base: string; date: string; rates: Record<string, number> }>(
      server,
      'GET',
      '/api/v1/fx?base=EUR&symbols=USD,JPY',
    );
    expect(rates.status).toBe(200);
    expect(Object.keys(rates.body.rates)).toEqual(['USD', 'JPY']);
    const converted = await api<{ to: { amount: number; currency: string }; date: string }>(
      server,
      'GET',
      '/api/v1/fx/convert?amount=1000&from=EUR&to=JPY',
    );
    expect(converted.body).toMatchObject({
      to: { currency: 'JPY' },
      date: rates.body.date,
      provenance: { source: 'offline', degraded: false },
    });
    const unknown = await api<Problem>(server, 'GET', '/api/v1/fx?base=EUR&symbols=XQQ');
    expect(unknown.status).toBe(400);
    const badDate = await api<Problem>(server, 'GET', '/api/v1/fx?date=2026-13-45');
    expect(badDate.body.errors?.[0]?.field).toBe('querystring.date');
  });

  it('resolves a city by its local name or airport code', async () => {
    for (const q of ['Lisboa', 'LIS']) {
      const response = await api<{ results: { name: string; catalogueCityId: string }[] }>(
        server,
        'GET',
        `/api/v1/places/resolve?q=${q}`,
      );
      expect(response.body.results[0], q).toMatchObject({
        name: 'Lisbon',
        catalogueCityId: 'lisbon',
      });
    }
  });
});
