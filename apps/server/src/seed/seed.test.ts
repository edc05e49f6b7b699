import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../http/logger.js';
import { testDialect } from '../../test/support/database.js';
import { api } from '../../test/support/http.js';
import { sessionCookie, startTestServer, type TestServer } from '../../test/support/server.js';
import { DEMO_EMAIL, seedDemo } from './seed.js';

describe(`the demo seed (${testDialect})`, () => {
  let server: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
    dataDir = await mkdtemp(path.join(tmpdir(), 'caravan-seed-'));
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a demo account whose printed password signs in to a filled Lisbon trip', async () => {
    const seed = () =>
      seedDemo({
        db: server.database.db,
        documents: server.running.collab.documents,
        dataDir,
        logger: createLogger('silent'),
      });
    const credentials = await seed();
    expect(credentials?.email).toBe(DEMO_EMAIL);
    const signin = await fetch(`${server.url}/api/v1/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    expect(signin.status).toBe(200);
    const cookie = sessionCookie(signin);
    const list = await api<{ trips: { id: string; title: string }[] }>(
      server,
      'GET',
      '/api/v1/trips',
      { cookie },
    );
    expect(list.body.trips).toHaveLength(1);
    const trip = await api<{
      snapshot: {
        days: { items: unknown[] }[];
        expenses: unknown[];
        checklists: { items: unknown[] }[];
      };
    }>(server, 'GET', `/api/v1/trips/${list.body.trips[0]?.id}`, { cookie });
    const { days, expenses, checklists } = trip.body.snapshot;
    expect(days).toHaveLength(4);
    expect(days.flatMap((day) => day.items).length).toBeGreaterThanOrEqual(5);
    expect(expenses).toHaveLength(1);
    expect(checklists[0]?.items.length).toBe(3);

    // A second start neither seeds again nor forgets the password to print.
    expect(await seed()).toEqual(credentials);
    const again = await api<{ total: number }>(server, 'GET', '/api/v1/trips', { cookie });
    expect(again.body.total).toBe(1);
  });
});
