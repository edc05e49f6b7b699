import { z } from 'zod';
import { MAX_TRIP_DAYS, daysBetween } from './dates';
import {
  currencySchema,
  isoDateSchema,
  latitudeSchema,
  longitudeSchema,
  moneySchema,
  timeZoneSchema,
} from './primitives';

export const destinationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  lat: latitudeSchema.optional(),
  lon: longitudeSchema.optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as FR' })
    .optional(),
  placeId: z.string().min(1).max(200).optional(),
});
export type Destination = z.infer<typeof destinationSchema>;

const detailsFields = {
  title: z.string().trim().min(1).max(200),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  timezone: timeZoneSchema,
  currency: currencySchema,
  destinations: z.array(destinationSchema).max(100),
  /** What the group means to spend on the whole trip; the checks compare planned costs with it. */
  budget: moneySchema.optional(),
};

interface DateRangeInput {
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/** Shared rule: the end is on or after the start and the trip spans at most a year. */
export function dateRangeIssue(
  value: DateRangeInput,
): { path: ['endDate']; message: string } | undefined {
  const { startDate, endDate } = value;
  if (startDate === undefined || endDate === undefined) return undefined;
  const span = daysBetween(startDate, endDate);
  if (Number.isNaN(span)) return undefined;
  if (span < 0) return { path: ['endDate'], message: 'endDate must be on or after startDate' };
  if (span + 1 > MAX_TRIP_DAYS) {
    return { path: ['endDate'], message: `a trip spans at most ${MAX_TRIP_DAYS} days` };
  }
  return undefined;
}

function refineDates(value: DateRangeInput, ctx: z.RefinementCtx): void {
  const issue = dateRangeIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

export const tripDetailsSchema = z.strictObject(detailsFields).superRefine(refineDates);
export type TripDetails = z.infer<typeof tripDetailsSchema>;

/** Creation input: destinations may be omitted. */
export const tripDetailsInputSchema = z
  .strictObject({ ...detailsFields, destinations: detailsFields.destinations.default([]) })
  .superRefine(refineDates);
export type TripDetailsInput = z.input<typeof tripDetailsInputSchema>;

/** PATCH body: any subset of the details, unknown fields rejected; `budget: null` removes it. */
export const tripDetailsPatchSchema = z
  .strictObject({ ...detailsFields, budget: moneySchema.nullable() })
  .partial()
  .superRefine(refineDates);
export type TripDetailsPatch = z.infer<typeof tripDetailsPatchSchema>;
