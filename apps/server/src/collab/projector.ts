import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { DB } from '../db/schema.js';
import { projectDoc, writeProjectionRows } from '../documents/projections.js';
import type { ProjectionRow } from './projectionRow.js';

/**
 * Keeps trip_projections within a second of the live documents. The first change after a write
 * starts one timer for every trip that changes meanwhile (not extended by later changes); then
 * each of those trips is projected once and all rows are stored in one statement. Writes are
 * guarded by version, so several instances may project the same trip in any order.
 */
export class Projector {
  private readonly pending = new Map<string, Y.Doc>();
  private timer: NodeJS.Timeout | undefined;
  private readonly writes = new Set<Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly logger: Logger,
    private readonly delayMs: number,
  ) {}

  changed(tripId: string, doc: Y.Doc): void {
    this.pending.set(tripId, doc);
    this.timer ??= setTimeout(() => this.run(), this.delayMs);
  }

  unloaded(tripId: string): void {
    this.pending.delete(tripId);
  }

  private run(): void {
    this.timer = undefined;
    const rows: ProjectionRow[] = [];
    for (const [tripId, doc] of this.pending) {
      if (doc.isDestroyed) continue;
      const projected = projectDoc(doc);
      if (!projected.ok) {
        this.logger.warn({ tripId, problem: projected.problem }, 'projection skipped: invalid');
        continue;
      }
      const { snapshot, version } = projected.projection;
      const { title, startDate, endDate } = snapshot.details;
      rows.push({ tripId, json: JSON.stringify(snapshot), title, startDate, endDate, version });
    }
    this.pending.clear();
    if (rows.length === 0) return;
    const write = writeProjectionRows(this.db, rows)
      .catch((error: unknown) => this.logger.error({ err: error }, 'projection write failed'))
      .finally(() => this.writes.delete(write));
    this.writes.add(write);
  }

  /** Projects and stores every pending change now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.run();
    await Promise.all([...this.writes]);
  }
}
