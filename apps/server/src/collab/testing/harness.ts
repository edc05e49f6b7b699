import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TripDetailsInput } from '@caravan/core';
import { pino } from 'pino';
import { SessionService } from '../../auth/index.js';
import { createBus, type EventBus } from '../../bus/index.js';
import type { Database } from '../../db/index.js';
import { MembershipRepository, type TripRole } from '../../policies/index.js';
import { createTestDatabase } from '../../../test/support/database.js';
import { createCollab, type Collab } from '../create-collab.js';

export interface TestUser {
  id: string;
  cookie: string;
  token: string;
}

export const sampleDetails: TripDetailsInput = {
  title: 'Lisbon long weekend',
  startDate: '2027-05-01',
  endDate: '2027-05-03',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
};

/**
 * A real sync server on port 0 over a real database (PostgreSQL when TEST_DATABASE_URL is set,
 * else PGlite) and a real bus (Redis when TEST_REDIS_URL is set), with fixtures for users,
 * trips and memberships written through the platform's own tables and services.
 */
export interface CollabHarness {
  url: string;
  database: Database;
  bus: EventBus;
  collab: Collab;
  sessions: SessionService;
  createUser(): Promise<TestUser>;
  createTrip(owner: TestUser, details?: TripDetailsInput): Promise<string>;
  setRole(tripId: string, user: TestUser, role: TripRole | null): Promise<void>;
  close(): Promise<void>;
}

export async function startCollabHarness(
  options: { database?: Database; maxPayloadBytes?: number; redisUrl?: string } = {},
): Promise<CollabHarness> {
  const database = options.database ?? (await createTestDatabase());
  const bus = await createBus({
    redisUrl: process.env.TEST_REDIS_URL,
    channel: `caravan:test:${randomUUID()}`,
  });
  const sessions = new SessionService(database.db, bus, 30);
  const memberships = new MembershipRepository(database.db);
  const collab = createCollab({
    database,
    bus,
    sessions,
    memberships,
    logger: pino({ level: 'silent' }),
    projectionDelayMs: 100,
    redisUrl: options.redisUrl,
    ...(options.maxPayloadBytes ? { maxPayloadBytes: options.maxPayloadBytes } : {}),
  });
  await collab.recover();
  const server: Server = createServer((_request, response) => {
    response.statusCode = 404;
    response.end();
  });
  server.on('upgrade', (request, socket, head) => {
    if (request.url?.startsWith('/collab')) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const db = database.db;

  return {
    url: `ws://127.0.0.1:${port}/collab`,
    database,
    bus,
    collab,
    sessions,
    async createUser() {
      const id = randomUUID();
      await db
        .insertInto('users')
        .values({
          id,
          email: `${id}@example.test`,
          name: `User ${id.slice(0, 4)}`,
          password_hash: 'x',
        })
        .execute();
      const { token } = await sessions.create(id);
      return { id, token, cookie: `caravan_session=${token}` };
    },
    async createTrip(owner, details = sampleDetails) {
      const tripId = randomUUID();
      await db.insertInto('trips').values({ id: tripId, owner_id: owner.id }).execute();
      await db
        .insertInto('trip_members')
        .values({ trip_id: tripId, user_id: owner.id, role: 'owner' })
        .execute();
      await collab.documents.create(tripId, details, owner.id);
      return tripId;
    },
    async setRole(tripId, user, role) {
      await db
        .deleteFrom('trip_members')
        .where('trip_id', '=', tripId)
        .where('user_id', '=', user.id)
        .execute();
      if (role) {
        await db
          .insertInto('trip_members')
          .values({ trip_id: tripId, user_id: user.id, role })
          .execute();
      }
      await bus.publish({ type: 'membership.changed', tripId, userId: user.id, role });
    },
    async close() {
      await collab.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bus.close();
      if (!options.database) await database.close();
    },
  };
}
