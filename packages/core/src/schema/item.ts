import { z } from 'zod';
import {
  idSchema,
  latitudeSchema,
  localTimeSchema,
  longitudeSchema,
  moneySchema,
  timestampSchema,
  uniqueUserIds,
  userIdSchema,
} from './primitives';

export const placeRefSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  lat: latitudeSchema,
  lon: longitudeSchema,
  address: z.string().max(500).optional(),
  catalogueId: z.string().min(1).max(200).optional(),
  /** OSM `opening_hours` syntax, interpreted by the planner. */
  openingHours: z.string().max(1000).optional(),
});
export type PlaceRef = z.infer<typeof placeRefSchema>;

export const itemKindSchema = z.enum(['place', 'activity', 'transport', 'lodging', 'note']);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const transportModeSchema = z.enum([
  'walk',
  'bike',
  'car',
  'taxi',
  'bus',
  'tram',
  'metro',
  'train',
  'ferry',
  'flight',
  'other',
]);
export type TransportMode = z.infer<typeof transportModeSchema>;

export const transportSchema = z.strictObject({
  mode: transportModeSchema,
  from: placeRefSchema.optional(),
  to: placeRefSchema.optional(),
});
export type Transport = z.infer<typeof transportSchema>;

/** Up to a week, so overnight trains and long-haul flights fit. */
export const MAX_DURATION_MINUTES = 7 * 24 * 60;

/** Fields a member may set on an item (the rest is bookkeeping). */
export const itemContentFields = {
  kind: itemKindSchema,
  title: z.string().trim().min(1).max(200),
  place: placeRefSchema.optional(),
  startTime: localTimeSchema.optional(),
  durationMinutes: z.int().nonnegative().max(MAX_DURATION_MINUTES).optional(),
  cost: moneySchema.optional(),
  attendees: uniqueUserIds(100),
  bookingRef: z.string().trim().min(1).max(200).optional(),
  /** A fixed booking (train, ticketed slot) that must not be moved. */
  fixed: z.boolean().optional(),
  notes: z.string().max(10_000).optional(),
  transport: transportSchema.optional(),
};

export const itemSchema = z.strictObject({
  id: idSchema,
  ...itemContentFields,
  createdBy: userIdSchema,
  updatedAt: timestampSchema,
});
export type Item = z.infer<typeof itemSchema>;

export const ITEM_OPTIONAL_KEYS = [
  'place',
  'startTime',
  'durationMinutes',
  'cost',
  'bookingRef',
  'fixed',
  'notes',
  'transport',
] as const;
export type ItemOptionalKey = (typeof ITEM_OPTIONAL_KEYS)[number];
