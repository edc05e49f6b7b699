/**
 * Place search on PostgreSQL over 100,000 places (the catalogue plus generated ones): p50/p95
 * latency of text, text + radius and semantic queries with 50 concurrent callers, against a
 * primary-key lookup baseline measured in the same run. Uses its own schema in the `test`
 * database and keeps it between runs (pass --fresh to rebuild).
 * Each scenario runs twice: `single` (one caller, one search at a time: what a search costs) and
 * `loaded` (50 callers without pause: throughput, and latency including the wait in line).
 * Usage: npm run bench:search -- [--url postgres://...] [--places 100000] [--requests 3000]
 *   [--single 200] [--concurrency 50] [--pool 10] [--scenarios text,textRadius] [--out file] [--fresh]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCities } from '@caravan/catalogue';
import pg from 'pg';
import { loadConfig } from '../../apps/server/src/config/index.js';
import { createDatabase } from '../../apps/server/src/db/index.js';
import { createPlaces } from '../../apps/server/src/places/index.js';
import { seedCatalogue } from '../../apps/server/src/places/store/seed-catalogue.js';
import { describeMachine } from '../lib/machine.js';
import { generatePlaces, prng, queryWords } from './generate.js';
import { runLoad, type LatencySummary } from './load.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i]?.replace(/^--/, '') ?? '';
  const value = process.argv[i + 1];
  if (value && !value.startsWith('--')) {
    args.set(key, value);
    i++;
  } else args.set(key, 'true');
}
const url = args.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const totalPlaces = Number(args.get('places') ?? 100_000);
const requests = Number(args.get('requests') ?? 3000);
const concurrency = Number(args.get('concurrency') ?? 50);
const singleRequests = Number(args.get('single') ?? Math.min(200, requests));
const poolSize = Number(args.get('pool') ?? 10);
const SCENARIOS = ['baselinePrimaryKeyLookup', 'text', 'textRadius', 'semantic', 'hybridRadius'];
const only = args.get('scenarios')?.split(',');
const unknown = only?.filter((name) => !SCENARIOS.includes(name)) ?? [];
if (unknown.length > 0) {
  throw new Error(`--scenarios: unknown ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
}
for (const [name, value] of [
  ['requests', requests],
  ['single', singleRequests],
  ['concurrency', concurrency],
  ['pool', poolSize],
] as const) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
}
const schema = 'bench_search';
const here = dirname(fileURLToPath(import.meta.url));
const log = (message: string) => process.stderr.write(`${message}\n`);

async function admin(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const existing = await admin(
  `select count(*)::int as n from information_schema.tables where table_schema = '${schema}' and table_name = 'places'`,
);
let reuse = args.get('fresh') !== 'true' && (existing.rows[0] as { n: number }).n === 1;
if (reuse) {
  const rows = await admin(`select count(*)::int as n from ${schema}.places`);
  reuse = (rows.rows[0] as { n: number }).n === totalPlaces;
}
if (!reuse) {
  await admin(`drop schema if exists ${schema} cascade`);
  await admin(`create schema ${schema}`);
}

const database = await createDatabase({ databaseUrl: url, schema, poolSize });
const config = loadConfig({ PLACES_SEED_CATALOGUE: 'false' }).places;
const places = await createPlaces({ db: database.db, config });

if (!reuse) {
  const t0 = performance.now();
  const seeded = await seedCatalogue(places.repository);
  const generated = generatePlaces(totalPlaces - seeded.total);
  for (let start = 0; start < generated.length; start += 5000) {
    await places.repository.upsert(generated.slice(start, start + 5000));
    log(`inserted ${seeded.total + start + 5000} places`);
  }
  await places.index();
  // Rows of one area sit together on disk, as a city-by-city import leaves them; the generator
  // interleaves cities, so put them back in place order once.
  await admin(`cluster ${schema}.places using places_point_idx`);
  await admin(`analyze ${schema}.places; analyze ${schema}.place_embeddings`);
  log(`loaded ${totalPlaces} places in ${Math.round((performance.now() - t0) / 1000)} s`);
}

const cities = listCities();
const random = prng(7);
const queries = Array.from({ length: requests + 200 }, () => {
  const city = cities[Math.floor(random() * cities.length)] ?? cities[0];
  const jitter = () => (random() - 0.5) * 0.05;
  return {
    q: queryWords(random),
    near: { lat: (city?.lat ?? 0) + jitter(), lon: (city?.lon ?? 0) + jitter() },
  };
});
const query = (i: number) =>
  queries[(i + queries.length) % queries.length] ?? { q: 'museum', near: { lat: 0, lon: 0 } };
const warmup = 100;

// Prime the in-process vector index (a one-off read of every embedding) outside the timings,
// when a scenario that uses it runs.
const indexStart = performance.now();
const usesVectors = !only || only.includes('semantic') || only.includes('hybridRadius');
if (usesVectors) await places.search({ q: 'museum', mode: 'semantic', limit: 1, tripId: null });
const vectorIndexLoadMs = usesVectors ? Math.round(performance.now() - indexStart) : null;

const ids = Array.from(
  { length: 1000 },
  (_, i) => `bench-${Math.floor(prng(i)() * (totalPlaces - 2000))}`,
);
const scenarios: Record<string, { single: LatencySummary; loaded: LatencySummary }> = {};
const out = resolve(args.get('out') ?? resolve(here, '../results/search.json'));
const report = (complete: boolean) => {
  const baseline = scenarios.baselinePrimaryKeyLookup?.loaded.p95 ?? 1;
  const textRadiusP95 = scenarios.textRadius?.loaded.p95 ?? Infinity;
  const result = {
    benchmark: 'search',
    complete,
    date: new Date().toISOString(),
    machine: describeMachine(),
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    database: { url: url.replace(/\/\/[^@]*@/, '//'), schema, dialect: database.dialect },
    dataset: {
      places: totalPlaces,
      embeddingModel: places.embedder.model,
      vectorIndex: places.vectors.kind,
      vectorIndexLoadMs,
    },
    requestsPerScenario: requests,
    singleRequestsPerScenario: singleRequests,
    concurrency,
    poolSize,
    scenarios,
    p95RatioToBaseline: Object.fromEntries(
      Object.entries(scenarios).map(([name, s]) => [
        name,
        Math.round((s.loaded.p95 / baseline) * 100) / 100,
      ]),
    ),
    target: {
      textRadiusP95Ms: 20,
      measuredP95Ms: textRadiusP95,
      met: textRadiusP95 < 20,
      singleCallerP95Ms: scenarios.textRadius?.single.p95 ?? null,
    },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
};
const run = async (name: string, call: (i: number) => Promise<number>) => {
  if (only && !only.includes(name)) return;
  const single = await runLoad({ requests: singleRequests, concurrency: 1, warmup, call });
  const loaded = await runLoad({ requests, concurrency, warmup: 0, call });
  scenarios[name] = { single, loaded };
  log(`${name}: ${JSON.stringify(scenarios[name])}`);
  // Written after every scenario, so a long run that is stopped still leaves its numbers.
  report(false);
};

await run('baselinePrimaryKeyLookup', async (i) => {
  const start = (i + 1000) % 980;
  return (await places.repository.byIds(ids.slice(start, start + 20))).length;
});
await run('text', async (i) => {
  const { q } = query(i);
  return (await places.search({ q, mode: 'text', limit: 20, tripId: null })).results.length;
});
await run('textRadius', async (i) => {
  const { q, near } = query(i);
  return (await places.search({ q, near, radiusKm: 3, mode: 'text', limit: 20, tripId: null }))
    .results.length;
});
await run('semantic', async (i) => {
  const { q } = query(i);
  return (await places.search({ q, mode: 'semantic', limit: 20, tripId: null })).results.length;
});
await run('hybridRadius', async (i) => {
  const { q, near } = query(i);
  return (await places.search({ q, near, radiusKm: 3, mode: 'hybrid', limit: 20, tripId: null }))
    .results.length;
});

process.stdout.write(`${JSON.stringify(report(true), null, 2)}\n`);
places.close();
await database.close();
