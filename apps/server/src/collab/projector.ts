import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { DB } from '../db/schema.js';
import { projectDoc, writeProjection } from '../documents/projections.js';

/**
 * Keeps trip_projections within a second of the live documents: the first change after a write
 * starts a timer (not extended by later changes), then the projection of the document as it is
 * then is written. Writes are guarded by version, so order between instances does not matter.
 */
export class Projector {
  private readonly pending = new Map<string, { doc: Y.Doc; timer: NodeJS.Timeout }>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly logger: Logger,
    private readonly delayMs: number,
  ) {}

  schedule(tripId: string, doc: Y.Doc): void {
    if (this.pending.has(tripId)) return;
    const timer = setTimeout(() => this.run(tripId), this.delayMs);
    this.pending.set(tripId, { doc, timer });
  }

  private run(tripId: string): void {
    const entry = this.pending.get(tripId);
    this.pending.delete(tripId);
    if (!entry || entry.doc.isDestroyed) return;
    const projected = projectDoc(entry.doc);
    if (!projected.ok) {
      this.logger.warn({ tripId, problem: projected.problem }, 'projection skipped: invalid');
      return;
    }
    const write = writeProjection(this.db, tripId, projected.projection)
      .catch((error: unknown) => {
        this.logger.error({ err: error, tripId }, 'projection write failed');
      })
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
  }

  /** Writes every scheduled projection now. */
  async flush(): Promise<void> {
    for (const [tripId, entry] of [...this.pending]) {
      clearTimeout(entry.timer);
      this.run(tripId);
    }
    await Promise.all([...this.inFlight]);
  }

  cancel(tripId: string): void {
    const entry = this.pending.get(tripId);
    if (entry) clearTimeout(entry.timer);
    this.pending.delete(tripId);
  }
}
