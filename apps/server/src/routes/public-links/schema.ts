import { z } from 'zod';

/** Tokens are 32 random bytes in base64url; anything else cannot be a link. */
export const PUBLIC_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const publicTokenParamsSchema = z.strictObject({ token: z.string().max(200) });

export const createdPublicLinkSchema = z.object({
  /** Shown once: only its hash is stored. */
  token: z.string(),
  /** Path of the read-only page, on this origin. */
  url: z.string(),
});

const publicPlaceSchema = z.object({
  name: z.string(),
  address: z.string().optional(),
  lat: z.number(),
  lon: z.number(),
});

export const publicItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  startTime: z.string().optional(),
  durationMinutes: z.number().int().optional(),
  place: publicPlaceSchema.optional(),
});

/** What anyone with the link sees: no money, people, notes, bookings or discussions. */
export const publicTripSchema = z
  .object({
    details: z.object({
      title: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      timezone: z.string(),
      destinations: z.array(z.object({ name: z.string(), countryCode: z.string().optional() })),
    }),
    days: z.array(z.object({ date: z.string(), items: z.array(publicItemSchema) })),
  })
  .meta({ id: 'PublicTrip' });
export type PublicTrip = z.infer<typeof publicTripSchema>;
