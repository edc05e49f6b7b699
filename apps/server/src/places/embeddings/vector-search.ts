import { haversineKm } from '@caravan/places';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { filterConditions, type PlaceFilters } from '../store/search-query.js';

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

interface Entry {
  id: string;
  tripId: string | null;
  cityId: string | null;
  category: string;
  tags: string[];
  lat: number;
  lon: number;
  vector: Float32Array;
  norm: number;
}

/**
 * Brute-force cosine search over vectors held in this process, for databases without pgvector.
 * Before each search it reads embeddings written since its last read (by `seq`), so places
 * added through another server instance become findable here too.
 */
export function createMemoryVectorSearch(db: Kysely<DB>): VectorSearch {
  const entries = new Map<string, Entry>();
  let lastSeq = 0;
  let loadedModel: string | undefined;
  let catchingUp: Promise<void> | undefined;

  async function catchUp(model: string): Promise<void> {
    if (loadedModel !== model) {
      entries.clear();
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
        const vector = Float32Array.from(row.embedding);
        let norm = 0;
        for (const value of vector) norm += value * value;
        entries.set(row.id, {
          id: row.id,
          tripId: row.trip_id,
          cityId: row.city_id,
          category: row.category,
          tags: row.tags,
          lat: row.lat,
          lon: row.lon,
          vector,
          norm: Math.sqrt(norm),
        });
        lastSeq = Math.max(lastSeq, Number(row.seq));
      }
      if (rows.length < 5000) return;
    }
  }

  function matches(entry: Entry, filters: PlaceFilters): boolean {
    if (entry.tripId !== null && entry.tripId !== filters.tripId) return false;
    if (filters.cityId && entry.cityId !== filters.cityId) return false;
    if (filters.categories?.length && !filters.categories.includes(entry.category)) return false;
    if (filters.tags?.length && !filters.tags.some((tag) => entry.tags.includes(tag))) return false;
    if (filters.near && haversineKm(filters.near, entry) > filters.near.radiusKm) return false;
    return true;
  }

  return {
    kind: 'memory',
    async nearest(model, vector, filters, k) {
      // One catch-up at a time; concurrent searches wait for the same read.
      catchingUp ??= catchUp(model).finally(() => {
        catchingUp = undefined;
      });
      await catchingUp;
      const query = Float32Array.from(vector);
      let queryNorm = 0;
      for (const value of query) queryNorm += value * value;
      queryNorm = Math.sqrt(queryNorm);
      if (queryNorm === 0) return [];
      const best: VectorHit[] = [];
      for (const entry of entries.values()) {
        if (entry.norm === 0 || !matches(entry, filters)) continue;
        let dot = 0;
        const v = entry.vector;
        const n = Math.min(v.length, query.length);
        // Hot loop over every vector: typed-array reads, no undefined checks.
        for (let i = 0; i < n; i++) dot += (v[i] as number) * (query[i] as number);
        const similarity = dot / (entry.norm * queryNorm);
        if (best.length < k || similarity > (best[best.length - 1]?.similarity ?? -1)) {
          best.push({ id: entry.id, similarity });
          best.sort((a, b) => b.similarity - a.similarity);
          if (best.length > k) best.pop();
        }
      }
      return best;
    },
  };
}
