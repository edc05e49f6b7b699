import { z } from 'zod';
import { parseOpeningHours } from './hours';

/** Place categories, in the order the app lists them. */
export const CATEGORIES = [
  'sight',
  'museum',
  'park',
  'nature',
  'food',
  'drink',
  'nightlife',
  'shopping',
  'experience',
  'daytrip',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Interests a traveller can pick and a place can carry. Shared with the planner, which matches
 * group members' interests against place tags, so add to this list rather than inventing tags.
 */
export const INTEREST_TAGS = [
  'food',
  'history',
  'art',
  'architecture',
  'culture',
  'nature',
  'outdoors',
  'views',
  'nightlife',
  'music',
  'shopping',
  'markets',
  'coffee',
  'wine',
  'beer',
  'cocktails',
  'family',
  'kids',
  'romantic',
  'religion',
  'science',
  'design',
  'photography',
  'beach',
  'adventure',
  'relaxation',
  'local',
  'street-food',
  'fine-dining',
  'vegetarian-friendly',
  'accessible',
  'sports',
  'theatre',
  'wellness',
  'walking',
  'boat',
] as const;
export type InterestTag = (typeof INTEREST_TAGS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "lisbon"');

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** ISO 4217 code, e.g. EUR. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code');

export const citySchema = z.object({
  id: slug,
  name: z.string().min(1),
  /** Other spellings and local-language names, e.g. "Lisboa". */
  aliases: z.array(z.string().min(1)),
  /** ISO 3166-1 alpha-2, e.g. PT. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  lat: latitude,
  lon: longitude,
  /** Places (other than day trips) lie within this distance of the centre. */
  radiusKm: z.number().positive().max(100),
  /** IANA time zone; opening hours are local wall-clock times in this zone. */
  timezone: z.string().min(3),
  currency: currencyCodeSchema,
});
export type City = z.infer<typeof citySchema>;

export const moneySchema = z.object({
  /** Integer minor units (cents, pence; yen have none). 0 means free. */
  amount: z.number().int().nonnegative(),
  currency: currencyCodeSchema,
});
export type Money = z.infer<typeof moneySchema>;

export const cataloguePlaceSchema = z
  .object({
    /** `<cityId>-<slug>`, e.g. "lisbon-jeronimos-monastery". */
    id: slug,
    cityId: slug,
    name: z.string().min(1),
    /** Local-language and alternative names, e.g. "Museo Nacional del Prado". */
    aliases: z.array(z.string().min(1)).optional(),
    lat: latitude,
    lon: longitude,
    category: z.enum(CATEGORIES),
    tags: z.array(z.enum(INTEREST_TAGS)).min(1),
    /** Typical visit length. */
    durationMinutes: z
      .number()
      .int()
      .min(10)
      .max(14 * 60),
    /** 0 free, 1 cheap, 2 moderate, 3 expensive, 4 very expensive. */
    priceLevel: z.number().int().min(0).max(4),
    /** Typical cost per adult (ticket, or a meal or drink), in the city's currency. */
    typicalCost: moneySchema,
    /** OpenStreetMap opening_hours syntax, e.g. "Tu-Su 10:00-18:00; Mo off". */
    openingHours: z.string().min(1),
    description: z.string().min(20).max(400),
    address: z.string().min(1).optional(),
  })
  .superRefine((place, ctx) => {
    try {
      parseOpeningHours(place.openingHours, place);
    } catch (error) {
      const reason = String(error).split('\n')[0] ?? '';
      ctx.addIssue({
        code: 'custom',
        path: ['openingHours'],
        message: `not valid OpenStreetMap opening_hours: ${reason}`,
      });
    }
  });
export type CataloguePlace = z.infer<typeof cataloguePlaceSchema>;
