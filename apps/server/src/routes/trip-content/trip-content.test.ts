import type { TripSnapshot } from '@caravan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';
import {
  connectClient,
  eventually,
  synced,
  type TestClient,
} from '../../collab/testing/clients.js';

const details = {
  title: 'Porto food tour',
  startDate: '2027-06-10',
  endDate: '2027-06-12',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
};

describe('trip content over REST', () => {
  let server: TestServer;
  let owner: SignedUp;
  let viewer: SignedUp;
  let stranger: SignedUp;
  let tripId: string;
  const clients: TestClient[] = [];

  const join = async (user: SignedUp, role: 'editor' | 'viewer') => {
    const invite = await api<{ token: string }>(server, 'POST', `/api/v1/trips/${tripId}/invites`, {
      cookie: owner.cookie,
      json: { role },
    });
    const accepted = await api(server, 'POST', `/api/v1/invites/${invite.body.token}/accept`, {
      cookie: user.cookie,
    });
    expect(accepted.status).toBeLessThan(300);
  };
  const document = async () =>
    (
      await api<TripSnapshot>(server, 'GET', `/api/v1/trips/${tripId}/document`, {
        cookie: owner.cookie,
      })
    ).body;

  beforeAll(async () => {
    server = await startTestServer();
    [owner, viewer, stranger] = await Promise.all([signUp(server), signUp(server), signUp(server)]);
    const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: details,
    });
    tripId = created.body.id;
    await join(viewer, 'viewer');
  });
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await server.close();
  });

  it('applies a command through the live document so a connected editor sees it', async () => {
    const client = connectClient(server.wsUrl, tripId, owner.cookie);
    clients.push(client);
    await synced(client);
    const response = await api<{
      results: { type: string; id?: string }[];
      snapshot: TripSnapshot;
    }>(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
      cookie: owner.cookie,
      json: {
        type: 'addItem',
        item: { kind: 'activity', title: 'Port tasting' },
        to: '2027-06-11',
      },
    });
    expect(response.status).toBe(200);
    const id = response.body.results[0]?.id;
    expect(response.body.snapshot.days[1]?.items.map((item) => item.id)).toEqual([id]);
    await eventually(() =>
      expect(client.snapshot().days[1]?.items.map((item) => item.title)).toEqual(['Port tasting']),
    );
    expect((await document()).days[1]?.items[0]?.id).toBe(id);
  });

  it('applies a batch all or nothing and names the command that was refused', async () => {
    const before = await document();
    const response = await api(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
      cookie: owner.cookie,
      json: [
        { type: 'addItem', item: { kind: 'note', title: 'Would be lost' }, to: 'ideas' },
        { type: 'deleteItem', itemId: 'no-such-item' },
      ],
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'item_not_found' });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await document()).toEqual(before);
  });

  it('rejects malformed commands with a 400 naming the field', async () => {
    const response = await api<{ errors: { field: string }[] }>(
      server,
      'POST',
      `/api/v1/trips/${tripId}/commands`,
      {
        cookie: owner.cookie,
        json: { type: 'addItem', item: { kind: 'note', title: '' }, to: 'ideas' },
      },
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('title');
  });

  it('lets viewers read but not change, and keeps strangers and signed-out callers out', async () => {
    const command = { type: 'addItem', item: { kind: 'note', title: 'x' }, to: 'ideas' };
    const path = `/api/v1/trips/${tripId}/commands`;
    expect((await api(server, 'POST', path, { cookie: viewer.cookie, json: command })).status).toBe(
      403,
    );
    expect(
      (await api(server, 'POST', path, { cookie: stranger.cookie, json: command })).status,
    ).toBe(403);
    expect((await api(server, 'POST', path, { json: command })).status).toBe(401);
    const read = await api(server, 'GET', `/api/v1/trips/${tripId}/document`, {
      cookie: viewer.cookie,
    });
    expect(read.status).toBe(200);
    const unknown = await api(
      server,
      'GET',
      '/api/v1/trips/8d0f4a52-3a7e-4b1b-9a53-0d8c2a0e5d11/document',
      {
        cookie: owner.cookie,
      },
    );
    expect(unknown.status).toBe(404);
  });
});
