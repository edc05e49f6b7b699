export { createCollab, type Collab } from './create-collab.js';
export { CloseReason } from './close-codes.js';
export type { CollabDependencies, MembershipLookup, SessionLookup } from './ports.js';
