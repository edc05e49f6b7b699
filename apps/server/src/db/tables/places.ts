import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** Where a place row came from. */
export type PlaceSource = 'catalogue' | 'user' | 'overpass';

/**
 * One searchable place: the catalogue's (trip_id null, seeded at start-up), a trip's own
 * (trip_id set, visible to that trip only) or one fetched from a live source.
 */
export interface PlacesTable {
  id: string;
  trip_id: string | null;
  city_id: string | null;
  source: PlaceSource;
  name: string;
  aliases: string[];
  category: string;
  tags: string[];
  lat: number;
  lon: number;
  duration_minutes: number | null;
  price_level: number | null;
  cost_amount: number | null;
  cost_currency: string | null;
  opening_hours: string | null;
  timezone: string;
  country: string | null;
  description: string;
  address: string | null;
  /** Lower-cased, accent-free name and aliases, for trigram matching. */
  search_name: string;
  /** Lower-cased, accent-free category, tags and description. */
  search_body: string;
  /** Generated from search_name (weight A) and search_body (weight B); never written. */
  search_doc: ColumnType<string, never, never>;
  /** Hash of the content; seeding rewrites a catalogue row only when it changed. */
  content_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/**
 * A place's embedding, one row per place. `seq` grows on every write so an in-process vector
 * index can catch up with rows written by other server instances.
 */
export interface PlaceEmbeddingsTable {
  place_id: string;
  model: string;
  embedding: number[];
  seq: Generated<number>;
}

export interface PlaceTables {
  places: PlacesTable;
  place_embeddings: PlaceEmbeddingsTable;
}
