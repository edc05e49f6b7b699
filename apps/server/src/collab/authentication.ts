import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { CloseReason } from './close-codes.js';
import { collabContext, type CollabContext } from './context.js';
import { closeSocket } from './live-sockets.js';
import { canEditContent } from '../policies/index.js';
import type { MembershipLookup, SessionLookup } from './ports.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a trip that exists, is not deleted and has a document. */
export async function tripHasDocument(db: Kysely<DB>, tripId: string): Promise<boolean> {
  if (!UUID.test(tripId)) return false;
  const row = await db
    .selectFrom('trip_documents')
    .innerJoin('trips', 'trips.id', 'trip_documents.trip_id')
    .select('trip_documents.trip_id')
    .where('trip_documents.trip_id', '=', tripId)
    .where('trips.deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Who may open which trip: the session comes from the upgrade request's cookie (or, for
 * non-browser clients, the provider's token), the trip must exist, and the member's role decides
 * whether the connection is read-only. A refusal closes the socket with a code saying why.
 */
export function authenticationExtension(deps: {
  db: Kysely<DB>;
  sessions: SessionLookup;
  memberships: MembershipLookup;
}): Extension {
  return {
    extensionName: 'caravan-authentication',
    async onAuthenticate(payload: onAuthenticatePayload): Promise<CollabContext> {
      const context = collabContext(payload.context);
      const live = context.live;
      if (!live) throw new Refused('no socket');
      let session = await live.cookieSession;
      if (!session && payload.token) {
        const resolved = await deps.sessions.resolve(payload.token);
        session = resolved ? { sessionId: resolved.sessionId, userId: resolved.user.id } : null;
      }
      if (!session) {
        closeSocket(live.ws, CloseReason.unauthorized);
        throw new Refused(CloseReason.unauthorized.reason);
      }
      // A socket carries one identity: later documents on it must come from the same session.
      if (live.sessionId !== undefined && live.sessionId !== session.sessionId) {
        closeSocket(live.ws, CloseReason.unauthorized);
        throw new Refused(CloseReason.unauthorized.reason);
      }
      live.sessionId = session.sessionId;
      live.userId = session.userId;
      const tripId = payload.documentName;
      if (!(await tripHasDocument(deps.db, tripId))) {
        closeSocket(live.ws, CloseReason.notFound);
        throw new Refused(CloseReason.notFound.reason);
      }
      const role = await deps.memberships.getRole(tripId, session.userId);
      if (!role) {
        closeSocket(live.ws, CloseReason.forbidden);
        throw new Refused(CloseReason.forbidden.reason);
      }
      live.trips.set(tripId, role);
      payload.connectionConfig.readOnly = !canEditContent(role);
      return { userId: session.userId, sessionId: session.sessionId, role };
    },
  };
}
