import { randomUUID } from 'node:crypto';
import type { CommandInput } from '@caravan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  eventually,
  synced,
  webSocketWithCookie,
  type TestClient,
} from './testing/clients.js';
import { startCollabHarness, type CollabHarness, type TestUser } from './testing/harness.js';

const note = (title: string): CommandInput => ({
  type: 'addItem',
  item: { kind: 'note', title },
  to: 'ideas',
});

const ideaTitles = (client: TestClient) =>
  client
    .snapshot()
    .ideas.map((idea) => idea.title)
    .sort();

describe('the sync server', () => {
  let harness: CollabHarness;
  let owner: TestUser;
  const clients: TestClient[] = [];
  const connect = (tripId: string, cookie: string | undefined) => {
    const client = connectClient(harness.url, tripId, cookie);
    clients.push(client);
    return client;
  };
  const firstClose = (client: TestClient) =>
    eventually(() => {
      const code = client.closes[0];
      if (code === undefined) throw new Error('still open');
      return code;
    });

  beforeAll(async () => {
    harness = await startCollabHarness({ maxPayloadBytes: 64 * 1024 });
    owner = await harness.createUser();
  });
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await harness.close();
  });

  it('lets two editors edit at once and brings both to the same trip', async () => {
    const tripId = await harness.createTrip(owner);
    const editor = await harness.createUser();
    await harness.setRole(tripId, editor, 'editor');
    const a = connect(tripId, owner.cookie);
    const b = connect(tripId, editor.cookie);
    await Promise.all([synced(a), synced(b)]);
    for (let i = 0; i < 5; i += 1) {
      a.apply(owner.id, note(`from owner ${i}`));
      b.apply(editor.id, note(`from editor ${i}`));
    }
    await eventually(() => {
      expect(a.snapshot().ideas).toHaveLength(10);
      expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    });
    expect(ideaTitles(a)).toEqual(ideaTitles(b));
    // The projection follows within a second.
    await eventually(async () => {
      expect((await harness.collab.documents.read(tripId))?.ideas).toHaveLength(10);
    });
  });

  it('shares presence between the members connected to a trip', async () => {
    const tripId = await harness.createTrip(owner);
    const a = connect(tripId, owner.cookie);
    const b = connect(tripId, owner.cookie);
    await Promise.all([synced(a), synced(b)]);
    a.provider.setAwarenessField('user', { name: 'Ana' });
    await eventually(() => {
      const names = [...(b.provider.awareness?.getStates().values() ?? [])].map(
        (state) => (state as { user?: { name?: string } }).user?.name,
      );
      expect(names).toContain('Ana');
    });
  });

  it("refuses a viewer's edit and leaves the trip unchanged", async () => {
    const tripId = await harness.createTrip(owner);
    const viewer = await harness.createUser();
    await harness.setRole(tripId, viewer, 'viewer');
    const watcher = connect(tripId, owner.cookie);
    const v = connect(tripId, viewer.cookie);
    await Promise.all([synced(watcher), synced(v)]);
    expect(v.provider.authorizedScope).toBe('readonly');
    v.apply(viewer.id, note('sneaky'));
    // An edit by the owner afterwards arrives; the viewer's never does.
    watcher.apply(owner.id, note('legit'));
    await eventually(() => expect(ideaTitles(v)).toEqual(['legit', 'sneaky']));
    await eventually(async () => {
      expect((await harness.collab.documents.read(tripId))?.ideas.map((i) => i.title)).toEqual([
        'legit',
      ]);
    });
    expect(ideaTitles(watcher)).toEqual(['legit']);
  });

  it('disconnects a removed member within a second with 4403', async () => {
    const tripId = await harness.createTrip(owner);
    const editor = await harness.createUser();
    await harness.setRole(tripId, editor, 'editor');
    const client = connect(tripId, editor.cookie);
    await synced(client);
    await harness.setRole(tripId, editor, null);
    expect(await eventually(() => firstClose(client), 1000)).toBe(4403);
  });

  it('stops a downgraded editor from editing at once and asks them to reconnect', async () => {
    const tripId = await harness.createTrip(owner);
    const editor = await harness.createUser();
    await harness.setRole(tripId, editor, 'editor');
    const client = connect(tripId, editor.cookie);
    await synced(client);
    await harness.setRole(tripId, editor, 'viewer');
    expect(await firstClose(client)).toBe(4205);
  });

  it('disconnects the sockets of a revoked session with 4401', async () => {
    const tripId = await harness.createTrip(owner);
    const member = await harness.createUser();
    await harness.setRole(tripId, member, 'editor');
    const client = connect(tripId, member.cookie);
    await synced(client);
    const [session] = await harness.sessions.list(member.id);
    await harness.sessions.revoke(member.id, session?.id ?? '');
    expect(await firstClose(client)).toBe(4401);
  });

  it('closes with 4401 without a valid session, 4403 for non-members, 4404 for unknown trips', async () => {
    const tripId = await harness.createTrip(owner);
    const stranger = await harness.createUser();
    const cases: [string, string | undefined, number][] = [
      [tripId, undefined, 4401],
      [tripId, 'caravan_session=not-a-real-token-at-all', 4401],
      [tripId, stranger.cookie, 4403],
      [randomUUID(), owner.cookie, 4404],
      ['not-a-uuid', owner.cookie, 4404],
    ];
    for (const [name, cookie, code] of cases) {
      expect(await firstClose(connect(name, cookie))).toBe(code);
    }
  });

  it('closes a connection that sends garbage or an oversized frame and keeps the trip intact', async () => {
    const tripId = await harness.createTrip(owner);
    const client = connect(tripId, owner.cookie);
    await synced(client);
    client.apply(owner.id, note('keep me'));
    const before = await eventually(async () => {
      const projection = await harness.collab.documents.read(tripId);
      expect(projection?.ideas.map((idea) => idea.title)).toEqual(['keep me']);
      return projection;
    });

    const send = async (frame: Uint8Array) => {
      const Socket = webSocketWithCookie(owner.cookie);
      const ws = new Socket(harness.url);
      const code = new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
      await new Promise((resolve) => ws.once('open', resolve));
      ws.send(frame);
      return code;
    };
    expect(await send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(1007);
    expect(await send(new Uint8Array(128 * 1024).fill(7))).toBe(1009);

    const fresh = connect(tripId, owner.cookie);
    await synced(fresh);
    expect(ideaTitles(fresh)).toEqual(['keep me']);
    expect(await harness.collab.documents.read(tripId)).toEqual(before);
  });

  it('shows a command applied through the server to connected editors at once', async () => {
    const tripId = await harness.createTrip(owner);
    const client = connect(tripId, owner.cookie);
    await synced(client);
    const result = await harness.collab.documents.apply(tripId, owner.id, [
      note('via REST 1'),
      note('via REST 2'),
    ]);
    expect(result.results.map((r) => r.type)).toEqual(['addItem', 'addItem']);
    await eventually(() => expect(ideaTitles(client)).toEqual(['via REST 1', 'via REST 2']));
    expect(await harness.collab.documents.read(tripId)).toEqual(result.snapshot);
  });

  it('applies a batch of commands all or nothing', async () => {
    const tripId = await harness.createTrip(owner);
    await expect(
      harness.collab.documents.apply(tripId, owner.id, [
        note('first'),
        { type: 'deleteItem', itemId: 'missing' },
      ]),
    ).rejects.toMatchObject({ name: 'CommandError' });
    expect((await harness.collab.documents.read(tripId))?.ideas).toEqual([]);
  });
});
