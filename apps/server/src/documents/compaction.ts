import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { DB } from '../db/schema.js';
import { projectDoc, writeProjection } from './projections.js';
import { docFromUpdates } from './ydoc.js';

export type CompactionProblem = (tripId: string, problem: string) => void;

/**
 * Folds a trip's log into its snapshot and refreshes its projection, in one transaction. The
 * rows deleted are exactly the rows merged (DELETE ... RETURNING), so appends committed
 * concurrently, from this instance or another, stay in the log for the next compaction.
 * Returns how many log rows were folded.
 */
export async function compactTrip(
  db: Kysely<DB>,
  tripId: string,
  report: CompactionProblem,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('trip_documents')
      .select(['snapshot', 'snapshot_seq'])
      .where('trip_id', '=', tripId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return 0;
    const folded = await trx
      .deleteFrom('trip_updates')
      .where('trip_id', '=', tripId)
      .returning(['seq', 'update'])
      .execute();
    if (folded.length === 0) return 0;
    folded.sort((a, b) => Number(a.seq) - Number(b.seq));
    const doc = docFromUpdates([current.snapshot, ...folded.map((row) => row.update)], (i, e) =>
      report(tripId, `stored update ${i} skipped: ${String(e)}`),
    );
    try {
      const highest = Number(folded[folded.length - 1]?.seq ?? current.snapshot_seq);
      await trx
        .updateTable('trip_documents')
        .set({
          snapshot: Y.encodeStateAsUpdate(doc),
          snapshot_seq: Math.max(highest, Number(current.snapshot_seq)),
          updated_at: new Date(),
        })
        .where('trip_id', '=', tripId)
        .execute();
      const projected = projectDoc(doc);
      if (projected.ok) await writeProjection(trx, tripId, projected.projection);
      else report(tripId, `projection invalid: ${projected.problem}`);
    } finally {
      doc.destroy();
    }
    return folded.length;
  });
}
