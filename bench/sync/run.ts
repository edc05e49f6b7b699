/**
 * Sync fan-out benchmark: N editors on T trips, one edit per second each, against a bare
 * Hocuspocus server (baseline) and against Caravan (auth, roles, durable update log,
 * projections), in the same run; then memory with many idle connections.
 *   npm run bench:sync -- [--duration 60] [--trips 200] [--members 5] [--idle 10000] [--no-idle]
 * Servers and clients run in separate processes. Prints the result JSON and records it under
 * bench/results/ (sync-fanout.json for full 60 s runs, sync-fanout-quick.json otherwise).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from '../lib/machine.js';
import { rssMiB, runScript, sampleRss } from './processes.js';
import type { BenchFixture, IdleResult, LoadResult } from './protocol.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    trips: { type: 'string', default: '200' },
    members: { type: 'string', default: '5' },
    idle: { type: 'string', default: '10000' },
    'no-idle': { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const duration = Number(values.duration);
const trips = Number(values.trips);
const members = Number(values.members);
const idleConnections = Number(values.idle);
const serverEnv: Record<string, string> = {
  BENCH_TRIPS: String(trips),
  BENCH_MEMBERS: String(members),
  ...(values['database-url'] ? { BENCH_DATABASE_URL: values['database-url'] } : {}),
};
// e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the servers.
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const workDir = await mkdtemp(path.join(tmpdir(), 'caravan-bench-sync-'));

async function clientsRun(
  fixture: BenchFixture,
  spec: Record<string, unknown>,
  serverPid: number | undefined,
): Promise<{ result: LoadResult | IdleResult; rssConnectedMiB: number; rssPeakMiB: number }> {
  const specFile = path.join(workDir, `spec-${Date.now()}.json`);
  await writeFile(specFile, JSON.stringify({ fixture, ...spec }));
  const clients = runScript('./clients.ts', [specFile]);
  await clients.nextLine(); // connected
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssConnectedMiB = rssMiB(serverPid);
  const sampler = sampleRss(serverPid);
  const done = (await clients.nextLine()) as { result: LoadResult | IdleResult };
  const rssPeakMiB = sampler.stop();
  await clients.stop();
  return { result: done.result, rssConnectedMiB, rssPeakMiB };
}

async function loadPhase(server: 'bare' | 'caravan') {
  const child = runScript(
    server === 'bare' ? './bare-server.ts' : './our-server.ts',
    [],
    serverEnv,
    serverNodeArgs,
  );
  try {
    const fixture = (await child.nextLine()) as BenchFixture;
    const rssStartMiB = rssMiB(child.process.pid);
    const run = await clientsRun(
      fixture,
      { mode: 'load', durationSeconds: duration },
      child.process.pid,
    );
    return { server, storage: fixture.storage, rssStartMiB, ...run };
  } finally {
    await child.stop();
  }
}

async function idlePhase(server: 'bare' | 'caravan') {
  const child = runScript(
    server === 'bare' ? './bare-server.ts' : './our-server.ts',
    [],
    serverEnv,
    serverNodeArgs,
  );
  try {
    const fixture = (await child.nextLine()) as BenchFixture;
    const rssBeforeMiB = rssMiB(child.process.pid);
    const perMember = Math.max(1, Math.round(idleConnections / (trips * members)));
    const run = await clientsRun(
      fixture,
      { mode: 'idle', durationSeconds: 0, connectionsPerMember: perMember, holdSeconds: 3 },
      child.process.pid,
    );
    const connections = (run.result as IdleResult).connections;
    return {
      server,
      connections,
      rssBeforeMiB,
      rssConnectedMiB: run.rssConnectedMiB,
      kibPerConnection: Math.round(((run.rssConnectedMiB - rssBeforeMiB) * 1024) / connections),
      connectSeconds: (run.result as IdleResult).connectSeconds,
    };
  } finally {
    await child.stop();
  }
}

try {
  const bare = await loadPhase('bare');
  const caravan = await loadPhase('caravan');
  const bareP99 = (bare.result as LoadResult).latencyMs.p99;
  const ourP99 = (caravan.result as LoadResult).latencyMs.p99;
  // Idle connections under heavy machine load can time out; record that rather than lose the run.
  const idle: unknown[] = [];
  if (!values['no-idle']) {
    for (const server of ['bare', 'caravan'] as const) {
      idle.push(
        await idlePhase(server).catch((error: unknown) => ({ server, error: String(error) })),
      );
    }
  }
  const report = {
    benchmark: 'sync-fanout',
    date: new Date().toISOString(),
    machine: describeMachine(),
    parameters: {
      editors: trips * members,
      trips,
      membersPerTrip: members,
      durationSeconds: duration,
      editsPerEditorPerSecond: 1,
    },
    load: { baseline: bare, caravan },
    p99Ratio: bareP99 > 0 ? Math.round((ourP99 / bareP99) * 100) / 100 : null,
    targets: {
      p99UnderMs: 50,
      ratioAtMost: 1.5,
      met: {
        p99: ourP99 < 50,
        ratio: bareP99 > 0 && ourP99 / bareP99 <= 1.5,
        noneLost: (caravan.result as LoadResult).editsLost === 0,
      },
    },
    idle,
  };
  const json = JSON.stringify(report, null, 2);
  process.stdout.write(`${json}\n`);
  const name = duration >= 60 ? 'sync-fanout.json' : 'sync-fanout-quick.json';
  const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
  await writeFile(path.join(resultsDir, name), `${json}\n`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
