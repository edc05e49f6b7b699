import { z } from 'zod';

/** Environment variables are strings; accept the usual spellings of a boolean. */
export const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], {
      error: 'must be true or false',
    }),
  )
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/** A whole number from an environment string, bounded. */
export function integerInRange(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number between ${min} and ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );
}

/** A comma list of email addresses, lower-cased; unset is an empty list. */
export const emailList = z
  .string()
  .optional()
  .transform((value, ctx): string[] => {
    const emails = (value ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);
    const bad = emails.filter((email) => !z.email().safeParse(email).success);
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma list of email addresses ("${bad.join('", "')}" is not one)`,
      });
      return z.NEVER;
    }
    return [...new Set(emails)];
  });
