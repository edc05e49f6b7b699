import { createSnapshotReader, type SnapshotReader } from '@caravan/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { DB } from '../db/schema.js';
import { writeProjectionRows } from '../documents/projections.js';
import { docVersion } from '../documents/ydoc.js';
import type { ProjectionRow } from './projection-row.js';

/** Longest stretch of projecting before other work gets a turn. */
const SLICE_MS = 5;

interface Followed {
  doc: Y.Doc;
  reader: SnapshotReader;
}

/**
 * Keeps trip_projections within a second of the live documents. The first change after a write
 * starts one timer for every trip that changes meanwhile (not extended by later changes); then
 * each of those trips is projected once and all rows are stored in one statement. Each loaded
 * trip has an incremental reader, so projecting costs what changed, not the whole trip; its
 * records are checked against the core schemas as they are read. Writes are guarded by
 * version, so several instances may project the same trip in any order.
 */
export class Projector {
  private readonly followed = new Map<string, Followed>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly writes = new Set<Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly logger: Logger,
    private readonly delayMs: number,
  ) {}

  changed(tripId: string, doc: Y.Doc): void {
    const current = this.followed.get(tripId);
    if (current?.doc !== doc) {
      current?.reader.destroy();
      this.followed.set(tripId, { doc, reader: createSnapshotReader(doc) });
    }
    this.pending.add(tripId);
    this.timer ??= setTimeout(() => this.run(), this.delayMs);
  }

  unloaded(tripId: string): void {
    this.pending.delete(tripId);
    this.followed.get(tripId)?.reader.destroy();
    this.followed.delete(tripId);
  }

  private run(): void {
    this.timer = undefined;
    const tripIds = [...this.pending];
    this.pending.clear();
    if (tripIds.length === 0) return;
    const task = this.project(tripIds)
      .then((rows) => (rows.length > 0 ? writeProjectionRows(this.db, rows) : undefined))
      .catch((error: unknown) => this.logger.error({ err: error }, 'projection write failed'))
      .finally(() => this.writes.delete(task));
    this.writes.add(task);
  }

  /**
   * Reads the trips' projections, yielding to the event loop every few milliseconds so that
   * sync messages arriving meanwhile are not held up behind a batch of busy trips.
   */
  private async project(tripIds: readonly string[]): Promise<ProjectionRow[]> {
    const rows: ProjectionRow[] = [];
    let sliceStart = performance.now();
    for (const tripId of tripIds) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const followed = this.followed.get(tripId);
      if (!followed || followed.doc.isDestroyed) continue;
      try {
        const snapshot = followed.reader.read();
        const { title, startDate, endDate } = snapshot.details;
        const version = docVersion(followed.doc);
        rows.push({ tripId, json: JSON.stringify(snapshot), title, startDate, endDate, version });
      } catch (error) {
        this.logger.warn({ tripId, err: error }, 'projection skipped: unreadable');
      }
    }
    return rows;
  }

  /** Projects and stores every pending change now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.run();
    await Promise.all([...this.writes]);
  }
}
