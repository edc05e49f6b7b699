import {
  moneySchema,
  tripDetailsInputSchema,
  tripDetailsPatchSchema,
  tripSnapshotSchema,
} from '@caravan/core';
import { z } from 'zod';
import { roleSchema } from '../members/schema.js';

export const tripParamsSchema = z.strictObject({ tripId: z.string().max(100) });

export const createTripBodySchema = tripDetailsInputSchema;
export const patchTripBodySchema = tripDetailsPatchSchema;

export const listTripsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const tripSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    title: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    timezone: z.string(),
    currency: z.string(),
    destinations: z.array(z.unknown()),
    budget: moneySchema.optional(),
    /** The full trip (days, ideas, expenses, ...) as its JSON projection. */
    snapshot: tripSnapshotSchema,
  })
  .meta({ id: 'Trip' });

export const tripSummarySchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    title: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'TripSummary' });

export const tripListSchema = z.object({ trips: z.array(tripSummarySchema), total: z.number() });
