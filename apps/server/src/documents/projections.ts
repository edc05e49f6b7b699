import { readTripSnapshot, tripSnapshotSchema, type TripSnapshot } from '@caravan/core';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import type { ProjectionRow } from '../collab/projection-row.js';
import type { DB } from '../db/schema.js';
import { docVersion } from './ydoc.js';

export interface TripProjection {
  snapshot: TripSnapshot;
  version: number;
}

/**
 * Reads a document's JSON projection and checks it against the core schema. An invalid
 * projection is never stored: the previous valid one keeps serving reads.
 */
export function projectDoc(
  doc: Y.Doc,
): { ok: true; projection: TripProjection } | { ok: false; problem: string } {
  const parsed = tripSnapshotSchema.safeParse(readTripSnapshot(doc));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, projection: { snapshot: parsed.data, version: docVersion(doc) } };
}

/** Writes a projection unless a newer one (higher version) is already stored. */
export function writeProjection(
  db: Kysely<DB>,
  tripId: string,
  projection: TripProjection,
): Promise<void> {
  const { snapshot, version } = projection;
  const { title, startDate, endDate } = snapshot.details;
  const json = JSON.stringify(snapshot);
  return writeProjectionRows(db, [{ tripId, json, title, startDate, endDate, version }]);
}

/** Stores several projections in one statement, each unless a newer one is stored. */
export async function writeProjectionRows(
  db: Kysely<DB>,
  rows: readonly ProjectionRow[],
): Promise<void> {
  const now = new Date();
  await db
    .insertInto('trip_projections')
    .values(
      rows.map((row) => ({
        trip_id: row.tripId,
        snapshot: row.json,
        title: row.title,
        start_date: row.startDate,
        end_date: row.endDate,
        version: row.version,
        updated_at: now,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .column('trip_id')
        .doUpdateSet((eb) => ({
          snapshot: eb.ref('excluded.snapshot'),
          title: eb.ref('excluded.title'),
          start_date: eb.ref('excluded.start_date'),
          end_date: eb.ref('excluded.end_date'),
          version: eb.ref('excluded.version'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where('trip_projections.version', '<=', (eb) => eb.ref('excluded.version')),
    )
    .execute();
}

export async function readProjection(
  db: Kysely<DB>,
  tripId: string,
): Promise<TripProjection | null> {
  const row = await db
    .selectFrom('trip_projections')
    .select(['snapshot', 'version'])
    .where('trip_id', '=', tripId)
    .executeTakeFirst();
  if (!row) return null;
  return { snapshot: row.snapshot as TripSnapshot, version: Number(row.version) };
}
