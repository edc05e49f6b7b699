import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface PublicUser {
  id: string;
  email: string;
  name: string;
}

export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Returns null when the email is taken (case-insensitively). */
  async create(input: { email: string; name: string; passwordHash: string }) {
    const row = await this.db
      .insertInto('users')
      .values({ email: input.email, name: input.name, password_hash: input.passwordHash })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
      .returning(['id', 'email', 'name'])
      .executeTakeFirst();
    return row ?? null;
  }

  findByEmail(email: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'password_hash'])
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  }

  findById(id: string): Promise<PublicUser | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
