import type { Logger } from 'pino';
import type { EventBus } from '../bus/index.js';
import type { Database } from '../db/index.js';

import type { TripRole } from '../policies/index.js';

export type { TripRole };

/** What sync needs from sessions: the platform's SessionService satisfies it. */
export interface SessionLookup {
  resolve(token: string | undefined): Promise<{ sessionId: string; user: { id: string } } | null>;
}

/** What sync needs from memberships: the platform's MembershipRepository satisfies it. */
export interface MembershipLookup {
  getRole(tripId: string, userId: string): Promise<TripRole | null>;
}

export interface CollabDependencies {
  database: Database;
  bus: EventBus;
  sessions: SessionLookup;
  memberships: MembershipLookup;
  logger: Logger;
  /** Largest accepted WebSocket frame in bytes (default 4 MiB). */
  maxPayloadBytes?: number;
  /** Delay between a change and its projection write (default 250 ms; at most 1 s). */
  projectionDelayMs?: number;
  /** Redis URL for fan-out between instances; absent: one instance. */
  redisUrl?: string | undefined;
}
