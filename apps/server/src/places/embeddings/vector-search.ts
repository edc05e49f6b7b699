import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { filterConditions, type PlaceFilters } from '../store/search-query.js';
import { MemoryVectorIndex } from './memory-vector-index.js';

export interface VectorHit {
  id: string;
  similarity: number;
}

/** Nearest places to a query vector, under the same filters as text search. */
export interface VectorSearch {
  readonly kind: 'pgvector' | 'memory';
  nearest(
    model: string,
    vector: readonly number[],
    filters: PlaceFilters,
    k: number,
  ): Promise<VectorHit[]>;
}

/** Whether this database stores embeddings in a pgvector column (see migration 0003). */
export async function hasPgvector(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`
    select exists (
      select 1 from information_schema.columns
      where table_schema = current_schema() and table_name = 'place_embeddings' and column_name = 'vec'
    ) as present`.execute(db);
  return rows[0]?.present === true;
}

export function createPgvectorSearch(db: Kysely<DB>): VectorSearch {
  return {
    kind: 'pgvector',
    async nearest(model, vector, filters, k) {
      const literal = `[${vector.join(',')}]`;
      const { rows } = await sql<{ id: string; similarity: number }>`
        select p.id, 1 - (e.vec <=> ${literal}::vector) as similarity
        from place_embeddings e join places p on p.id = e.place_id
        where e.model = ${model} and ${sql.join(filterConditions(filters), sql` and `)}
        order by e.vec <=> ${literal}::vector
        limit ${k}`.execute(db);
      return rows.map((row) => ({ id: row.id, similarity: Number(row.similarity) }));
    },
  };
}

/**
 * Exact cosine search over vectors held in this process, for databases without pgvector (see
 * MemoryVectorIndex for the layout). Before each search it reads embeddings written since its
 * last read (by `seq`), so places added through another server instance become findable here too.
 */
export function createMemoryVectorSearch(db: Kysely<DB>): VectorSearch {
  const index = new MemoryVectorIndex();
  let lastSeq = 0;
  let loadedModel: string | undefined;
  let catchingUp: Promise<void> | undefined;

  async function catchUp(model: string): Promise<void> {
    if (loadedModel !== model) {
      index.clear();
      lastSeq = 0;
      loadedModel = model;
    }
    for (;;) {
      const rows = await db
        .selectFrom('place_embeddings as e')
        .innerJoin('places as p', 'p.id', 'e.place_id')
        .select([
          'e.seq',
          'e.embedding',
          'p.id',
          'p.trip_id',
          'p.city_id',
          'p.category',
          'p.tags',
          'p.lat',
          'p.lon',
        ])
        .where('e.model', '=', model)
        .where('e.seq', '>', lastSeq)
        .orderBy('e.seq')
        .limit(5000)
        .execute();
      for (const row of rows) {
        index.upsert(
          {
            id: row.id,
            tripId: row.trip_id,
            cityId: row.city_id,
            category: row.category,
            tags: row.tags,
            lat: row.lat,
            lon: row.lon,
          },
          row.embedding,
        );
        lastSeq = Math.max(lastSeq, Number(row.seq));
      }
      if (rows.length < 5000) return;
    }
  }

  return {
    kind: 'memory',
    async nearest(model, vector, filters, k) {
      // One catch-up at a time; concurrent searches wait for the same read.
      catchingUp ??= catchUp(model).finally(() => {
        catchingUp = undefined;
      });
      await catchingUp;
      return index.nearest(vector, filters, k);
    },
  };
}
