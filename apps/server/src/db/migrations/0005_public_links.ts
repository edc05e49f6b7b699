import { sql, type Kysely } from 'kysely';

/** Public read-only links: at most one per trip (creating another replaces it). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trip_public_links')
    .addColumn('trip_id', 'uuid', (c) => c.primaryKey().references('trips.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trip_public_links').execute();
}
