/** The baseline: a bare Hocuspocus server, no authentication, no persistence. */
import { randomUUID } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import type { BenchFixture } from './protocol.js';

const trips = Number(process.env.BENCH_TRIPS ?? 200);
const membersPerTrip = Number(process.env.BENCH_MEMBERS ?? 5);

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
process.once('SIGTERM', () => process.exit(0));
await server.listen();
const fixture: BenchFixture = {
  url: `ws://127.0.0.1:${server.address.port}`,
  storage: 'none',
  trips: Array.from({ length: trips }, () => ({
    tripId: randomUUID(),
    cookies: Array.from({ length: membersPerTrip }, () => ''),
  })),
};
process.stdout.write(`${JSON.stringify(fixture)}\n`);
