import { destinationEntries } from '../../doc/read-details';
import { dateRange } from '../../schema/dates';
import { tripDetailsSchema } from '../../schema/details';
import type { Handler } from '../context';
import { CommandError, errorFromZod } from '../errors';
import { requireIndex } from '../lookup';
import { moveOrphansToIdeas } from './placement';

export const updateTripDetails: Handler<'updateTripDetails'> = (env, { type, patch }) => {
  const current = env.details();
  const { budget, ...fields } = patch;
  const { budget: currentBudget, ...currentFields } = current;
  // `budget: null` removes the budget; leaving it out keeps the one there is.
  const kept = budget === null ? undefined : (budget ?? currentBudget);
  const merged = tripDetailsSchema.safeParse({
    ...currentFields,
    ...fields,
    ...(kept ? { budget: kept } : {}),
  });
  if (!merged.success) throw errorFromZod('invalid_value', merged.error, ['patch']);
  const next = merged.data;
  return () => {
    const { details, destinations } = env.roots;
    if (budget === null) details.delete('budget');
    else if (budget !== undefined) details.set('budget', next.budget);
    if (patch.title !== undefined) details.set('title', next.title);
    if (patch.timezone !== undefined) details.set('timezone', next.timezone);
    if (patch.currency !== undefined) details.set('currency', next.currency);
    if (next.startDate !== current.startDate || next.endDate !== current.endDate) {
      details.set('dates', { startDate: next.startDate, endDate: next.endDate });
      moveOrphansToIdeas(env, new Set(dateRange(next.startDate, next.endDate)));
    }
    if (patch.destinations !== undefined) {
      destinations.delete(0, destinations.length);
      destinations.push(next.destinations);
    }
    return { type };
  };
};

export const addDestination: Handler<'addDestination'> = (env, { type, destination, index }) => {
  const entries = destinationEntries(env.roots);
  if (entries.length >= 100) {
    throw new CommandError('invalid_value', 'a trip has at most 100 destinations', ['destination']);
  }
  const at = requireIndex(index, entries.length, ['index']);
  // Positions are those the member sees; unreadable entries in the array are skipped.
  const rawAt = entries[at]?.at ?? env.roots.destinations.length;
  return () => {
    env.roots.destinations.insert(rawAt, [destination]);
    return { type };
  };
};

export const removeDestination: Handler<'removeDestination'> = (env, { type, index }) => {
  const entry = destinationEntries(env.roots)[index];
  if (!entry) {
    throw new CommandError('destination_not_found', `no destination at ${index}`, ['index']);
  }
  return () => {
    env.roots.destinations.delete(entry.at, 1);
    return { type };
  };
};
