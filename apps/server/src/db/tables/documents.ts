import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** One row per trip: the compacted Yjs state and the highest log seq merged into it. */
export interface TripDocumentsTable {
  trip_id: string;
  snapshot: Uint8Array;
  /** Highest trip_updates.seq folded into `snapshot` (0: none yet). */
  snapshot_seq: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Append-only log of every accepted Yjs update, written before the update is acknowledged. */
export interface TripUpdatesTable {
  seq: Generated<number>;
  trip_id: string;
  update: Uint8Array;
  /** User id of the author; null for system changes. */
  actor_id: string | null;
  created_at: CreatedAt;
}

/** Read model of a trip: the core JSON snapshot plus columns for listing. */
export interface TripProjectionsTable {
  trip_id: string;
  snapshot: ColumnType<unknown, string, string>;
  title: string;
  start_date: string | null;
  end_date: string | null;
  /** Monotone size of the Y.Doc the projection was read from; a write never lowers it. */
  version: number;
  updated_at: UpdatedAt;
}

/** Tables of the trip documents (update log, snapshots, projections). */
export interface DocumentTables {
  trip_documents: TripDocumentsTable;
  trip_updates: TripUpdatesTable;
  trip_projections: TripProjectionsTable;
}
