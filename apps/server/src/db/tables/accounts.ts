import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface TripsTable {
  id: Generated<string>;
  owner_id: string;
  created_at: CreatedAt;
  deleted_at: NullableTimestamp;
}

export type MembershipRole = 'owner' | 'editor' | 'viewer';

export interface TripMembersTable {
  trip_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: CreatedAt;
}

export interface TripInvitesTable {
  id: Generated<string>;
  trip_id: string;
  token_hash: string;
  role: Exclude<MembershipRole, 'owner'>;
  created_by: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
}

/** Identity, membership, invites and sessions: ordinary relational tables. */
export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  trips: TripsTable;
  trip_members: TripMembersTable;
  trip_invites: TripInvitesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TripRow = Selectable<TripsTable>;
export type InviteRow = Selectable<TripInvitesTable>;
