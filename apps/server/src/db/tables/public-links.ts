import type { ColumnType } from 'kysely';

/** One public read-only link per trip; only the token's SHA-256 hash is stored. */
export interface TripPublicLinksTable {
  trip_id: string;
  token_hash: string;
  created_by: string;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PublicLinkTables {
  trip_public_links: TripPublicLinksTable;
}
