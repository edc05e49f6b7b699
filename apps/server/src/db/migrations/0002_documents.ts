import { sql, type Kysely } from 'kysely';

/** Trip documents: compacted snapshots, the append-only update log and JSON projections. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trip_documents')
    .addColumn('trip_id', 'uuid', (c) => c.primaryKey().references('trips.id').onDelete('cascade'))
    .addColumn('snapshot', 'bytea', (c) => c.notNull())
    .addColumn('snapshot_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A global identity keeps appends free of per-trip counters (no row lock on the hot path);
  // compaction deletes exactly the rows it merges, so gaps and commit order do not matter.
  await db.schema
    .createTable('trip_updates')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('trip_id', 'uuid', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('update', 'bytea', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('trip_updates_trip_seq_idx')
    .on('trip_updates')
    .columns(['trip_id', 'seq'])
    .execute();

  await db.schema
    .createTable('trip_projections')
    .addColumn('trip_id', 'uuid', (c) => c.primaryKey().references('trips.id').onDelete('cascade'))
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trip_projections').execute();
  await db.schema.dropTable('trip_updates').execute();
  await db.schema.dropTable('trip_documents').execute();
}
