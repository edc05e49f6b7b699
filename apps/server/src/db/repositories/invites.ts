import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { InviteRow } from '../tables/accounts.js';

/** Invite links: only the SHA-256 of the token is stored. */
export class InvitesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  create(input: {
    tripId: string;
    tokenHash: string;
    role: 'editor' | 'viewer';
    createdBy: string;
    expiresAt: Date;
  }): Promise<InviteRow> {
    return this.db
      .insertInto('trip_invites')
      .values({
        trip_id: input.tripId,
        token_hash: input.tokenHash,
        role: input.role,
        created_by: input.createdBy,
        expires_at: input.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  listForTrip(tripId: string): Promise<InviteRow[]> {
    return this.db
      .selectFrom('trip_invites')
      .selectAll()
      .where('trip_id', '=', tripId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  findByTokenHash(tokenHash: string): Promise<InviteRow | undefined> {
    return this.db
      .selectFrom('trip_invites')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  async revoke(tripId: string, inviteId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('trip_invites')
      .set({ revoked_at: new Date() })
      .where('id', '=', inviteId)
      .where('trip_id', '=', tripId)
      .where('revoked_at', 'is', null)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Marks the invite used; false when someone else used, revoked or let it expire first. */
  async markAccepted(inviteId: string, userId: string): Promise<boolean> {
    const now = new Date();
    const result = await this.db
      .updateTable('trip_invites')
      .set({ accepted_at: now, accepted_by: userId })
      .where('id', '=', inviteId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}
