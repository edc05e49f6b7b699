import type { z } from 'zod';

/**
 * Parses a record read from the document. A peer that bypassed the commands (or an old client)
 * may have written a bad field: optional fields that fail are dropped, required fields with a
 * fallback are replaced, and only a record beyond repair is left out. This keeps every
 * projection valid against the schema without failing the whole trip for one bad value.
 */
export function salvage<T>(
  schema: z.ZodType<T>,
  candidate: Record<string, unknown>,
  repairs: Record<string, unknown> = {},
): T | undefined {
  const value: Record<string, unknown> = { ...candidate };
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) delete value[key];
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    let repaired = false;
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key !== 'string') continue;
      if (key in repairs) {
        // Also fills fields that are missing, e.g. after an undo restored a partial record.
        if (value[key] === repairs[key]) continue;
        value[key] = repairs[key];
      } else if (key in value) {
        delete value[key];
      } else {
        continue;
      }
      repaired = true;
    }
    if (!repaired) return undefined;
  }
  return undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function byCreation<T extends { id: string }>(
  entries: { value: T; createdAt: string }[],
): T[] {
  return entries
    .sort((a, b) =>
      a.createdAt !== b.createdAt
        ? a.createdAt < b.createdAt
          ? -1
          : 1
        : a.value.id < b.value.id
          ? -1
          : a.value.id > b.value.id
            ? 1
            : 0,
    )
    .map((entry) => entry.value);
}
