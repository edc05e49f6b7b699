import { createDatabase, type Database } from '../../db/index.js';
import { createTestDatabase } from '../../../test/support/database.js';

/**
 * The databases the places tests run on: always an in-memory PGlite, and the PostgreSQL of
 * TEST_DATABASE_URL (own schema per test file) when it is set, so relevance is checked on both.
 */
export const PLACES_TEST_DIALECTS: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export function openPlacesTestDatabase(dialect: 'pglite' | 'postgres'): Promise<Database> {
  return dialect === 'pglite' ? createDatabase({}) : createTestDatabase();
}
