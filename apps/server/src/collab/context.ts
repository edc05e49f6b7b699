import type { LiveSocket } from './live-sockets.js';
import type { TripRole } from './ports.js';

/** What our hooks keep in a Hocuspocus connection's context. */
export interface CollabContext {
  live?: LiveSocket;
  userId?: string;
  sessionId?: string;
  role?: TripRole;
}

/** Hocuspocus types contexts as `any`; this names what we put there. */
export function collabContext(context: unknown): CollabContext {
  if (typeof context !== 'object' || context === null) return {};
  return context;
}
