import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { vector } from '@electric-sql/pglite-pgvector';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ensureExtensions } from './extensions.js';
import { migrations } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';
import { DATE_OID, INT8_OID, parseDate, parseInt8 } from './type-parsers.js';

export type DialectName = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; absent: embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (DATA_DIR/pglite); absent or 'memory://': in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL only: tables live in this schema (it must exist); extensions stay in public. */
  schema?: string | undefined;
  poolSize?: number;
  onWarning?: (message: string) => void;
}

/** Opens the database and brings its schema up to date before anyone uses it. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  const opened = options.databaseUrl
    ? openPostgres(options.databaseUrl, options)
    : await openPGlite(options.dataDir);
  try {
    await migrate(opened.db, options.schema, options.onWarning ?? (() => {}));
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

function openPostgres(databaseUrl: string, options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
        if (oid === INT8_OID) return parseInt8;
        if (oid === DATE_OID) return parseDate;
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

async function openPGlite(dataDir: string | undefined): Promise<Database> {
  const inMemory = dataDir === undefined || dataDir.startsWith('memory://');
  const directory = inMemory ? undefined : path.resolve(dataDir, 'pglite');
  if (directory) await mkdir(directory, { recursive: true });
  const pglite = await PGlite.create({
    ...(directory ? { dataDir: directory } : {}),
    extensions: { pg_trgm, unaccent, vector },
    parsers: { [INT8_OID]: parseInt8, [DATE_OID]: parseDate },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, dialect: 'pglite', close: () => db.destroy() };
}

async function migrate(
  db: Kysely<DB>,
  schema: string | undefined,
  warn: (message: string) => void,
): Promise<void> {
  const plain = db as unknown as Kysely<unknown>;
  await ensureExtensions(plain, (name, reason) =>
    warn(`extension ${name} is not available (${reason}); search falls back to plain matching`),
  );
  const migrator = new Migrator({
    db: plain,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // With several schemas in one database, Kysely must look for its own tables in ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
}
