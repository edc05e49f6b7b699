import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlacesTable } from '../../db/tables/places.js';
import type { PlaceView } from '../model.js';
import { PLACE_COLUMNS, toView } from './places-repository.js';

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

const SELECTED_COLUMNS = sql.join(PLACE_COLUMNS.map((column) => sql.ref(`p.${column}`)));

/** Word similarity (0..1) from which a name counts as a typo of the query ("lovre" ~ "louvre"). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

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
 * without one, exact words are tried through the full-text index alone, and the costlier trigram
 * typo match runs only when that finds too few.
 */
export async function findTextCandidates(
  db: Kysely<DB>,
  text: string | undefined,
  filters: PlaceFilters,
  limit: number,
): Promise<TextCandidate[]> {
  const conditions = filterConditions(filters);
  const distance = filters.near ? distanceSql(filters.near.lat, filters.near.lon) : sql`null`;
  type Row = Selectable<PlacesTable> & { text_score: number; distance_km: number | null };
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

  const folded = sql`lower(unaccent(${text}))`;
  const tsquery = sql`plainto_tsquery('simple', ${folded})`;
  const score = sql<number>`(
    case when p.search_doc @@ ${tsquery} then 0.5 + ts_rank(p.search_doc, ${tsquery}) else 0 end
    + word_similarity(${folded}, p.search_name)
    + case when lower(unaccent(p.name)) = ${folded} then 1 else 0 end
  )`;
  const textMatch = sql`(p.search_doc @@ ${tsquery} or ${folded} <% p.search_name)`;
  const ranked = (from: RawBuilder<unknown>, where: RawBuilder<unknown>[]) => sql<Row>`
    select ${SELECTED_COLUMNS}, ${score} as text_score, ${distance} as distance_km
    from ${from}
    where ${sql.join(where, sql` and `)}
    order by text_score desc, distance_km asc nulls last, p.id
    limit ${limit}`;

  return db.connection().execute(async (connection) => {
    // Session setting, re-set on every search: pooled connections may be fresh.
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, false)`.execute(
      connection,
    );
    if (filters.near) {
      const nearby = sql`(select * from places p where ${sql.join(conditions, sql` and `)} offset 0) p`;
      return toCandidates((await ranked(nearby, [textMatch]).execute(connection)).rows);
    }
    const exact = await ranked(sql`places p`, [
      ...conditions,
      sql`p.search_doc @@ ${tsquery}`,
    ]).execute(connection);
    if (exact.rows.length >= limit) return toCandidates(exact.rows);
    return toCandidates(
      (await ranked(sql`places p`, [...conditions, textMatch]).execute(connection)).rows,
    );
  });
}
