import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlaceView } from '../model.js';
import { toView, VIEW_COLUMNS, type ViewRow } from './places-repository.js';

/** Filters shared by text and vector search. */
export interface PlaceFilters {
  near?: { lat: number; lon: number; radiusKm: number } | undefined;
  cityId?: string | undefined;
  categories?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  /** Trip places of this trip are visible too; null: catalogue and live places only. */
  tripId: string | null;
}

export interface TextCandidate {
  id: string;
  textScore: number;
  distanceKm: number | null;
  /** The whole row, so search needs no second round trip. */
  place: PlaceView;
}

const SELECTED_COLUMNS = sql.join(VIEW_COLUMNS.map((column) => sql.ref(`p.${column}`)));

/** Word similarity (0..1) from which a name counts as a typo of the query ("lovre" ~ "louvre"). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

/**
 * Without a radius, how many exact-word matches (best full-text rank first) are scored in full.
 * Larger match sets are cut to these before word similarity and the exact-name bonus are added.
 */
export const TEXT_RANK_POOL = 500;

/** Great-circle distance in km from a point to a row's (lat, lon), in SQL. */
export function distanceSql(lat: number, lon: number, alias = 'p'): RawBuilder<number> {
  const rowLat = sql.ref(`${alias}.lat`);
  const rowLon = sql.ref(`${alias}.lon`);
  return sql<number>`(12742.0176 * asin(least(1, sqrt(
    power(sin(radians(${rowLat} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${rowLat})) * power(sin(radians(${rowLon} - ${lon}) / 2), 2)
  ))))`;
}

/** The WHERE conditions of the filters, for a `places` row aliased `p`. */
export function filterConditions(filters: PlaceFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [
    filters.tripId === null
      ? sql`p.trip_id is null`
      : sql`(p.trip_id is null or p.trip_id = ${filters.tripId}::uuid)`,
  ];
  if (filters.near) {
    const { lat, lon, radiusKm } = filters.near;
    // A box around the circle lets the GiST index cut the table first; the exact test follows.
    const dLat = radiusKm / 111.32;
    const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    if (lon - dLon > -180 && lon + dLon < 180 && Math.abs(lat) + dLat < 90) {
      conditions.push(
        sql`point(p.lon, p.lat) <@ box(point(${lon - dLon}, ${lat - dLat}), point(${lon + dLon}, ${lat + dLat}))`,
      );
    }
    conditions.push(sql`${distanceSql(lat, lon)} <= ${radiusKm}`);
  }
  if (filters.cityId) conditions.push(sql`p.city_id = ${filters.cityId}`);
  if (filters.categories && filters.categories.length > 0) {
    conditions.push(sql`p.category in (${sql.join(filters.categories)})`);
  }
  if (filters.tags && filters.tags.length > 0) {
    conditions.push(sql`p.tags && array[${sql.join(filters.tags)}]::text[]`);
  }
  return conditions;
}

/**
 * Places matching the text (full-text on name, aliases, tags and description, or a trigram
 * typo match on name and aliases) and the filters, best first. Without text, nearest first.
 *
 * Plans: with a radius, the rows inside it are taken first (GiST box) and only they are scored;
 * without one, exact words are tried through the full-text index alone (the TEXT_RANK_POOL best
 * by full-text rank), and the costlier trigram typo match runs only when that finds too few.
 */
export async function findTextCandidates(
  db: Kysely<DB>,
  text: string | undefined,
  filters: PlaceFilters,
  limit: number,
): Promise<TextCandidate[]> {
  const conditions = filterConditions(filters);
  const distance = filters.near ? distanceSql(filters.near.lat, filters.near.lon) : sql`null`;
  type Row = ViewRow & { text_score: number; distance_km: number | null };
  const toCandidates = (rows: Row[]) =>
    rows.map((row) => ({
      id: row.id,
      textScore: Number(row.text_score),
      distanceKm: row.distance_km === null ? null : Number(row.distance_km),
      place: toView(row),
    }));

  if (!text) {
    const { rows } = await sql<Row>`
      select ${SELECTED_COLUMNS}, 0 as text_score, ${distance} as distance_km
      from places p
      where ${sql.join(conditions, sql` and `)}
      order by distance_km asc nulls last, p.id
      limit ${limit}`.execute(db);
    return toCandidates(rows);
  }

  // Scalar subqueries run once per search (init plans). unaccent() is only stable, so written
  // inline it would be evaluated again for every row scored, which doubled the cost of a search.
  const folded = sql`(select lower(unaccent(${text})))`;
  const tsquery = sql`(select plainto_tsquery('simple', lower(unaccent(${text}))))`;
  const similarity = sql`word_similarity(${folded}, p.search_name)`;
  // The name is the first thing in search_name, so the cheap prefix test skips unaccent() on
  // almost every row.
  const exactName = sql`case when left(p.search_name, length(${folded})) = ${folded}
    and lower(unaccent(p.name)) = ${folded} then 1 else 0 end`;
  const rank = sql`case when p.search_doc @@ ${tsquery} then 0.5 + ts_rank(p.search_doc, ${tsquery}) else 0 end`;
  const score = sql<number>`(${rank} + ${similarity} + ${exactName})`;
  const ranked = (from: RawBuilder<unknown>, where: RawBuilder<unknown>[]) => sql<Row>`
    select ${SELECTED_COLUMNS}, ${score} as text_score, ${distance} as distance_km
    from ${from}
    where ${sql.join(where, sql` and `)}
    order by text_score desc, distance_km asc nulls last, p.id
    limit ${limit}`;

  if (filters.near) {
    // The few hundred rows inside the radius come first (GiST box), and only they are scored.
    // An explicit threshold instead of `<%`: no index is wanted here, so no session setting.
    const nearby = sql`(select * from places p where ${sql.join(conditions, sql` and `)} offset 0) p`;
    const textMatch = sql`(p.search_doc @@ ${tsquery} or ${similarity} >= ${WORD_SIMILARITY_THRESHOLD})`;
    return toCandidates((await ranked(nearby, [textMatch]).execute(db)).rows);
  }

  // Exact words through the full-text index. A common word ("museum") matches thousands of rows;
  // the best TEXT_RANK_POOL by full-text rank are scored in full, not every match.
  const exactPool = sql`(select * from places p
    where ${sql.join([...conditions, sql`p.search_doc @@ ${tsquery}`], sql` and `)}
    order by ts_rank(p.search_doc, ${tsquery}) desc, p.id
    limit ${Math.max(TEXT_RANK_POOL, limit)}) p`;
  const exact = await ranked(exactPool, [sql`true`]).execute(db);
  if (exact.rows.length >= limit) return toCandidates(exact.rows);

  // Too few: add typo matches through the trigram index, which reads its threshold from the
  // session, so this one search holds a connection to set it first.
  const textMatch = sql`(p.search_doc @@ ${tsquery} or ${folded} <% p.search_name)`;
  return db.connection().execute(async (connection) => {
    // Re-set on every such search: pooled connections may be fresh.
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, false)`.execute(
      connection,
    );
    return toCandidates(
      (await ranked(sql`places p`, [...conditions, textMatch]).execute(connection)).rows,
    );
  });
}
