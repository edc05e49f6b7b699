/**
 * Runs the real Caravan server in its own process, for tests that kill it (kill -9) and start it
 * again on the same data. Database: CRASH_DATABASE_URL + CRASH_SCHEMA (PostgreSQL) or
 * CRASH_DATA_DIR (PGlite on disk). Prints `listening <url>` once it serves.
 */
import { startCaravan } from '../../app.js';
import { loadConfig } from '../../config/index.js';
import { createDatabase } from '../../db/index.js';

const env = process.env;
const database = await createDatabase(
  env.CRASH_DATABASE_URL
    ? { databaseUrl: env.CRASH_DATABASE_URL, schema: env.CRASH_SCHEMA, poolSize: 4 }
    : { dataDir: env.CRASH_DATA_DIR },
);
const config = loadConfig({
  PORT: env.PORT ?? '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SERVICES: 'api,collab,worker',
  SIGNIN_RATE_LIMIT_PER_MINUTE: '10000',
  SEED_DEMO: 'false',
  // The place catalogue plays no part in sync; seeding it only slows restarts down.
  PLACES_SEED_CATALOGUE: 'false',
});
const running = await startCaravan(config, { database });
process.stdout.write(`listening ${running.url}\n`);
