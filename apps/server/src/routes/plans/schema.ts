import { proposalSchema } from '@caravan/core';
import { z } from 'zod';

export const tripParamsSchema = z.strictObject({ tripId: z.string().max(100) });

export const generateBodySchema = z.strictObject({
  /** Plain English ("4 days in Lisbon for 2, food and museums, 800 EUR") or a structured request. */
  request: z.union([z.string().trim().min(1).max(4000), z.record(z.string(), z.unknown())]),
  /** Seed of the engine's local search; the same request and seed give the same plan. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  /** `auto`: configured models first, the engine as fallback; `engine`: the engine only. */
  use: z.enum(['auto', 'engine']).default('auto'),
});

export const generateResponseSchema = z.object({
  proposal: proposalSchema,
  /** Where the plan came from; the engine needs no key. */
  via: z.enum(['openai', 'anthropic', 'engine']),
  fallbackReason: z.string().optional(),
  explanations: z.array(z.string()),
  notes: z.array(z.string()),
});
