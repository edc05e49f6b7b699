import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';

const lisbon = {
  title: 'Lisbon long weekend',
  startDate: '2026-05-01',
  endDate: '2026-05-04',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
};

interface Trip {
  id: string;
  role: string;
  title: string;
  startDate: string;
  endDate: string;
  budget?: unknown;
  snapshot: { days: { date: string }[]; details: { budget?: unknown } };
}

describe(`trips (${testDialect})`, () => {
  let server: TestServer;
  let owner: SignedUp;
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
    owner = await signUp(server, { name: 'Owner' });
  }, 180_000);
  afterAll(() => server.close());

  const createTrip = async (body: object = lisbon, cookie = owner.cookie) =>
    api<Trip>(server, 'POST', '/api/v1/trips', { cookie, json: body });

  it('creates a trip with its days and makes the creator its owner', async () => {
    const created = await createTrip();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...lisbon, role: 'owner' });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.snapshot.days.map((day) => day.date)).toEqual([
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
    ]);
    const fetched = await api<Trip>(server, 'GET', `/api/v1/trips/${created.body.id}`, {
      cookie: owner.cookie,
    });
    expect(fetched.body).toMatchObject({ id: created.body.id, title: lisbon.title });
  });

  it('lists only my trips', async () => {
    const mine = await signUp(server);
    const other = await signUp(server);
    await createTrip({ ...lisbon, title: 'Mine' }, mine.cookie);
    await createTrip({ ...lisbon, title: 'Theirs' }, other.cookie);
    const list = await api<{ trips: { title: string; role: string }[]; total: number }>(
      server,
      'GET',
      '/api/v1/trips',
      { cookie: mine.cookie },
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.trips).toEqual([expect.objectContaining({ title: 'Mine', role: 'owner' })]);
  });

  it('patches any subset of the details and the days follow the dates', async () => {
    const { body: trip } = await createTrip();
    const patched = await api<Trip>(server, 'PATCH', `/api/v1/trips/${trip.id}`, {
      cookie: owner.cookie,
      json: { title: 'Lisbon and Sintra', endDate: '2026-05-05' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Lisbon and Sintra', endDate: '2026-05-05' });
    expect(patched.body.snapshot.days).toHaveLength(5);
    const fetched = await api<Trip>(server, 'GET', `/api/v1/trips/${trip.id}`, {
      cookie: owner.cookie,
    });
    expect(fetched.body.title).toBe('Lisbon and Sintra');
  });

  it('keeps a budget for the trip, changes it and removes it', async () => {
    const budget = { amount: 120_000, currency: 'EUR' };
    const { body: trip } = await createTrip({ ...lisbon, budget });
    expect(trip.snapshot.details.budget).toEqual(budget);
    expect(trip.budget).toEqual(budget);
    const patch = (json: object) =>
      api<Trip>(server, 'PATCH', `/api/v1/trips/${trip.id}`, { cookie: owner.cookie, json });
    expect((await patch({ title: 'Lisbon, slowly' })).body.snapshot.details.budget).toEqual(budget);
    const lower = { amount: 90_000, currency: 'EUR' };
    expect((await patch({ budget: lower })).body.snapshot.details.budget).toEqual(lower);
    const removed = await patch({ budget: null });
    expect(removed.status).toBe(200);
    expect(removed.body.snapshot.details).not.toHaveProperty('budget');
  });

  it('deletes a trip for everyone (owner only)', async () => {
    const { body: trip } = await createTrip();
    const deleted = await api(server, 'DELETE', `/api/v1/trips/${trip.id}`, {
      cookie: owner.cookie,
    });
    expect(deleted.status).toBe(204);
    const after = await api(server, 'GET', `/api/v1/trips/${trip.id}`, { cookie: owner.cookie });
    expect(after.status).toBe(404);
    const again = await api(server, 'DELETE', `/api/v1/trips/${trip.id}`, {
      cookie: owner.cookie,
    });
    expect(again.status).toBe(404);
  });

  it('needs a session: 401 problem+json without one', async () => {
    const response = await fetch(`${server.url}/api/v1/trips`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it("gives a trip's title and dates alone to its members, and to no one else", async () => {
    const { body: trip } = await createTrip({ ...lisbon, title: 'Lisbon, briefly' });
    const summary = await api(server, 'GET', `/api/v1/trips/${trip.id}/summary`, {
      cookie: owner.cookie,
    });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      id: trip.id,
      role: 'owner',
      title: 'Lisbon, briefly',
      startDate: lisbon.startDate,
      endDate: lisbon.endDate,
    });
    expect(summary.body).not.toHaveProperty('snapshot');
    const stranger = await signUp(server);
    const refused = await api(server, 'GET', `/api/v1/trips/${trip.id}/summary`, {
      cookie: stranger.cookie,
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Lisbon, briefly');
    const unknown = await api(
      server,
      'GET',
      '/api/v1/trips/00000000-0000-4000-8000-000000000000/summary',
      { cookie: owner.cookie },
    );
    expect(unknown.status).toBe(404);
    expect((await api(server, 'GET', `/api/v1/trips/${trip.id}/summary`, {})).status).toBe(401);
  });

  it("keeps strangers out: 403 on someone else's trip, 404 on an unknown one", async () => {
    const { body: trip } = await createTrip();
    const stranger = await signUp(server);
    const get = await api(server, 'GET', `/api/v1/trips/${trip.id}`, { cookie: stranger.cookie });
    expect(get.status).toBe(403);
    expect(get.body.code).toBe('forbidden');
    const patch = await api(server, 'PATCH', `/api/v1/trips/${trip.id}`, {
      cookie: stranger.cookie,
      json: { title: 'Hijacked' },
    });
    expect(patch.status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [unknown, 'not-a-uuid', "1' or '1'='1"]) {
      const response = await api(server, 'GET', `/api/v1/trips/${encodeURIComponent(id)}`, {
        cookie: owner.cookie,
      });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const unchanged = await api<Trip>(server, 'GET', `/api/v1/trips/${trip.id}`, {
      cookie: owner.cookie,
    });
    expect(unchanged.body.title).toBe(lisbon.title);
  });
});
