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
  title: 'Kyoto in autumn',
  startDate: '2026-11-10',
  endDate: '2026-11-14',
  timezone: 'Asia/Tokyo',
  currency: 'JPY',
};

interface CreatedInvite {
  id: string;
  token: string;
  url: string;
  role: string;
  status: string;
}

describe(`invite links (${testDialect})`, () => {
  let server: TestServer;
  let owner: SignedUp;
  let tripId: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
    owner = await signUp(server);
    tripId = await createTrip(server, owner, details);
  }, 180_000);
  afterAll(() => server.close());

  const invite = async (body: object = { role: 'viewer' }) =>
    api<CreatedInvite>(server, 'POST', `/api/v1/trips/${tripId}/invites`, {
      cookie: owner.cookie,
      json: body,
    });
  const accept = (token: string, cookie: string) =>
    api(server, 'POST', `/api/v1/invites/${token}/accept`, { cookie });
  const memberCount = async () =>
    (
      await api<{ members: unknown[] }>(server, 'GET', `/api/v1/trips/${tripId}/members`, {
        cookie: owner.cookie,
      })
    ).body.members.length;

  it('shows the token once, stores only its hash, and lists the invite without it', async () => {
    const created = await invite({ role: 'editor', expiresInHours: 24 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'editor', status: 'active' });
    expect(created.body.url).toContain(`/invite/${created.body.token}`);
    const rows = await server.database.db.selectFrom('trip_invites').select('token_hash').execute();
    expect(rows.map((row) => row.token_hash)).not.toContain(created.body.token);
    const list = await api(server, 'GET', `/api/v1/trips/${tripId}/invites`, {
      cookie: owner.cookie,
    });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
  });

  it('previews an invite and joins the trip with its role', async () => {
    const created = await invite({ role: 'editor' });
    const preview = await api(server, 'GET', `/api/v1/invites/${created.body.token}`);
    expect(preview.body).toMatchObject({ tripId, tripTitle: details.title, role: 'editor' });
    const guest = await signUp(server);
    const accepted = await accept(created.body.token, guest.cookie);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ tripId, role: 'editor' });
  });

  it('refuses a reused token with 410 invite_used and adds nobody', async () => {
    const created = await invite();
    await accept(created.body.token, (await signUp(server)).cookie);
    const before = await memberCount();
    const second = await accept(created.body.token, (await signUp(server)).cookie);
    expect(second.status).toBe(410);
    expect(second.body.code).toBe('invite_used');
    expect(await memberCount()).toBe(before);
  });

  it('refuses an expired token with 410 invite_expired', async () => {
    const created = await invite();
    await server.database.db
      .updateTable('trip_invites')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', created.body.id)
      .execute();
    const before = await memberCount();
    const response = await accept(created.body.token, (await signUp(server)).cookie);
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('invite_expired');
    expect(await memberCount()).toBe(before);
  });

  it('refuses a revoked token with 410 invite_revoked', async () => {
    const created = await invite();
    const revoked = await api(
      server,
      'DELETE',
      `/api/v1/trips/${tripId}/invites/${created.body.id}`,
      {
        cookie: owner.cookie,
      },
    );
    expect(revoked.status).toBe(204);
    const response = await accept(created.body.token, (await signUp(server)).cookie);
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('invite_revoked');
  });

  it('answers an unknown token with 404 and needs a session to accept', async () => {
    const guest = await signUp(server);
    const unknown = await accept('x'.repeat(43), guest.cookie);
    expect(unknown.status).toBe(404);
    const created = await invite();
    const anonymous = await api(server, 'POST', `/api/v1/invites/${created.body.token}/accept`);
    expect(anonymous.status).toBe(401);
  });

  it('lets only one of two simultaneous guests use a link', async () => {
    const created = await invite();
    const [first, second] = await Promise.all([
      accept(created.body.token, (await signUp(server)).cookie),
      accept(created.body.token, (await signUp(server)).cookie),
    ]);
    expect([first?.status, second?.status].sort()).toEqual([200, 410]);
  });

  it.each([
    [{ role: 'owner' }, 'body.role'],
    [{ role: 'viewer', expiresInHours: 0 }, 'body.expiresInHours'],
    [{ role: 'viewer', expiresInHours: 1.5 }, 'body.expiresInHours'],
    [{ role: 'viewer', extra: true }, 'body.extra'],
  ])('refuses an invite with bad input %j', async (body, field) => {
    const response = await invite(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });
});
