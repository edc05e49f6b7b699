import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { SessionService, UsersRepository } from '../auth/index.js';
import type { EventBus } from '../bus/index.js';
import type { Config } from '../config/index.js';
import type { InvitesRepository } from '../db/repositories/invites.js';
import type { MembersRepository } from '../db/repositories/members.js';
import type { TripsRepository } from '../db/repositories/trips.js';
import type { DB } from '../db/schema.js';
import type { TripDocuments } from '../documents/index.js';
import type { CookieSettings } from '../http/session.js';
import type { MembershipRepository } from '../policies/index.js';

/** What the API routes are built from; app.ts assembles it once. */
export interface RouteContext {
  config: Config;
  db: Kysely<DB>;
  bus: EventBus;
  logger: Logger;
  sessions: SessionService;
  users: UsersRepository;
  memberships: MembershipRepository;
  trips: TripsRepository;
  members: MembersRepository;
  invites: InvitesRepository;
  documents: TripDocuments;
  cookies: CookieSettings;
  /** Checks the database is reachable (for /readyz). */
  ping(): Promise<void>;
}
