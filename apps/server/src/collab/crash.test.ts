import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { applyCommand, readTripSnapshot, type TripSnapshot } from '@caravan/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../../test/support/http.js';
import { signUp } from '../../test/support/server.js';
import { eventually, webSocketWithCookie } from './testing/clients.js';
import { startServerChild, type ServerChild } from './testing/server-child.js';

const databaseUrl = process.env.TEST_DATABASE_URL;

interface StormClient {
  socket: HocuspocusProviderWebsocket;
  provider: HocuspocusProvider;
  made: string[];
  acked: number;
}

function connect(url: string, tripId: string, cookie: string, doc?: Y.Doc) {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: webSocketWithCookie(cookie),
    delay: 200,
    minDelay: 200,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: tripId,
    ...(doc ? { document: doc } : {}),
  });
  provider.attach();
  return { socket, provider };
}

const titles = (snapshot: TripSnapshot) => snapshot.ideas.map((idea) => idea.title);

describe(`a server killed during a storm of edits (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  const env: Record<string, string> = {};
  let dataDir: string | undefined;
  let schema: string | undefined;
  let server: ServerChild | undefined;

  beforeAll(async () => {
    if (databaseUrl) {
      schema = `crash_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`create schema "${schema}"`);
      await client.end();
      Object.assign(env, { CRASH_DATABASE_URL: databaseUrl, CRASH_SCHEMA: schema });
    } else {
      dataDir = await mkdtemp(path.join(tmpdir(), 'caravan-crash-'));
      env.CRASH_DATA_DIR = dataDir;
    }
  });
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (databaseUrl && schema) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema "${schema}" cascade`);
      await client.end();
    }
  });

  it('keeps every acknowledged update, and the clients reconnect and converge', async () => {
    server = await startServerChild(env);
    const owner = await signUp(server);
    const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: {
        title: 'Storm',
        startDate: '2027-01-01',
        endDate: '2027-01-02',
        timezone: 'UTC',
        currency: 'EUR',
      },
    });
    const tripId = created.body.id;
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/collab`;

    const clients: StormClient[] = [0, 1, 2].map(() => ({
      ...connect(wsUrl, tripId, owner.cookie),
      made: [],
      acked: 0,
    }));
    await eventually(() => {
      if (!clients.every((client) => client.provider.isSynced)) throw new Error('not synced');
    }, 30_000);
    for (const client of clients) {
      // Zero unsynced changes means the server acknowledged every edit made so far.
      client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        if (number === 0) client.acked = client.made.length;
      });
    }

    let storming = true;
    const storms = clients.map(async (client, index) => {
      while (storming) {
        const title = `client ${index} edit ${client.made.length}`;
        client.made.push(title);
        applyCommand(
          client.provider.document,
          { type: 'addItem', item: { kind: 'note', title }, to: 'ideas' },
          { actorId: owner.user.id },
        );
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
    });
    await eventually(() => {
      if (clients.some((client) => client.acked < 30)) throw new Error('storm still warming up');
    }, 60_000);
    await server.crash();
    storming = false;
    await Promise.all(storms);

    const acknowledged = clients.flatMap((client) => client.made.slice(0, client.acked));
    const everything = clients.flatMap((client) => client.made);
    // The clients' documents survive the crash; their providers are replaced on restart.
    const states = clients.map((client) => Y.encodeStateAsUpdate(client.provider.document));
    clients.forEach((client) => {
      client.provider.destroy();
      client.socket.destroy();
    });

    server = await startServerChild({ ...env, PORT: String(server.port) });
    // Start-up replayed the log into the projection before serving: no client has reconnected.
    const recovered = await api<TripSnapshot>(server, 'GET', `/api/v1/trips/${tripId}/document`, {
      cookie: owner.cookie,
    });
    expect(recovered.status).toBe(200);
    const stored = new Set(titles(recovered.body));
    expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);

    const docs = states.map((state) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      return doc;
    });
    const again = docs.map((doc) => connect(wsUrl, tripId, owner.cookie, doc));
    await eventually(() => {
      const lists = docs.map((doc) => titles(readTripSnapshot(doc)).sort());
      for (const list of lists) expect(list).toEqual([...everything].sort());
      expect(again.every(({ provider }) => provider.unsyncedChanges === 0)).toBe(true);
    }, 30_000);
    await eventually(async () => {
      const final = await api<TripSnapshot>(server!, 'GET', `/api/v1/trips/${tripId}/document`, {
        cookie: owner.cookie,
      });
      expect(titles(final.body).sort()).toEqual([...everything].sort());
    }, 10_000);
    again.forEach(({ provider, socket }) => {
      provider.destroy();
      socket.destroy();
    });
  }, 900_000);
});
