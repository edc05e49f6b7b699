import { CATEGORIES, INTEREST_TAGS, findCity, openingHoursProblem } from '@caravan/catalogue';
import { z } from 'zod';

const MAX_QUERY_LENGTH = 200;

/** "lat,lon" -> { lat, lon }, with both in range. */
export const latLonParam = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(value);
    const lat = Number(match?.[1]);
    const lon = Number(match?.[2]);
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected "lat,lon" in decimal degrees, e.g. 38.71,-9.14',
      });
      return z.NEVER;
    }
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      ctx.addIssue({
        code: 'custom',
        message: 'latitude must be within ±90 and longitude within ±180',
      });
      return z.NEVER;
    }
    return { lat, lon };
  });

/** A comma list whose every entry is one of `allowed`. */
function listOf<T extends string>(allowed: readonly T[], what: string) {
  return z
    .string()
    .trim()
    .max(1000)
    .transform((value, ctx) => {
      const entries = [
        ...new Set(
          value
            .split(',')
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const unknown = entries.filter((e) => !(allowed as readonly string[]).includes(e));
      if (unknown.length > 0 || entries.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${what} "${unknown.join(', ')}" (expected a comma list of: ${allowed.join(', ')})`,
        });
        return z.NEVER;
      }
      return entries as T[];
    });
}

const openAtParam = z.union([
  z.literal('now'),
  z.iso
    .datetime({
      offset: true,
      error: 'expected "now" or an ISO 8601 time with offset, e.g. 2026-05-01T14:00:00+02:00',
    })
    .transform((value) => new Date(value)),
]);

export const searchQuerySchema = z
  .strictObject({
    q: z
      .string()
      .trim()
      .max(MAX_QUERY_LENGTH, { error: `at most ${MAX_QUERY_LENGTH} characters` })
      .refine((value) => value === '' || /[\p{L}\p{N}]/u.test(value), {
        error: 'must contain letters or digits',
      })
      .optional(),
    near: latLonParam.optional(),
    radiusKm: z.coerce
      .number({ error: 'must be a number of kilometres' })
      .positive({ error: 'must be more than 0' })
      .max(100, { error: 'at most 100 km; use city for wider searches' })
      .optional(),
    city: z
      .string()
      .trim()
      .max(100)
      .transform((value, ctx) => {
        const city = findCity(value);
        if (!city) {
          ctx.addIssue({ code: 'custom', message: `unknown city "${value}"` });
          return z.NEVER;
        }
        return city.id;
      })
      .optional(),
    categories: listOf(CATEGORIES, 'category').optional(),
    tags: listOf(INTEREST_TAGS, 'tag').optional(),
    openAt: openAtParam.optional(),
    limit: z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'at least 1' })
      .max(50, { error: 'at most 50' })
      .default(20),
    mode: z.enum(['hybrid', 'text', 'semantic']).default('hybrid'),
    tripId: z.uuid({ error: 'must be a trip id' }).optional(),
  })
  .superRefine((query, ctx) => {
    const hasText = query.q !== undefined && query.q !== '';
    if (!hasText && !query.near && !query.city && !query.categories && !query.tags) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: 'give search text (q) or at least one of near, city, categories, tags',
      });
    }
    if (query.radiusKm !== undefined && !query.near) {
      ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'radiusKm needs near=lat,lon' });
    }
    if (query.mode === 'semantic' && !hasText) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: 'semantic search needs q' });
    }
  });

const moneySchema = z.object({ amount: z.number().int(), currency: z.string() });

export const provenanceSchema = z.object({
  source: z.enum(['live', 'offline']),
  degraded: z.boolean(),
  provider: z.string().optional(),
  cached: z.boolean().optional(),
  reason: z.string().optional(),
  detail: z.string().optional(),
});

export const placeSchema = z
  .object({
    id: z.string(),
    tripId: z.string().nullable(),
    cityId: z.string().nullable(),
    source: z.enum(['catalogue', 'user', 'overpass']),
    name: z.string(),
    aliases: z.array(z.string()),
    category: z.string(),
    tags: z.array(z.string()),
    lat: z.number(),
    lon: z.number(),
    durationMinutes: z.number().nullable(),
    priceLevel: z.number().nullable(),
    typicalCost: moneySchema.nullable(),
    openingHours: z.string().nullable(),
    timezone: z.string(),
    country: z.string().nullable(),
    description: z.string(),
    address: z.string().nullable(),
  })
  .meta({ id: 'Place' });

export const searchResponseSchema = z
  .object({
    results: z.array(
      placeSchema.extend({
        score: z.number(),
        distanceKm: z.number().nullable(),
        open: z.boolean().nullable(),
        match: z.object({ text: z.number(), semantic: z.number() }),
      }),
    ),
    interpreted: z.object({
      text: z.string(),
      near: z
        .object({ lat: z.number(), lon: z.number(), radiusKm: z.number(), label: z.string() })
        .nullable(),
      cityId: z.string().nullable(),
      openAt: z.string().nullable(),
      anchor: z.object({ text: z.string(), resolvedAs: z.string() }).nullable(),
    }),
    semantic: z.object({
      used: z.boolean(),
      model: z.string(),
      index: z.enum(['pgvector', 'memory']),
      reason: z.string().optional(),
    }),
    source: z.enum(['live', 'offline']),
    degraded: z.boolean(),
    reason: z.string().optional(),
    live: z.record(z.string(), provenanceSchema),
  })
  .meta({ id: 'PlaceSearch' });

export const newTripPlaceSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }),
    tags: z.array(z.enum(INTEREST_TAGS)).max(20).optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(10).optional(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    openingHours: z.string().trim().min(1).max(1000).optional(),
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
    priceLevel: z.number().int().min(0).max(4).optional(),
    typicalCost: z
      .strictObject({
        amount: z.number().int().nonnegative(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as EUR' }),
      })
      .optional(),
    description: z.string().trim().max(2000).optional(),
    address: z.string().trim().max(500).optional(),
  })
  .superRefine((place, ctx) => {
    if (!place.openingHours) return;
    const problem = openingHoursProblem(place.openingHours, place);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['openingHours'],
        message: `not valid OpenStreetMap opening_hours: ${problem}`,
      });
    }
  });

export const recommendationsQuerySchema = z.strictObject({
  /** One comma list of interest tags per member, separated by ';': "food,art;history,views". */
  interests: z
    .string()
    .trim()
    .max(2000)
    .transform((value, ctx) => {
      const members = value.split(';').map((list) =>
        list
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      );
      const unknown = members
        .flat()
        .filter((t) => !(INTEREST_TAGS as readonly string[]).includes(t));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown interest "${unknown.join(', ')}"` });
        return z.NEVER;
      }
      return members.filter((list) => list.length > 0);
    })
    .optional(),
  categories: listOf(CATEGORIES, 'category').optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const recommendationsResponseSchema = z.object({
  results: z.array(
    placeSchema.extend({
      score: z.number(),
      matchedInterests: z.array(z.object({ tag: z.string(), members: z.number() })),
      reasons: z.array(z.string()),
    }),
  ),
  cityIds: z.array(z.string()),
  planned: z.number(),
});

const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as EUR' });
const isoDate = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

export const fxQuerySchema = z.strictObject({
  base: currency.default('EUR'),
  symbols: z
    .string()
    .trim()
    .max(400)
    .transform((value, ctx) => {
      const codes = [
        ...new Set(
          value
            .split(',')
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        ),
      ];
      const bad = codes.filter((c) => !/^[A-Z]{3}$/.test(c));
      if (bad.length > 0 || codes.length === 0) {
        ctx.addIssue({ code: 'custom', message: `not ISO 4217 codes: "${bad.join(', ')}"` });
        return z.NEVER;
      }
      return codes;
    })
    .optional(),
  date: isoDate.optional(),
});

export const fxResponseSchema = z
  .object({
    base: z.string(),
    date: z.string(),
    requestedDate: z.string().nullable(),
    source: z.string(),
    rates: z.record(z.string(), z.number()),
    provenance: provenanceSchema,
  })
  .meta({ id: 'ExchangeRates' });

export const convertQuerySchema = z.strictObject({
  amount: z.coerce
    .number()
    .int({ error: 'amount is in minor units (cents): a whole number' })
    .min(-1e12)
    .max(1e12),
  from: currency,
  to: currency,
  date: isoDate.optional(),
});

export const convertResponseSchema = z.object({
  from: moneySchema,
  to: moneySchema,
  rate: z.number(),
  date: z.string(),
  requestedDate: z.string().nullable(),
  source: z.string(),
  provenance: provenanceSchema,
});

export const weatherQuerySchema = z.strictObject({
  near: latLonParam,
  days: z.coerce.number().int().min(1).max(16).default(7),
});

export const travelQuerySchema = z.strictObject({
  from: latLonParam,
  to: latLonParam,
  mode: z.enum(['walking', 'driving', 'cycling', 'transit']).default('walking'),
});

export const resolveQuerySchema = z.strictObject({
  q: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
