import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import type { MembershipRepository } from './membership-repository.js';
import { can, type TripAction, type TripRole } from './roles.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TripAccessDeps {
  db: Kysely<DB>;
  memberships: MembershipRepository;
}

/**
 * The one decision for every trip route: unknown (or deleted) trip -> 404, not a member or a
 * role without the action -> 403, otherwise the member's role.
 */
export async function authorizeTrip(
  deps: TripAccessDeps,
  tripId: string,
  userId: string,
  action: TripAction,
): Promise<TripRole> {
  if (!UUID.test(tripId)) throw new ProblemError('not_found', `trip ${tripId} not found`);
  const role = await deps.memberships.getRole(tripId, userId);
  if (!role) {
    const trip = await deps.db
      .selectFrom('trips')
      .select('id')
      .where('id', '=', tripId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!trip) throw new ProblemError('not_found', `trip ${tripId} not found`);
    throw new ProblemError('forbidden', 'you are not a member of this trip');
  }
  if (!can(role, action)) {
    throw new ProblemError('forbidden', `a trip ${role} may not do ${action}`);
  }
  return role;
}
