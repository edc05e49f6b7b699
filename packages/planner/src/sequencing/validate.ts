import { z } from 'zod';
import type { SequencingProblem } from './types.js';

const dayNumber = z.number().int().min(1);

const commitmentSchema = z
  .object({
    city: z.string().min(1),
    fromDay: dayNumber,
    toDay: dayNumber,
    label: z.string().optional(),
  })
  .refine((c) => c.toDay >= c.fromDay, {
    message: 'toDay must not be before fromDay',
    path: ['toDay'],
  });

/** The shape of a sequencing problem; cross-field checks follow in `validateSequencingProblem`. */
export const sequencingProblemSchema = z.object({
  totalDays: dayNumber,
  cities: z.array(z.object({ city: z.string().min(1), days: dayNumber })).min(1),
  commitments: z.array(commitmentSchema),
  connections: z
    .array(z.object({ from: z.string().min(1), to: z.string().min(1), bothWays: z.boolean() }))
    .nullable(),
});

export class SequencingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SequencingInputError';
  }
}

/** Throws a `SequencingInputError` naming the first bad field; returns the problem unchanged. */
export function validateSequencingProblem(input: unknown): SequencingProblem {
  const parsed = sequencingProblemSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SequencingInputError(issue?.path.join('.') ?? '(root)', issue?.message ?? 'invalid');
  }
  const problem = parsed.data;
  const known = new Set<string>();
  problem.cities.forEach((c, i) => {
    if (known.has(c.city))
      throw new SequencingInputError(`cities.${i}.city`, `${c.city} is listed twice`);
    known.add(c.city);
  });
  problem.commitments.forEach((c, i) => {
    if (!known.has(c.city)) {
      throw new SequencingInputError(`commitments.${i}.city`, `${c.city} is not one of the cities`);
    }
  });
  problem.connections?.forEach((c, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!known.has(c[end])) {
        throw new SequencingInputError(
          `connections.${i}.${end}`,
          `${c[end]} is not one of the cities`,
        );
      }
    }
  });
  return problem;
}
