import type { TripSummary } from '../../lib/types';
import type { TripFormValues } from './trip-form';

type Budget = TripFormValues['budget'];

/** The PATCH body of a details edit: only what the member changed. */
export interface DetailsPatch {
  title?: string;
  startDate?: string;
  endDate?: string;
  timezone?: string;
  currency?: string;
  destinations?: { name: string }[];
  budget?: Budget;
}

function namesOf(destinations: TripSummary['destinations']): string {
  return (destinations ?? []).map((d) => (typeof d === 'string' ? d : d.name)).join('\n');
}

function sameBudget(a: Budget | undefined, b: Budget | undefined): boolean {
  return (
    (a?.amount ?? null) === (b?.amount ?? null) && (a?.currency ?? null) === (b?.currency ?? null)
  );
}

/**
 * The fields of the form that differ from the trip as the form loaded it. Sending only those
 * keeps what other members changed meanwhile (a rename while this member moves the dates), and
 * leaves the destinations' places and coordinates alone unless their names were edited.
 */
export function changedDetails(before: TripSummary, values: TripFormValues): DetailsPatch {
  const patch: DetailsPatch = {};
  if (values.title !== before.title) patch.title = values.title;
  if (values.startDate !== before.startDate) patch.startDate = values.startDate;
  if (values.endDate !== before.endDate) patch.endDate = values.endDate;
  if (values.timezone !== before.timezone) patch.timezone = values.timezone;
  if (values.currency !== before.currency) patch.currency = values.currency;
  if (namesOf(values.destinations) !== namesOf(before.destinations)) {
    patch.destinations = values.destinations;
  }
  if (!sameBudget(values.budget, before.budget)) patch.budget = values.budget;
  return patch;
}

/** The trip as it is after `patch` was saved, to compare the next edit with. */
export function withPatch(before: TripSummary, patch: DetailsPatch): TripSummary {
  const { budget, ...fields } = patch;
  const next: TripSummary = { ...before, ...fields };
  if (budget === null) delete next.budget;
  else if (budget) next.budget = budget;
  return next;
}
