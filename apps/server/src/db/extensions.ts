import { sql, type Kysely } from 'kysely';

/** Extensions the search features use; kept in `public` so every schema shares them. */
export const EXTENSIONS = ['pg_trgm', 'unaccent'] as const;

// duplicate_object / unique_violation: another process created it at the same moment.
const CONCURRENT_CREATION = new Set(['42710', '23505']);

export async function ensureExtensions(
  db: Kysely<unknown>,
  onMissing: (name: string, reason: string) => void,
): Promise<void> {
  for (const name of EXTENSIONS) {
    try {
      await sql`create extension if not exists ${sql.id(name)} with schema public`.execute(db);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && CONCURRENT_CREATION.has(code)) continue;
      onMissing(name, error instanceof Error ? error.message : String(error));
    }
  }
}
