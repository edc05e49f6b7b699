import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlacesTable } from '../../db/tables/places.js';
import type { PlaceInput, PlaceView } from '../model.js';

const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql<string[]>`'{}'::text[]`
    : sql<string[]>`array[${sql.join(values)}]::text[]`;

/** Hash of everything a row holds, so seeding skips unchanged rows. */
export function contentHash(place: PlaceInput): string {
  return createHash('sha256').update(JSON.stringify(place)).digest('hex').slice(0, 32);
}

/** The columns a PlaceView is made of: searches read only these (no search text, no timestamps). */
export const VIEW_COLUMNS = [
  'id',
  'trip_id',
  'city_id',
  'source',
  'name',
  'aliases',
  'category',
  'tags',
  'lat',
  'lon',
  'duration_minutes',
  'price_level',
  'cost_amount',
  'cost_currency',
  'opening_hours',
  'timezone',
  'country',
  'description',
  'address',
] as const satisfies readonly (keyof PlacesTable)[];

export type ViewRow = Pick<Selectable<PlacesTable>, (typeof VIEW_COLUMNS)[number]>;

export function toView(row: ViewRow): PlaceView {
  return {
    id: row.id,
    tripId: row.trip_id,
    cityId: row.city_id,
    source: row.source,
    name: row.name,
    aliases: row.aliases,
    category: row.category,
    tags: row.tags,
    lat: row.lat,
    lon: row.lon,
    durationMinutes: row.duration_minutes,
    priceLevel: row.price_level,
    typicalCost:
      row.cost_amount !== null && row.cost_currency !== null
        ? { amount: row.cost_amount, currency: row.cost_currency }
        : null,
    openingHours: row.opening_hours,
    timezone: row.timezone,
    country: row.country,
    description: row.description,
    address: row.address,
  };
}

/** All reads and writes of the places and place_embeddings tables. */
export class PlacesRepository {
  constructor(readonly db: Kysely<DB>) {}

  /**
   * Inserts places, or rewrites those whose content changed (same id). Returns the ids written,
   * so only they need new embeddings.
   */
  async upsert(places: readonly PlaceInput[]): Promise<string[]> {
    const written: string[] = [];
    for (let start = 0; start < places.length; start += 500) {
      const chunk = places.slice(start, start + 500);
      const rows = await this.db
        .insertInto('places')
        .values(
          chunk.map((p) => ({
            id: p.id,
            trip_id: p.tripId,
            city_id: p.cityId,
            source: p.source,
            name: p.name,
            aliases: textArray(p.aliases),
            category: p.category,
            tags: textArray(p.tags),
            lat: p.lat,
            lon: p.lon,
            duration_minutes: p.durationMinutes,
            price_level: p.priceLevel,
            cost_amount: p.cost?.amount ?? null,
            cost_currency: p.cost?.currency ?? null,
            opening_hours: p.openingHours,
            timezone: p.timezone,
            country: p.country,
            description: p.description,
            address: p.address,
            search_name: sql<string>`lower(unaccent(${[p.name, ...p.aliases].join(' ')}))`,
            search_body: sql<string>`lower(unaccent(${[p.category, ...p.tags, p.description].join(' ')}))`,
            content_hash: contentHash(p),
            created_by: p.createdBy,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({
              city_id: eb.ref('excluded.city_id'),
              name: eb.ref('excluded.name'),
              aliases: eb.ref('excluded.aliases'),
              category: eb.ref('excluded.category'),
              tags: eb.ref('excluded.tags'),
              lat: eb.ref('excluded.lat'),
              lon: eb.ref('excluded.lon'),
              duration_minutes: eb.ref('excluded.duration_minutes'),
              price_level: eb.ref('excluded.price_level'),
              cost_amount: eb.ref('excluded.cost_amount'),
              cost_currency: eb.ref('excluded.cost_currency'),
              opening_hours: eb.ref('excluded.opening_hours'),
              timezone: eb.ref('excluded.timezone'),
              country: eb.ref('excluded.country'),
              description: eb.ref('excluded.description'),
              address: eb.ref('excluded.address'),
              search_name: eb.ref('excluded.search_name'),
              search_body: eb.ref('excluded.search_body'),
              content_hash: eb.ref('excluded.content_hash'),
              updated_at: sql`now()`,
            }))
            // Only rows of the same origin are replaced, and only when their content changed.
            .where('places.content_hash', '<>', (eb) => eb.ref('excluded.content_hash'))
            .where('places.source', '=', (eb) => eb.ref('excluded.source')),
        )
        .returning('id')
        .execute();
      written.push(...rows.map((row) => row.id));
    }
    return written;
  }

  /** Removes catalogue rows whose ids the catalogue no longer has. */
  async deleteCatalogueExcept(ids: readonly string[]): Promise<number> {
    const result = await this.db
      .deleteFrom('places')
      .where('source', '=', 'catalogue')
      .where(sql<boolean>`not (id = any(${textArray(ids)}))`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async byIds(ids: readonly string[]): Promise<PlaceView[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('places')
      .select(VIEW_COLUMNS)
      .where('id', 'in', ids)
      .execute();
    return rows.map(toView);
  }

  /** Ids among `ids` that have no embedding of `model` yet. */
  async missingEmbeddings(model: string, ids?: readonly string[]): Promise<PlaceView[]> {
    let query = this.db
      .selectFrom('places')
      .leftJoin('place_embeddings as e', (join) =>
        join.onRef('e.place_id', '=', 'places.id').on('e.model', '=', model),
      )
      .select(VIEW_COLUMNS.map((c) => `places.${c}` as const))
      .where('e.place_id', 'is', null);
    if (ids) {
      if (ids.length === 0) return [];
      query = query.where('places.id', 'in', ids);
    }
    const rows = await query.execute();
    return rows.map(toView);
  }

  async saveEmbeddings(
    model: string,
    vectors: readonly { placeId: string; vector: readonly number[] }[],
    withPgvector: boolean,
  ): Promise<void> {
    for (let start = 0; start < vectors.length; start += 200) {
      const chunk = vectors.slice(start, start + 200);
      const values = chunk.map(({ placeId, vector }) => {
        const literal = `{${vector.join(',')}}`;
        return sql`(${placeId}, ${model}, ${literal}::real[]${
          withPgvector ? sql`, ${`[${vector.join(',')}]`}::vector` : sql``
        })`;
      });
      await sql`
        insert into place_embeddings (place_id, model, embedding${withPgvector ? sql`, vec` : sql``})
        values ${sql.join(values)}
        on conflict (place_id) do update set
          model = excluded.model,
          embedding = excluded.embedding,
          ${withPgvector ? sql`vec = excluded.vec,` : sql``}
          seq = nextval(pg_get_serial_sequence('place_embeddings', 'seq'))
      `.execute(this.db);
    }
  }
}
