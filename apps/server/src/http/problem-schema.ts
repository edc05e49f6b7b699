import { z } from 'zod';

/** The problem+json body, for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    // Stable codes: those of http/problem.ts, plus refused trip commands' codes from core.
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string().optional(),
          path: z.array(z.union([z.string(), z.number()])).optional(),
          message: z.string(),
          code: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

/** Error responses most routes can give, for their schemas. */
export function problems<S extends number>(...statuses: S[]): Record<S, typeof problemSchema> {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    S,
    typeof problemSchema
  >;
}

/** The response of a 204: nothing. */
export const noContent = z.null().meta({ description: 'No content' });
