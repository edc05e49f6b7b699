import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { MembershipRole } from '../tables/accounts.js';

/** Writes to trip membership. Reads and role decisions live in policies/. */
export class MembersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async setRole(tripId: string, userId: string, role: 'editor' | 'viewer'): Promise<boolean> {
    const result = await this.db
      .updateTable('trip_members')
      .set({ role })
      .where('trip_id', '=', tripId)
      .where('user_id', '=', userId)
      .where('role', '!=', 'owner')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async remove(tripId: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('trip_members')
      .where('trip_id', '=', tripId)
      .where('user_id', '=', userId)
      .where('role', '!=', 'owner')
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Adds a member unless already one; returns the role they now have. */
  async add(tripId: string, userId: string, role: MembershipRole): Promise<MembershipRole> {
    await this.db
      .insertInto('trip_members')
      .values({ trip_id: tripId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['trip_id', 'user_id']).doNothing())
      .execute();
    const row = await this.db
      .selectFrom('trip_members')
      .select('role')
      .where('trip_id', '=', tripId)
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return row.role;
  }

  /** Makes `newOwnerId` (already a member) the owner and the old owner an editor, atomically. */
  async transferOwnership(tripId: string, oldOwnerId: string, newOwnerId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('trip_members')
        .set({ role: 'editor' })
        .where('trip_id', '=', tripId)
        .where('user_id', '=', oldOwnerId)
        .execute();
      await trx
        .updateTable('trip_members')
        .set({ role: 'owner' })
        .where('trip_id', '=', tripId)
        .where('user_id', '=', newOwnerId)
        .execute();
      await trx
        .updateTable('trips')
        .set({ owner_id: newOwnerId })
        .where('id', '=', tripId)
        .execute();
    });
  }
}
