import type * as Y from 'yjs';
import { CommandError } from '../commands/errors';
import { MAX_TRIP_DAYS, addDays, daysBetween } from '../schema/dates';
import {
  destinationSchema,
  tripDetailsSchema,
  type Destination,
  type TripDetails,
} from '../schema/details';
import { isValidIsoDate } from '../schema/primitives';
import type { TripRoots } from './layout';
import { salvage } from './salvage';

function readDates(details: Y.Map<unknown>): { startDate: string; endDate: string } {
  const dates = details.get('dates');
  const { startDate, endDate } =
    typeof dates === 'object' && dates !== null ? (dates as Record<string, unknown>) : {};
  if (typeof startDate !== 'string' || !isValidIsoDate(startDate)) {
    throw new CommandError('trip_not_initialized', 'the trip document has no trip dates', [
      'details',
    ]);
  }
  if (
    typeof endDate !== 'string' ||
    !isValidIsoDate(endDate) ||
    daysBetween(startDate, endDate) < 0
  ) {
    return { startDate, endDate: startDate };
  }
  if (daysBetween(startDate, endDate) + 1 > MAX_TRIP_DAYS) {
    return { startDate, endDate: addDays(startDate, MAX_TRIP_DAYS - 1) };
  }
  return { startDate, endDate };
}

export function readDestinations(roots: TripRoots): Destination[] {
  const destinations: Destination[] = [];
  for (const raw of roots.destinations.toArray()) {
    if (typeof raw !== 'object' || raw === null) continue;
    const destination = salvage(destinationSchema, { ...(raw as Record<string, unknown>) });
    if (destination) destinations.push(destination);
  }
  return destinations.slice(0, 100);
}

export function readDetails(roots: TripRoots): TripDetails {
  const { details } = roots;
  const details_ = salvage(
    tripDetailsSchema,
    {
      title: details.get('title'),
      ...readDates(details),
      timezone: details.get('timezone'),
      currency: details.get('currency'),
      destinations: readDestinations(roots),
    },
    { title: 'Untitled trip', timezone: 'UTC', currency: 'EUR', destinations: [] },
  );
  if (!details_) {
    throw new CommandError('trip_not_initialized', 'the trip details are unreadable', ['details']);
  }
  return details_;
}
