import type { Migration } from 'kysely';
import * as accounts from './0001_accounts.js';
import * as documents from './0002_documents.js';
import * as places from './0003_places.js';
import * as ai from './0004_ai.js';
import * as publicLinks from './0005_public_links.js';

/**
 * Every migration, in order. Names sort in the order they run; each area appends its own file
 * and one line here. They run unchanged on PGlite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
  '0001_accounts': accounts,
  '0002_documents': documents,
  '0003_places': places,
  '0004_ai': ai,
  '0005_public_links': publicLinks,
};
