import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';

const valid = {
  title: 'Porto',
  startDate: '2026-06-10',
  endDate: '2026-06-12',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
};

interface Problem {
  status: number;
  code: string;
  detail?: string;
  errors?: { field?: string; message: string }[];
}

describe(`the API refuses bad input and leaves data unchanged (${testDialect})`, () => {
  let server: TestServer;
  let user: SignedUp;
  let tripId: string;
  beforeAll(async () => {
    server = await startTestServer({
      env: { BODY_LIMIT_BYTES: '4096', PLACES_SEED_CATALOGUE: 'false' },
    });
    user = await signUp(server);
    const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: user.cookie,
      json: valid,
    });
    tripId = created.body.id;
  }, 180_000);
  afterAll(() => server.close());

  const tripCount = async () =>
    (await api<{ total: number }>(server, 'GET', '/api/v1/trips', { cookie: user.cookie })).body
      .total;
  const tripNow = async () =>
    (await api(server, 'GET', `/api/v1/trips/${tripId}`, { cookie: user.cookie })).body;

  it('answers malformed JSON with 400 malformed_json', async () => {
    const before = await tripCount();
    const response = await api<Problem>(server, 'POST', '/api/v1/trips', {
      cookie: user.cookie,
      raw: '{"title": "Porto",',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    expect(response.body.code).toBe('malformed_json');
    expect(await tripCount()).toBe(before);
  });

  it.each([
    ['a wrong type', { ...valid, title: 42 }, 'body.title'],
    ['a missing field', { ...valid, currency: undefined }, 'body.currency'],
    ['an unknown field', { ...valid, nickname: 'Porto!' }, 'body.nickname'],
    ['a budget that is not money', { ...valid, budget: 100 }, 'body.budget'],
    [
      'a negative budget',
      { ...valid, budget: { amount: -500, currency: 'EUR' } },
      'body.budget.amount',
    ],
    ['an impossible date', { ...valid, startDate: '2026-02-30' }, 'body.startDate'],
    ['a date in another format', { ...valid, endDate: '12/06/2026' }, 'body.endDate'],
    ['an end before the start', { ...valid, endDate: '2026-06-01' }, 'body.endDate'],
    ['an unknown time zone', { ...valid, timezone: 'Mars/Olympus' }, 'body.timezone'],
    ['a lowercase currency', { ...valid, currency: 'eur' }, 'body.currency'],
  ])('refuses a new trip with %s, naming the field', async (_case, body, field) => {
    const before = await tripCount();
    const response = await api<Problem>(server, 'POST', '/api/v1/trips', {
      cookie: user.cookie,
      json: body,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
    expect(await tripCount()).toBe(before);
  });

  it('refuses a body over the size limit with 413', async () => {
    const before = await tripCount();
    const response = await api<Problem>(server, 'POST', '/api/v1/trips', {
      cookie: user.cookie,
      json: { ...valid, title: 'x'.repeat(10_000) },
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
    expect(await tripCount()).toBe(before);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await api<Problem>(server, 'POST', '/api/v1/trips', {
      cookie: user.cookie,
      raw: 'title=Porto',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('unsupported_media_type');
  });

  it.each([
    ['an unknown field', { colour: 'blue' }],
    ['a wrong type', { endDate: 20260615 }],
    ['a bad date', { startDate: '2026-13-01' }],
    ['an end before the start', { startDate: '2026-06-11', endDate: '2026-06-10' }],
    ['JSON that is not an object', [1, 2, 3]],
  ])('refuses a patch with %s and keeps the trip as it was', async (_case, body) => {
    const before = await tripNow();
    const response = await api<Problem>(server, 'PATCH', `/api/v1/trips/${tripId}`, {
      cookie: user.cookie,
      json: body,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await tripNow()).toEqual(before);
  });

  it('refuses a patch that moves the start past the saved end (4xx, trip unchanged)', async () => {
    const before = await tripNow();
    const response = await api<Problem>(server, 'PATCH', `/api/v1/trips/${tripId}`, {
      cookie: user.cookie,
      json: { startDate: '2026-07-01' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await tripNow()).toEqual(before);
  });

  it('refuses negative or fractional minor units in trip content', async () => {
    const before = await tripNow();
    for (const amount of [-500, 12.5]) {
      const response = await api<Problem>(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
        cookie: user.cookie,
        json: {
          type: 'addItem',
          to: 'ideas',
          item: { kind: 'activity', title: 'Boat tour', cost: { amount, currency: 'EUR' } },
        },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(response.body), JSON.stringify(response.body)).toMatch(/amount/);
    }
    expect(await tripNow()).toEqual(before);
  });

  it('refuses unknown query parameters and bad paging', async () => {
    for (const query of ['?limit=0', '?limit=abc', '?offset=-1', '?sort=name']) {
      const response = await api<Problem>(server, 'GET', `/api/v1/trips${query}`, {
        cookie: user.cookie,
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await api<Problem>(server, 'GET', '/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });
});
