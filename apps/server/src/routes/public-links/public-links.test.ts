import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import {
  createTrip,
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';

const details = {
  title: 'Porto long weekend',
  startDate: '2027-06-10',
  endDate: '2027-06-12',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
  destinations: [{ name: 'Porto', countryCode: 'PT' }],
};

interface PublicTripBody {
  details: { title: string; destinations: { name: string }[] };
  days: {
    date: string;
    items: { title: string; startTime?: string; place?: { name: string } }[];
  }[];
}

describe(`public read-only links (${testDialect})`, () => {
  let server: TestServer;
  let owner: SignedUp;
  let viewer: SignedUp;
  let tripId: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
    owner = await signUp(server);
    tripId = await createTrip(server, owner, details);
    const commands = await api(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
      cookie: owner.cookie,
      json: [
        {
          type: 'addItem',
          item: {
            kind: 'place',
            title: 'Livraria Lello',
            startTime: '10:00',
            notes: 'secret door code 4711',
            bookingRef: 'LELLO-99',
            cost: { amount: 1000, currency: 'EUR' },
            place: { name: 'Livraria Lello', lat: 41.1469, lon: -8.6148 },
          },
          to: '2027-06-11',
        },
        {
          type: 'addExpense',
          expense: {
            title: 'Dinner at Cantinho',
            amount: { amount: 5400, currency: 'EUR' },
            paidBy: owner.user.id,
            participants: [owner.user.id],
            split: { kind: 'equal' },
            date: '2027-06-11',
          },
        },
      ],
    });
    expect(commands.status).toBe(200);
    viewer = await signUp(server);
    const invite = await api<{ token: string }>(server, 'POST', `/api/v1/trips/${tripId}/invites`, {
      cookie: owner.cookie,
      json: { role: 'viewer' },
    });
    await api(server, 'POST', `/api/v1/invites/${invite.body.token}/accept`, {
      cookie: viewer.cookie,
    });
  }, 180_000);
  afterAll(() => server.close());

  const create = (cookie = owner.cookie) =>
    api<{ token: string; url: string }>(server, 'POST', `/api/v1/trips/${tripId}/public-link`, {
      cookie,
    });
  const read = (token: string) => api<PublicTripBody>(server, 'GET', `/api/v1/public/${token}`);

  it('shows the itinerary to someone without an account, without private details', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`/p/${created.body.token}`);
    const rows = await server.database.db
      .selectFrom('trip_public_links')
      .select('token_hash')
      .execute();
    expect(rows.map((row) => row.token_hash)).not.toContain(created.body.token);
    const response = await read(created.body.token);
    expect(response.status).toBe(200);
    expect(response.body.details.title).toBe(details.title);
    expect(response.body.days.map((day) => day.date)).toEqual([
      '2027-06-10',
      '2027-06-11',
      '2027-06-12',
    ]);
    expect(response.body.days[1]?.items[0]).toMatchObject({
      title: 'Livraria Lello',
      startTime: '10:00',
      place: { name: 'Livraria Lello' },
    });
    const text = JSON.stringify(response.body);
    for (const secret of ['4711', 'LELLO-99', 'Cantinho', owner.user.id, '@']) {
      expect(text).not.toContain(secret);
    }
  });

  it('stops the previous link when a new one is created', async () => {
    const first = await create();
    const second = await create();
    expect((await read(first.body.token)).status).toBe(404);
    expect((await read(second.body.token)).status).toBe(200);
  });

  it('answers 404 problem+json once the link is revoked', async () => {
    const created = await create();
    const revoked = await api(server, 'DELETE', `/api/v1/trips/${tripId}/public-link`, {
      cookie: owner.cookie,
    });
    expect(revoked.status).toBe(204);
    const response = await read(created.body.token);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'not_found' });
  });

  it('refuses a viewer who tries to share the trip with 403', async () => {
    const response = await create(viewer.cookie);
    expect(response.status).toBe(403);
    const revoke = await api(server, 'DELETE', `/api/v1/trips/${tripId}/public-link`, {
      cookie: viewer.cookie,
    });
    expect(revoke.status).toBe(403);
  });

  it('needs a session to create a link', async () => {
    const response = await api(server, 'POST', `/api/v1/trips/${tripId}/public-link`);
    expect(response.status).toBe(401);
  });

  it.each(['short', 'x'.repeat(43), 'not a token!'.repeat(4)])(
    'answers 404 for the unknown or malformed token %s',
    async (token) => {
      const response = await read(encodeURIComponent(token));
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'not_found' });
    },
  );
});
