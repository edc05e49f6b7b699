/**
 * Our sync server for the benchmark: the real Caravan app (auth, roles, update log, projections)
 * on a fresh database, with trips, members and sessions created up front. Writes the fixture
 * (URL, trip ids, cookies) as one JSON line on stdout.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCaravan } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config/index.js';
import { createDatabase } from '../../apps/server/src/db/index.js';
import pg from 'pg';
import type { BenchFixture } from './protocol.js';

const trips = Number(process.env.BENCH_TRIPS ?? 200);
const membersPerTrip = Number(process.env.BENCH_MEMBERS ?? 5);
const databaseUrl = process.env.BENCH_DATABASE_URL;

// PostgreSQL: a schema of its own, dropped on exit. PGlite: a fresh data directory.
const schema = `bench_${randomUUID().slice(0, 8)}`;
if (databaseUrl) await withClient(databaseUrl, (client) => client.query(`create schema ${schema}`));
const database = databaseUrl
  ? await createDatabase({ databaseUrl, schema, poolSize: 10 })
  : await createDatabase({ dataDir: await mkdtemp(path.join(tmpdir(), 'caravan-bench-')) });
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SERVICES: 'api,collab,worker',
  SEED_DEMO: 'false',
  PLACES_SEED_CATALOGUE: 'false',
});
const running = await startCaravan(config, { database });
process.once('SIGTERM', () => {
  void running
    .close()
    .then(() => database.close())
    .then(() =>
      databaseUrl
        ? withClient(databaseUrl, (client) => client.query(`drop schema ${schema} cascade`))
        : undefined,
    )
    .finally(() => process.exit(0));
});
const db = database.db;
const sessions = running.context.sessions;

const fixture: BenchFixture = {
  url: `${running.url.replace(/^http/, 'ws')}/collab`,
  storage: databaseUrl ? 'postgresql' : 'pglite',
  trips: [],
};
for (let t = 0; t < trips; t += 1) {
  const tripId = randomUUID();
  const cookies: string[] = [];
  for (let m = 0; m < membersPerTrip; m += 1) {
    const userId = randomUUID();
    await db
      .insertInto('users')
      .values({
        id: userId,
        email: `${userId}@bench.test`,
        name: `Bench ${t}.${m}`,
        password_hash: 'x',
      })
      .execute();
    if (m === 0) await db.insertInto('trips').values({ id: tripId, owner_id: userId }).execute();
    await db
      .insertInto('trip_members')
      .values({ trip_id: tripId, user_id: userId, role: m === 0 ? 'owner' : 'editor' })
      .execute();
    const { token } = await sessions.create(userId);
    cookies.push(`caravan_session=${token}`);
  }
  await running.collab.documents.create(
    tripId,
    {
      title: `Bench trip ${t}`,
      startDate: '2027-03-01',
      endDate: '2027-03-03',
      timezone: 'UTC',
      currency: 'EUR',
    },
    null,
  );
  fixture.trips.push({ tripId, cookies });
}
process.stdout.write(`${JSON.stringify(fixture)}\n`);

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
