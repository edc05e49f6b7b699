import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { TripRole } from './roles.js';

export interface TripMember {
  userId: string;
  email: string;
  name: string;
  role: TripRole;
  joinedAt: Date;
}

/** Who belongs to which (not deleted) trip, and in which role. */
export class MembershipRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The user's role on the trip; null when not a member or the trip is gone. */
  async getRole(tripId: string, userId: string): Promise<TripRole | null> {
    const row = await this.db
      .selectFrom('trip_members')
      .innerJoin('trips', 'trips.id', 'trip_members.trip_id')
      .select('trip_members.role')
      .where('trip_members.trip_id', '=', tripId)
      .where('trip_members.user_id', '=', userId)
      .where('trips.deleted_at', 'is', null)
      .executeTakeFirst();
    return row?.role ?? null;
  }

  list(tripId: string): Promise<TripMember[]> {
    return this.db
      .selectFrom('trip_members')
      .innerJoin('users', 'users.id', 'trip_members.user_id')
      .select([
        'users.id as userId',
        'users.email',
        'users.name',
        'trip_members.role',
        'trip_members.created_at as joinedAt',
      ])
      .where('trip_members.trip_id', '=', tripId)
      .orderBy('trip_members.created_at')
      .orderBy('users.name')
      .execute();
  }
}
