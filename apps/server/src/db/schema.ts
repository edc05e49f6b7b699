import type { AiTables } from './tables/ai.js';
import type { AccountTables } from './tables/accounts.js';
import type { DocumentTables } from './tables/documents.js';
import type { PlaceTables } from './tables/places.js';
import type { PublicLinkTables } from './tables/public-links.js';

/** The whole database, composed from each area's tables. */
export interface DB
  extends AccountTables, DocumentTables, PlaceTables, AiTables, PublicLinkTables {}
