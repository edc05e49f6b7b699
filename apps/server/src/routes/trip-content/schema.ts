import { z } from 'zod';

export const tripParamsSchema = z.strictObject({ tripId: z.uuid() });

/** One command or a batch applied all-or-nothing; each command is validated by core. */
export const commandsBodySchema = z.union([
  z.record(z.string(), z.unknown()),
  z.array(z.record(z.string(), z.unknown())).min(1).max(100),
]);
