import { z } from 'zod';
import { destinationSchema, tripDetailsPatchSchema } from '../../schema/details';
import { itemContentFields } from '../../schema/item';
import { idSchema, isoDateSchema } from '../../schema/primitives';

/** Where an item lives: a trip date or the unscheduled ideas. */
export const itemLocationSchema = z.union([z.literal('ideas'), isoDateSchema]);
export type ItemLocation = z.infer<typeof itemLocationSchema>;

const indexSchema = z.int().nonnegative().max(10_000);

export const updateTripDetailsCommandSchema = z.strictObject({
  type: z.literal('updateTripDetails'),
  patch: tripDetailsPatchSchema,
});

export const addDestinationCommandSchema = z.strictObject({
  type: z.literal('addDestination'),
  destination: destinationSchema,
  /** Position in the list; appended when omitted. */
  index: indexSchema.optional(),
});

export const removeDestinationCommandSchema = z.strictObject({
  type: z.literal('removeDestination'),
  index: indexSchema,
});

export const itemInputSchema = z.strictObject({
  id: idSchema.optional(),
  ...itemContentFields,
  attendees: itemContentFields.attendees.default([]),
});
export type ItemInput = z.input<typeof itemInputSchema>;

export const addItemCommandSchema = z.strictObject({
  type: z.literal('addItem'),
  item: itemInputSchema,
  to: itemLocationSchema,
  /** Position among the items of `to`; appended when omitted. */
  index: indexSchema.optional(),
});

/** Optional fields may be cleared with `null`. */
export const itemPatchSchema = z
  .strictObject({
    kind: itemContentFields.kind,
    title: itemContentFields.title,
    place: itemContentFields.place.unwrap().nullable(),
    startTime: itemContentFields.startTime.unwrap().nullable(),
    durationMinutes: itemContentFields.durationMinutes.unwrap().nullable(),
    cost: itemContentFields.cost.unwrap().nullable(),
    attendees: itemContentFields.attendees,
    bookingRef: itemContentFields.bookingRef.unwrap().nullable(),
    fixed: itemContentFields.fixed.unwrap().nullable(),
    notes: itemContentFields.notes.unwrap().nullable(),
    transport: itemContentFields.transport.unwrap().nullable(),
  })
  .partial();
export type ItemPatch = z.infer<typeof itemPatchSchema>;

export const updateItemCommandSchema = z.strictObject({
  type: z.literal('updateItem'),
  itemId: idSchema,
  patch: itemPatchSchema,
});

export const moveItemCommandSchema = z.strictObject({
  type: z.literal('moveItem'),
  itemId: idSchema,
  to: itemLocationSchema,
  /** Position among the other items of `to`; appended when omitted. */
  index: indexSchema.optional(),
});

export const deleteItemCommandSchema = z.strictObject({
  type: z.literal('deleteItem'),
  itemId: idSchema,
});

export const itineraryCommandSchemas = [
  updateTripDetailsCommandSchema,
  addDestinationCommandSchema,
  removeDestinationCommandSchema,
  addItemCommandSchema,
  updateItemCommandSchema,
  moveItemCommandSchema,
  deleteItemCommandSchema,
] as const;
