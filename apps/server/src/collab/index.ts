export { createCollab, type Collab } from './createCollab.js';
export { CloseReason } from './closeCodes.js';
export type { CollabDependencies, MembershipLookup, SessionLookup } from './ports.js';
