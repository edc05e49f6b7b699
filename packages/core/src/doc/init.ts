import * as Y from 'yjs';
import { errorFromZod } from '../commands/errors';
import { tripDetailsInputSchema, type TripDetailsInput } from '../schema/details';
import { TRIP_DOC_VERSION, tripRoots } from './layout';

/** Origin of the transaction that creates a trip's content. */
export const INIT_ORIGIN = Symbol('caravan:init');

/**
 * Writes the trip details into an empty document. Called once, where the trip is created (the
 * server); replicas receive the result through sync rather than initialising again.
 */
export function initTripDoc(doc: Y.Doc, details: TripDetailsInput): void {
  const parsed = tripDetailsInputSchema.safeParse(details);
  if (!parsed.success) throw errorFromZod('invalid_value', parsed.error, ['details']);
  const value = parsed.data;
  const roots = tripRoots(doc);
  doc.transact(() => {
    roots.meta.set('version', TRIP_DOC_VERSION);
    // Never overwritten: the fallback while a newer value of a field is still in transit.
    roots.meta.set('initialDetails', {
      title: value.title,
      startDate: value.startDate,
      endDate: value.endDate,
      timezone: value.timezone,
      currency: value.currency,
    });
    roots.details.set('title', value.title);
    // Start and end live in one value so concurrent edits cannot cross into end < start.
    roots.details.set('dates', { startDate: value.startDate, endDate: value.endDate });
    roots.details.set('timezone', value.timezone);
    roots.details.set('currency', value.currency);
    if (value.budget) roots.details.set('budget', value.budget);
    if (roots.destinations.length > 0) roots.destinations.delete(0, roots.destinations.length);
    roots.destinations.push(value.destinations);
  }, INIT_ORIGIN);
}

export function createTripDoc(details: TripDetailsInput): Y.Doc {
  const doc = new Y.Doc();
  initTripDoc(doc, details);
  return doc;
}

export function isTripDocInitialized(doc: Y.Doc): boolean {
  const { details, meta } = tripRoots(doc);
  return details.has('dates') || meta.has('initialDetails');
}
