import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialect } from '../../test/support/database.js';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

describe(`the database (${testDialect})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('runs every migration on open', async () => {
    const { rows } = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(database.db);
    expect(rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
  });

  it('has the trigram and unaccent extensions for search', async () => {
    const { rows } = await sql<{
      similar: number;
      plain: string;
    }>`select similarity('lisbon', 'lisboa') as similar, unaccent('São Paulo') as plain`.execute(
      database.db,
    );
    expect(rows[0]?.plain).toBe('Sao Paulo');
    expect(rows[0]?.similar).toBeGreaterThan(0.3);
  });

  it('reads calendar dates as text and counts as numbers', async () => {
    const { rows } = await sql<{
      day: unknown;
      total: unknown;
    }>`select date '2026-05-01' as day, count(*) as total from users`.execute(database.db);
    expect(rows[0]).toEqual({ day: '2026-05-01', total: 0 });
  });

  it('rolls back a failed transaction and keeps earlier data', async () => {
    const user = await database.db
      .insertInto('users')
      .values({ email: 'tx@example.com', name: 'Tx', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ name: 'Changed' }).where('id', '=', user.id).execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const row = await database.db
      .selectFrom('users')
      .select('name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Tx');
  });
});
