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

/**
 * The last details read from each document. When updates arrive out of order, Yjs applies the
 * deletion of an overwritten value before the new value can be integrated, so a field can be
 * briefly missing; the projection then keeps showing the last known value instead of failing.
 */
const lastKnown = new WeakMap<Y.Map<unknown>, Partial<TripDetails>>();

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Last value read here, else the value the trip was created with (never overwritten). */
function fallbackDetails(roots: TripRoots): Partial<TripDetails> {
  const known = lastKnown.get(roots.details);
  if (known) return known;
  const initial = objectOf(roots.meta.get('initialDetails'));
  const text = (key: string) => (typeof initial[key] === 'string' ? initial[key] : undefined);
  return {
    title: text('title'),
    startDate: text('startDate'),
    endDate: text('endDate'),
    timezone: text('timezone'),
    currency: text('currency'),
  };
}

function readDates(roots: TripRoots): { startDate: string; endDate: string } {
  const { startDate, endDate } = objectOf(roots.details.get('dates'));
  if (typeof startDate !== 'string' || !isValidIsoDate(startDate)) {
    const known = fallbackDetails(roots);
    if (known.startDate !== undefined && known.endDate !== undefined) {
      return { startDate: known.startDate, endDate: known.endDate };
    }
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

/** Readable destinations with their position in the underlying Y.Array. */
export function destinationEntries(roots: TripRoots): { at: number; destination: Destination }[] {
  const entries: { at: number; destination: Destination }[] = [];
  roots.destinations.toArray().forEach((raw, at) => {
    if (typeof raw !== 'object' || raw === null || entries.length >= 100) return;
    const destination = salvage(destinationSchema, { ...(raw as Record<string, unknown>) });
    if (destination) entries.push({ at, destination });
  });
  return entries;
}

export function readDestinations(roots: TripRoots): Destination[] {
  return destinationEntries(roots).map((entry) => entry.destination);
}

export function readDetails(roots: TripRoots): TripDetails {
  const { details } = roots;
  const known = fallbackDetails(roots);
  const result = salvage(
    tripDetailsSchema,
    {
      title: details.get('title'),
      ...readDates(roots),
      timezone: details.get('timezone'),
      currency: details.get('currency'),
      destinations: readDestinations(roots),
      budget: details.get('budget'),
    },
    {
      title: known?.title ?? 'Untitled trip',
      timezone: known?.timezone ?? 'UTC',
      currency: known?.currency ?? 'EUR',
      destinations: [],
    },
  );
  if (!result) {
    throw new CommandError('trip_not_initialized', 'the trip details are unreadable', ['details']);
  }
  lastKnown.set(details, result);
  return result;
}
