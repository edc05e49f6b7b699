export const TRIP_ROLES = ['owner', 'editor', 'viewer'] as const;
export type TripRole = (typeof TRIP_ROLES)[number];

/** Every action on a trip that needs a decision. */
export const TRIP_ACTIONS = [
  'trip.read',
  'trip.edit',
  'trip.delete',
  'trip.leave',
  'members.read',
  'members.manage',
  'ownership.transfer',
  'invites.read',
  'invites.manage',
  'comments.write',
  'polls.vote',
  'ai.use',
] as const;
export type TripAction = (typeof TRIP_ACTIONS)[number];

// The single table of who may do what. Viewers read; editors change content and invite;
// only the owner manages members, deletes the trip or hands it over.
const allowed: Record<TripRole, ReadonlySet<TripAction>> = {
  viewer: new Set<TripAction>(['trip.read', 'trip.leave', 'members.read']),
  editor: new Set<TripAction>([
    'trip.read',
    'trip.edit',
    'trip.leave',
    'members.read',
    'invites.read',
    'invites.manage',
    'comments.write',
    'polls.vote',
    'ai.use',
  ]),
  owner: new Set<TripAction>(TRIP_ACTIONS.filter((action) => action !== 'trip.leave')),
};

/** Whether a member with this role (null: not a member) may do the action. */
export function can(role: TripRole | null | undefined, action: TripAction): boolean {
  return role ? allowed[role].has(action) : false;
}

/** Whether the trip's content may be changed (sync connections: viewers are read-only). */
export function canEditContent(role: TripRole | null | undefined): boolean {
  return can(role, 'trip.edit');
}
