/**
 * The benchmark's clients, in their own process: real HocuspocusProviders (one WebSocket each,
 * as one browser tab per editor). `load` makes every editor add one item per second and times
 * its arrival at the other members; `idle` holds many synced connections open.
 * Usage: tsx clients.ts <spec.json>; prints `{"phase":"connected"}` then the result as JSON.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { applyCommand, initTripDoc, isTripDocInitialized, tripRoots } from '@caravan/core';
import WebSocket from 'ws';
import { percentile, type BenchFixture, type IdleResult, type LoadResult } from './protocol.js';

interface Spec {
  fixture: BenchFixture;
  mode: 'load' | 'idle';
  durationSeconds: number;
  /** idle: connections opened per member cookie. */
  connectionsPerMember?: number;
  holdSeconds?: number;
}

const spec = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as Spec;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function socketClass(cookie: string) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

interface Editor {
  index: number;
  tripIndex: number;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

function open(tripId: string, cookie: string, index: number, tripIndex: number): Editor {
  const socket = new HocuspocusProviderWebsocket({
    url: spec.fixture.url,
    WebSocketPolyfill: socketClass(cookie),
    messageReconnectTimeout: 300_000,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: tripId });
  provider.attach();
  return { index, tripIndex, provider, socket };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Opens connections with at most `window` of them still handshaking, so the server is never hit by
 * every handshake in one tick and one slow handshake does not hold up the others.
 */
async function connectAll(targets: { tripId: string; cookie: string; tripIndex: number }[]) {
  const editors: Editor[] = [];
  const window = 200;
  let handshaking = 0;
  let wake: (() => void) | undefined;
  for (const [index, target] of targets.entries()) {
    while (handshaking >= window) await new Promise<void>((resolve) => (wake = resolve));
    const editor = open(target.tripId, target.cookie, index, target.tripIndex);
    handshaking += 1;
    const synced = () => {
      editor.provider.off('synced', synced);
      handshaking -= 1;
      wake?.();
      wake = undefined;
    };
    editor.provider.on('synced', synced);
    editors.push(editor);
  }
  await until(() => editors.every((e) => e.provider.isSynced), 300_000, 'initial sync');
  return editors;
}

async function runLoad(): Promise<LoadResult> {
  const started = performance.now();
  const targets = spec.fixture.trips.flatMap((trip, tripIndex) =>
    trip.cookies.map((cookie) => ({ tripId: trip.tripId, cookie, tripIndex })),
  );
  const editors = await connectAll(targets);
  const byTrip = new Map<number, Editor[]>();
  for (const editor of editors) {
    byTrip.set(editor.tripIndex, [...(byTrip.get(editor.tripIndex) ?? []), editor]);
  }
  // The bare baseline starts with empty documents: one member writes the trip's details.
  for (const members of byTrip.values()) {
    const first = members[0];
    if (first && !isTripDocInitialized(first.provider.document)) {
      initTripDoc(first.provider.document, {
        title: 'Bench trip',
        startDate: '2027-03-01',
        endDate: '2027-03-03',
        timezone: 'UTC',
        currency: 'EUR',
      });
    }
  }
  await until(
    () => editors.every((e) => isTripDocInitialized(e.provider.document)),
    60_000,
    'trip details everywhere',
  );
  const connectSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ phase: 'connected' })}\n`);

  const sentAt = new Map<string, number>();
  const arrivals = new Map<string, number>();
  const latencies: number[] = [];
  for (const editor of editors) {
    tripRoots(editor.provider.document).items.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged as Set<string>) {
        const sent = sentAt.get(key);
        if (sent === undefined) continue;
        latencies.push(now - sent);
        arrivals.set(key, (arrivals.get(key) ?? 0) + 1);
      }
    });
  }

  let edits = 0;
  const stopAt = performance.now() + spec.durationSeconds * 1000;
  const timers = editors.map((editor) => {
    let seq = 0;
    const edit = () => {
      if (performance.now() >= stopAt) return;
      const id = `e${editor.index}x${seq}`;
      seq += 1;
      edits += 1;
      sentAt.set(id, performance.now());
      applyCommand(
        editor.provider.document,
        { type: 'addItem', item: { id, kind: 'note', title: `edit ${id}` }, to: 'ideas' },
        { actorId: `bench-${editor.index}` },
      );
    };
    // Spread the editors over the second so load is steady, as real typing would be.
    const start = setTimeout(() => {
      edit();
      timer.ref = setInterval(edit, 1000);
    }, Math.random() * 1000);
    const timer: { ref?: NodeJS.Timeout; start: NodeJS.Timeout } = { start };
    return timer;
  });
  await sleep(spec.durationSeconds * 1000 + 1000);
  for (const timer of timers) {
    clearTimeout(timer.start);
    if (timer.ref) clearInterval(timer.ref);
  }
  // Grace period for the last edits to arrive and be acknowledged.
  const expectedPerEdit = (key: string) => {
    const index = Number(key.slice(1, key.indexOf('x')));
    const editor = editors[index];
    return (byTrip.get(editor?.tripIndex ?? -1)?.length ?? 1) - 1;
  };
  const missing = () =>
    [...sentAt.keys()].filter((key) => (arrivals.get(key) ?? 0) < expectedPerEdit(key));
  const graceUntil = Date.now() + 15_000;
  while (
    Date.now() < graceUntil &&
    (missing().length > 0 || editors.some((e) => e.provider.hasUnsyncedChanges))
  ) {
    await sleep(200);
  }
  const sorted = latencies.sort((a, b) => a - b);
  const result: LoadResult = {
    editors: editors.length,
    trips: byTrip.size,
    durationSeconds: spec.durationSeconds,
    edits,
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
      samples: sorted.length,
    },
    editsLost: missing().length,
    unacknowledged: editors.reduce((sum, e) => sum + e.provider.unsyncedChanges, 0),
    connectSeconds: Math.round(connectSeconds * 10) / 10,
  };
  editors.forEach((e) => {
    e.provider.destroy();
    e.socket.destroy();
  });
  return result;
}

async function runIdle(): Promise<IdleResult> {
  const started = performance.now();
  const perMember = spec.connectionsPerMember ?? 10;
  const targets = spec.fixture.trips.flatMap((trip, tripIndex) =>
    trip.cookies.flatMap((cookie) =>
      Array.from({ length: perMember }, () => ({ tripId: trip.tripId, cookie, tripIndex })),
    ),
  );
  const editors = await connectAll(targets);
  const connectSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ phase: 'connected' })}\n`);
  await sleep((spec.holdSeconds ?? 5) * 1000);
  editors.forEach((e) => {
    e.provider.destroy();
    e.socket.destroy();
  });
  return { connections: editors.length, connectSeconds: Math.round(connectSeconds * 10) / 10 };
}

const result = spec.mode === 'load' ? await runLoad() : await runIdle();
process.stdout.write(`${JSON.stringify({ phase: 'done', result })}\n`);
process.exit(0);
