import type { TripSnapshot } from '@caravan/core';
import type { TripHeading } from '../../db/repositories/trips.js';
import type { TripRole } from '../../policies/index.js';

/** The trip as the API shows it: its details at the top level, the whole snapshot beside them. */
export function presentTrip(id: string, role: TripRole, snapshot: TripSnapshot) {
  return { id, role, ...snapshot.details, snapshot };
}

/** A trip as the list and the summary show it: title, dates and the member's role, no content. */
export function presentSummary(trip: TripHeading, role: TripRole) {
  return {
    id: trip.id,
    role,
    title: trip.title,
    startDate: trip.startDate,
    endDate: trip.endDate,
    createdAt: trip.createdAt.toISOString(),
    updatedAt: trip.updatedAt?.toISOString() ?? null,
  };
}
