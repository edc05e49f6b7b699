import type { TripSnapshot } from '@caravan/core';
import type { TripRole } from '../../policies/index.js';

/** The trip as the API shows it: its details at the top level, the whole snapshot beside them. */
export function presentTrip(id: string, role: TripRole, snapshot: TripSnapshot) {
  return { id, role, ...snapshot.details, snapshot };
}
