import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

export interface TripListEntry {
  id: string;
  role: 'owner' | 'editor' | 'viewer';
  title: string;
  startDate: string | null;
  endDate: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  snapshot: unknown;
}

/** A trip's title and dates, as its page heading and the trip list show them. */
export type TripHeading = Omit<TripListEntry, 'role' | 'snapshot'>;

/** The columns of a trip and its projection that make its heading. */
const HEADING_COLUMNS = [
  'trips.id',
  'trips.created_at',
  'trip_projections.title',
  'trip_projections.start_date',
  'trip_projections.end_date',
  'trip_projections.updated_at',
] as const;

function headingOf(row: {
  id: string;
  created_at: Date;
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  updated_at: Date | null;
}): TripHeading {
  return {
    id: row.id,
    title: row.title ?? '',
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The relational side of a trip: its row and its owner membership. Content is in its document. */
export class TripsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Creates the trip row with its owner as first member, in one transaction. */
  async create(ownerId: string): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      const trip = await trx
        .insertInto('trips')
        .values({ owner_id: ownerId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('trip_members')
        .values({ trip_id: trip.id, user_id: ownerId, role: 'owner' })
        .execute();
      return trip.id;
    });
  }

  /** Undoes a create whose document could not be made. */
  async discard(tripId: string): Promise<void> {
    await this.db.deleteFrom('trips').where('id', '=', tripId).execute();
  }

  /** Soft delete: the trip disappears for everyone; rows stay for audit. */
  async markDeleted(tripId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('trips')
      .set({ deleted_at: new Date() })
      .where('id', '=', tripId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** The user's trips, read from the projections, soonest first. */
  async listForUser(userId: string, limit: number, offset: number): Promise<TripListEntry[]> {
    const rows = await this.db
      .selectFrom('trip_members')
      .innerJoin('trips', 'trips.id', 'trip_members.trip_id')
      .leftJoin('trip_projections', 'trip_projections.trip_id', 'trips.id')
      .select([...HEADING_COLUMNS, 'trip_members.role', 'trip_projections.snapshot'])
      .where('trip_members.user_id', '=', userId)
      .where('trips.deleted_at', 'is', null)
      .orderBy('trip_projections.start_date', (ob) => ob.asc().nullsLast())
      .orderBy('trips.created_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((row) => ({ ...headingOf(row), role: row.role, snapshot: row.snapshot }));
  }

  /** One trip's title and dates from its projection, without its content; null when gone. */
  async summary(tripId: string): Promise<TripHeading | null> {
    const row = await this.db
      .selectFrom('trips')
      .leftJoin('trip_projections', 'trip_projections.trip_id', 'trips.id')
      .select(HEADING_COLUMNS)
      .where('trips.id', '=', tripId)
      .where('trips.deleted_at', 'is', null)
      .executeTakeFirst();
    return row ? headingOf(row) : null;
  }

  async countForUser(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('trip_members')
      .innerJoin('trips', 'trips.id', 'trip_members.trip_id')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('trip_members.user_id', '=', userId)
      .where('trips.deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.total);
  }
}
