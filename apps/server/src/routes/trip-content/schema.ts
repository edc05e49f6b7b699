import { commandSchema, tripSnapshotSchema } from '@caravan/core';
import { z } from 'zod';

export const tripParamsSchema = z.strictObject({ tripId: z.string().max(100) });

/** One command, or a batch of up to 100 applied all or nothing. */
export const commandsBodySchema = z.union([commandSchema, z.array(commandSchema).min(1).max(100)]);

export const commandResultSchema = z.object({
  type: z.string(),
  /** The entity the command created or changed, when there is one. */
  id: z.string().optional(),
});

export const commandsResponseSchema = z.object({
  snapshot: tripSnapshotSchema,
  results: z.array(commandResultSchema),
});
