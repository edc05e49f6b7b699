import { sql, type Kysely } from 'kysely';

/**
 * Places and their embeddings. Text search needs pg_trgm (typo tolerance) and unaccent (created
 * by the database module before migrations run). Where the database offers pgvector, embeddings
 * also get a `vector` column; elsewhere the server keeps an in-process index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('places')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trip_id', 'uuid', (c) => c.references('trips.id').onDelete('cascade'))
    .addColumn('city_id', 'text')
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('catalogue', 'user', 'overpass')`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer')
    .addColumn('price_level', 'smallint')
    .addColumn('cost_amount', 'integer')
    .addColumn('cost_currency', 'text')
    .addColumn('opening_hours', 'text')
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text')
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('search_body', 'text', (c) => c.notNull())
    .addColumn('search_doc', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('simple', search_name), 'A') || setweight(to_tsvector('simple', search_body), 'B')`,
        )
        .stored(),
    )
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await sql`create index places_search_doc_idx on places using gin (search_doc)`.execute(db);
  await sql`create index places_search_name_trgm_idx on places using gin (search_name public.gin_trgm_ops)`.execute(
    db,
  );
  // Radius queries test a bounding box against this index before the exact haversine distance.
  await sql`create index places_point_idx on places using gist (point(lon, lat))`.execute(db);
  await sql`create index places_tags_idx on places using gin (tags)`.execute(db);
  await sql`create index places_trip_idx on places (trip_id) where trip_id is not null`.execute(db);
  await sql`create index places_city_idx on places (city_id, category)`.execute(db);

  await db.schema
    .createTable('place_embeddings')
    .addColumn('place_id', 'text', (c) =>
      c.primaryKey().references('places.id').onDelete('cascade'),
    )
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('embedding', sql`real[]`, (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .execute();
  await sql`create index place_embeddings_seq_idx on place_embeddings (seq)`.execute(db);

  const { rows } = await sql<{
    available: boolean;
  }>`select exists (select 1 from pg_available_extensions where name = 'vector') as available`.execute(
    db,
  );
  if (rows[0]?.available) {
    await sql`create extension if not exists vector with schema public`.execute(db);
    // No fixed dimension: the configured embedder decides it; exact scans suit this table's size.
    await sql`alter table place_embeddings add column vec public.vector`.execute(db);
  }
}
