import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent } from '../../bus/index.js';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import { signUp, startTestServer, type TestServer } from '../../../test/support/server.js';

const details = {
  title: 'Road trip',
  startDate: '2026-08-01',
  endDate: '2026-08-03',
  timezone: 'Europe/Madrid',
  currency: 'EUR',
};

interface Members {
  members: { userId: string; role: string }[];
}

describe(`trip members and roles (${testDialect})`, () => {
  let server: TestServer;
  const events: BusEvent[] = [];
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
    server.running.bus.subscribe((event) => void events.push(event));
  }, 180_000);
  afterAll(() => server.close());

  /** A trip owned by a new user, with an editor and a viewer who joined by invite. */
  async function tripWithMembers() {
    const owner = await signUp(server, { name: 'Owner' });
    const editor = await signUp(server, { name: 'Editor' });
    const viewer = await signUp(server, { name: 'Viewer' });
    const trip = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: details,
    });
    const tripId = trip.body.id;
    for (const [member, role] of [
      [editor, 'editor'],
      [viewer, 'viewer'],
    ] as const) {
      const invite = await api<{ token: string }>(
        server,
        'POST',
        `/api/v1/trips/${tripId}/invites`,
        {
          cookie: owner.cookie,
          json: { role },
        },
      );
      const accepted = await api(server, 'POST', `/api/v1/invites/${invite.body.token}/accept`, {
        cookie: member.cookie,
      });
      expect(accepted.body).toEqual({ tripId, role });
    }
    return { tripId, owner, editor, viewer };
  }

  const roles = async (tripId: string, cookie: string) => {
    const list = await api<Members>(server, 'GET', `/api/v1/trips/${tripId}/members`, { cookie });
    return Object.fromEntries(list.body.members.map((m) => [m.userId, m.role]));
  };
  const title = async (tripId: string, cookie: string) =>
    (await api<{ title: string }>(server, 'GET', `/api/v1/trips/${tripId}`, { cookie })).body.title;

  it('lets every member read, editors edit, and viewers only read', async () => {
    const { tripId, owner, editor, viewer } = await tripWithMembers();
    expect(await roles(tripId, viewer.cookie)).toEqual({
      [owner.user.id]: 'owner',
      [editor.user.id]: 'editor',
      [viewer.user.id]: 'viewer',
    });
    const byEditor = await api(server, 'PATCH', `/api/v1/trips/${tripId}`, {
      cookie: editor.cookie,
      json: { title: 'Edited by the editor' },
    });
    expect(byEditor.status).toBe(200);
    const byViewer = await api(server, 'PATCH', `/api/v1/trips/${tripId}`, {
      cookie: viewer.cookie,
      json: { title: 'Edited by the viewer' },
    });
    expect(byViewer.status).toBe(403);
    expect(await title(tripId, viewer.cookie)).toBe('Edited by the editor');
  });

  it('lets only the owner change roles, remove members or delete the trip', async () => {
    const { tripId, editor, viewer } = await tripWithMembers();
    const attempts = [
      api(server, 'PATCH', `/api/v1/trips/${tripId}/members/${viewer.user.id}`, {
        cookie: editor.cookie,
        json: { role: 'editor' },
      }),
      api(server, 'DELETE', `/api/v1/trips/${tripId}/members/${viewer.user.id}`, {
        cookie: editor.cookie,
      }),
      api(server, 'DELETE', `/api/v1/trips/${tripId}`, { cookie: editor.cookie }),
      api(server, 'POST', `/api/v1/trips/${tripId}/invites`, {
        cookie: viewer.cookie,
        json: { role: 'editor' },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    expect((await roles(tripId, editor.cookie))[viewer.user.id]).toBe('viewer');
  });

  it('changes a role and announces it on the bus', async () => {
    const { tripId, owner, viewer } = await tripWithMembers();
    const changed = await api(
      server,
      'PATCH',
      `/api/v1/trips/${tripId}/members/${viewer.user.id}`,
      {
        cookie: owner.cookie,
        json: { role: 'editor' },
      },
    );
    expect(changed.status).toBe(200);
    expect((await roles(tripId, owner.cookie))[viewer.user.id]).toBe('editor');
    expect(events).toContainEqual({
      type: 'membership.changed',
      tripId,
      userId: viewer.user.id,
      role: 'editor',
    });
    const toOwner = await api(
      server,
      'PATCH',
      `/api/v1/trips/${tripId}/members/${viewer.user.id}`,
      {
        cookie: owner.cookie,
        json: { role: 'owner' },
      },
    );
    expect(toOwner.status).toBe(400);
  });

  it('removes a member: they lose access at once and the bus hears it', async () => {
    const { tripId, owner, editor } = await tripWithMembers();
    const removed = await api(
      server,
      'DELETE',
      `/api/v1/trips/${tripId}/members/${editor.user.id}`,
      {
        cookie: owner.cookie,
      },
    );
    expect(removed.status).toBe(204);
    expect(events).toContainEqual({
      type: 'membership.changed',
      tripId,
      userId: editor.user.id,
      role: null,
    });
    const after = await api(server, 'GET', `/api/v1/trips/${tripId}`, { cookie: editor.cookie });
    expect(after.status).toBe(403);
    const self = await api(server, 'DELETE', `/api/v1/trips/${tripId}/members/${owner.user.id}`, {
      cookie: owner.cookie,
    });
    expect(self.status).toBe(409);
  });

  it('lets members leave, but not the owner before handing over', async () => {
    const { tripId, owner, viewer } = await tripWithMembers();
    const left = await api(server, 'POST', `/api/v1/trips/${tripId}/leave`, {
      cookie: viewer.cookie,
    });
    expect(left.status).toBe(204);
    expect(Object.keys(await roles(tripId, owner.cookie))).not.toContain(viewer.user.id);
    const ownerLeaves = await api(server, 'POST', `/api/v1/trips/${tripId}/leave`, {
      cookie: owner.cookie,
    });
    expect(ownerLeaves.status).toBe(409);
  });

  it('transfers ownership to a member; the old owner becomes an editor', async () => {
    const { tripId, owner, editor, viewer } = await tripWithMembers();
    const stranger = await signUp(server);
    const toStranger = await api(server, 'POST', `/api/v1/trips/${tripId}/transfer-ownership`, {
      cookie: owner.cookie,
      json: { userId: stranger.user.id },
    });
    expect(toStranger.status).toBe(404);
    const transferred = await api(server, 'POST', `/api/v1/trips/${tripId}/transfer-ownership`, {
      cookie: owner.cookie,
      json: { userId: editor.user.id },
    });
    expect(transferred.status).toBe(200);
    expect(await roles(tripId, viewer.cookie)).toMatchObject({
      [editor.user.id]: 'owner',
      [owner.user.id]: 'editor',
    });
    const oldOwnerDeletes = await api(server, 'DELETE', `/api/v1/trips/${tripId}`, {
      cookie: owner.cookie,
    });
    expect(oldOwnerDeletes.status).toBe(403);
    const oldOwnerLeaves = await api(server, 'POST', `/api/v1/trips/${tripId}/leave`, {
      cookie: owner.cookie,
    });
    expect(oldOwnerLeaves.status).toBe(204);
  });

  it('announces a deleted trip and its members lose it from their lists', async () => {
    const { tripId, owner, viewer } = await tripWithMembers();
    const deleted = await api(server, 'DELETE', `/api/v1/trips/${tripId}`, {
      cookie: owner.cookie,
    });
    expect(deleted.status).toBe(204);
    expect(events).toContainEqual({ type: 'trip.deleted', tripId });
    const list = await api<{ trips: { id: string }[] }>(server, 'GET', '/api/v1/trips', {
      cookie: viewer.cookie,
    });
    expect(list.body.trips.map((trip) => trip.id)).not.toContain(tripId);
  });

  it('refuses bad member requests with 4xx', async () => {
    const { tripId, owner, viewer } = await tripWithMembers();
    const cases = [
      api(server, 'PATCH', `/api/v1/trips/${tripId}/members/${viewer.user.id}`, {
        cookie: owner.cookie,
        json: { role: 'admin' },
      }),
      api(server, 'PATCH', `/api/v1/trips/${tripId}/members/not-a-user`, {
        cookie: owner.cookie,
        json: { role: 'viewer' },
      }),
      api(server, 'POST', `/api/v1/trips/${tripId}/transfer-ownership`, {
        cookie: owner.cookie,
        json: { userId: 'nobody' },
      }),
    ];
    const statuses = (await Promise.all(cases)).map((response) => response.status);
    expect(statuses).toEqual([400, 404, 400]);
    expect((await roles(tripId, owner.cookie))[viewer.user.id]).toBe('viewer');
  });
});
