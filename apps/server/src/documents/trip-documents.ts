import {
  applyCommand,
  createTripDoc,
  readTripSnapshot,
  type CommandInput,
  type CommandResult,
  type MemberRole,
  type TripDetailsInput,
  type TripSnapshot,
} from '@caravan/core';
import type { Hocuspocus } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { LiveSockets } from '../collab/live-sockets.js';
import type { DB } from '../db/schema.js';
import { tripHasDocument } from '../collab/authentication.js';
import { TripNotFoundError } from './errors.js';
import { projectDoc, readProjection, writeProjection } from './projections.js';
import type { UpdateLog } from './update-log.js';

export interface ApplyResult {
  /** The trip after the commands, as every member now sees it. */
  snapshot: TripSnapshot;
  /** What each command returned (e.g. the ids it created), in order. */
  results: CommandResult[];
}

/** Trip content for the rest of the server: every write goes through the live document. */
export interface TripDocuments {
  /** Creates the document of a newly created trip (the trips row must exist). */
  create(tripId: string, details: TripDetailsInput, actorId: string | null): Promise<TripSnapshot>;
  /**
   * Applies commands as one change to the live document: connected editors see it at once, and
   * it is in the update log before this resolves. All or nothing: if one command is refused
   * (CommandError), none is applied.
   */
  apply(
    tripId: string,
    actorId: string,
    commands: CommandInput | readonly CommandInput[],
    options?: { role?: MemberRole },
  ): Promise<ApplyResult>;
  /** The trip's projection (at most a second behind the live document), or null. */
  read(tripId: string): Promise<TripSnapshot | null>;
  /** Disconnects everyone from the trip and deletes its document, log and projection. */
  remove(tripId: string): Promise<void>;
}

/** Origin of transactions applied through the REST API. */
export const REST_ORIGIN = { source: 'rest' } as const;

export function createTripDocuments(deps: {
  db: Kysely<DB>;
  hocuspocus: Hocuspocus;
  log: UpdateLog;
  liveSockets: LiveSockets;
  logger: Logger;
}): TripDocuments {
  const { db, hocuspocus, log } = deps;
  return {
    async create(tripId, details, _actorId) {
      const doc = createTripDoc(details);
      try {
        const projected = projectDoc(doc);
        if (!projected.ok) throw new Error(`new trip does not project: ${projected.problem}`);
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('trip_documents')
            .values({ trip_id: tripId, snapshot: Y.encodeStateAsUpdate(doc), snapshot_seq: 0 })
            .execute();
          await writeProjection(trx, tripId, projected.projection);
        });
        return projected.projection.snapshot;
      } finally {
        doc.destroy();
      }
    },

    async apply(tripId, actorId, commands, options = {}) {
      const list = Array.isArray(commands) ? commands : [commands as CommandInput];
      if (!(await tripHasDocument(db, tripId))) {
        throw new TripNotFoundError(tripId);
      }
      const connection = await hocuspocus.openDirectConnection(tripId, { actorId });
      try {
        const live = connection.document;
        if (!live) throw new Error('direct connection closed');
        // Commands run on a copy first, so a refusal half-way leaves the live document untouched.
        const before = Y.encodeStateVector(live);
        const draft = new Y.Doc();
        try {
          Y.applyUpdate(draft, Y.encodeStateAsUpdate(live));
          const results = list.map((command) =>
            applyCommand(draft, command, { actorId, ...options }),
          );
          const change = Y.encodeStateAsUpdate(draft, before);
          // Durable before visible: logged first, then applied (Yjs does not mind the order).
          await log.append(tripId, change, actorId);
          Y.applyUpdate(live, change, REST_ORIGIN);
          return { snapshot: readTripSnapshot(live), results };
        } finally {
          draft.destroy();
        }
      } finally {
        await connection.disconnect();
      }
    },

    async read(tripId) {
      return (await readProjection(db, tripId))?.snapshot ?? null;
    },

    async remove(tripId) {
      deps.liveSockets.closeTrip(tripId);
      hocuspocus.closeConnections(tripId);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('trip_projections').where('trip_id', '=', tripId).execute();
        await trx.deleteFrom('trip_updates').where('trip_id', '=', tripId).execute();
        await trx.deleteFrom('trip_documents').where('trip_id', '=', tripId).execute();
      });
    },
  };
}
