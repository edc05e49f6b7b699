import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

interface PendingAppend {
  tripId: string;
  update: Uint8Array;
  actorId: string | null;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The stored state of one trip: its compacted snapshot followed by the log rows after it. */
export interface StoredTripState {
  updates: Uint8Array[];
  /** Highest log seq included (snapshot or log), 0 when none. */
  highestSeq: number;
}

/** INSERTs in flight at once: an append waits for a free writer, not for a whole round trip. */
const WRITERS = 2;
const MAX_BATCH = 500;

/**
 * The append-only update log. Appends are group-committed: every append waiting while the
 * writers are busy goes into the next single INSERT, so one round trip acknowledges many edits.
 * Rows of one trip may commit out of order across writers; Yjs updates commute and compaction
 * merges exactly the rows it deletes, so order does not matter.
 */
export class UpdateLog {
  private queue: PendingAppend[] = [];
  private writers = 0;

  constructor(private readonly db: Kysely<DB>) {}

  /** Resolves once the update is committed to the log. */
  append(tripId: string, update: Uint8Array, actorId: string | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ tripId, update, actorId, resolve, reject });
      if (this.writers < WRITERS) void this.write();
    });
  }

  private async write(): Promise<void> {
    this.writers += 1;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.db
            .insertInto('trip_updates')
            .values(
              batch.map((item) => ({
                trip_id: item.tripId,
                update: item.update,
                actor_id: item.actorId,
              })),
            )
            .execute();
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.writers -= 1;
    }
  }

  /**
   * Snapshot and log of a trip, read in ONE statement so a concurrent compaction (which moves
   * rows from the log into the snapshot in one transaction) is seen either wholly or not at all.
   */
  async load(tripId: string): Promise<StoredTripState | null> {
    const { rows } = await sql<{ kind: number; data: Uint8Array; seq: number }>`
      select 0 as kind, snapshot as data, snapshot_seq as seq
        from trip_documents where trip_id = ${tripId}
      union all
      select 1 as kind, "update" as data, seq
        from trip_updates where trip_id = ${tripId}
      order by kind, seq`.execute(this.db);
    if (rows.length === 0 || rows[0]?.kind !== 0) return null;
    return {
      updates: rows.map((row) => row.data),
      highestSeq: rows.reduce((max, row) => Math.max(max, Number(row.seq)), 0),
    };
  }

  /** Trips whose log holds rows not yet folded into their snapshot. */
  async tripsWithPendingUpdates(): Promise<string[]> {
    const rows = await this.db.selectFrom('trip_updates').select('trip_id').distinct().execute();
    return rows.map((row) => row.trip_id);
  }
}
