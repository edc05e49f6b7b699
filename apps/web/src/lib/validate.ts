import type { z } from 'zod';

/** Runs a zod schema and returns either the data or one message per field path. */
export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; fields: Record<string, string> } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!fields[key]) fields[key] = issue.message;
  }
  return { ok: false, fields };
}
