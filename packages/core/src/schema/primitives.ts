import { z } from 'zod';

/** Entity ids are opaque, URL-safe strings chosen by the client (UUIDs by default). */
export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_:.-]+$/, { error: 'ids use letters, digits and _ : . - only' });

/** Member user ids as issued by the server (opaque). */
export const userIdSchema = z.string().min(1).max(128);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A local calendar date `YYYY-MM-DD` of the trip's places. */
export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { error: 'expected a calendar date YYYY-MM-DD' });

/** A local wall-clock time `HH:mm` (24 h). */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a local time HH:mm' });

// Building an Intl formatter is costly and every projection validates the zone: remember answers.
const timeZoneValidity = new Map<string, boolean>();

export function isValidTimeZone(value: string): boolean {
  // Offsets like "+01:00" are accepted by some engines but are not IANA zones.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  const known = timeZoneValidity.get(value);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  if (timeZoneValidity.size < 1000) timeZoneValidity.set(value, valid);
  return valid;
}

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimeZone, { error: 'expected an IANA time zone such as Europe/Paris' });

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as EUR' });

/** Money is integer minor units (cents) plus an ISO 4217 code; costs are never negative. */
export const moneySchema = z.strictObject({
  amount: z.int({ error: 'expected whole minor units (e.g. cents)' }).nonnegative(),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

/** An instant, ISO 8601 with offset (`Date#toISOString`). */
export const timestampSchema = z.iso.datetime({ offset: true });

export const uniqueUserIds = (max: number) =>
  z
    .array(userIdSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'user ids must be unique' });
