import { z } from 'zod';

/** How many things a day holds: a slow day has room to linger. */
export const paces = ['slow', 'moderate', 'fast'] as const;
export type Pace = (typeof paces)[number];

export const mobilities = ['full', 'limited', 'wheelchair'] as const;
export type Mobility = (typeof mobilities)[number];

export const diets = [
  'vegetarian',
  'vegan',
  'halal',
  'kosher',
  'gluten-free',
  'lactose-free',
  'nut-free',
] as const;
export type Diet = (typeof diets)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a local date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:mm');

export const moneySchema = z.object({
  amount: z.number().int('amount is in minor units (cents), a whole number').nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR'),
});
export type RequestMoney = z.infer<typeof moneySchema>;

export const memberSchema = z.object({
  name: z.string().min(1),
  interests: z.array(z.string().min(1)).default([]),
  diet: z.array(z.enum(diets)).default([]),
  mobility: z.enum(mobilities).default('full'),
});
export type PartyMember = z.infer<typeof memberSchema>;

export const destinationSchema = z.object({
  /** A city name, alias or code, resolved by the gazetteer. */
  city: z.string().min(1),
  /** Days to spend there; omitted = share the remaining days evenly. */
  days: z.number().int().positive().optional(),
});

/** A booking the plan must keep: a flight, a concert, a reserved table. */
export const fixedBookingSchema = z.object({
  title: z.string().min(1),
  city: z.string().min(1),
  date: isoDate,
  startTime: hhmm,
  durationMinutes: z.number().int().positive(),
  cost: moneySchema.optional(),
});
export type FixedBooking = z.infer<typeof fixedBookingSchema>;

export const lodgingPreferenceSchema = z.object({
  /** budget, mid or upscale; chooses the nightly rate when no catalogue lodging is given. */
  style: z.enum(['budget', 'mid', 'upscale']).default('mid'),
  /** A known nightly rate for the whole party, overriding the estimate. */
  nightlyCost: moneySchema.optional(),
});

export const planRequestSchema = z
  .object({
    destinations: z.array(destinationSchema).min(1, 'name at least one destination'),
    startDate: isoDate,
    /** Last day of the trip (inclusive); give this or `days`. */
    endDate: isoDate.optional(),
    days: z.number().int().positive().max(60).optional(),
    party: z.array(memberSchema).min(1, 'the party needs at least one member'),
    pace: z.enum(paces).default('moderate'),
    diet: z.array(z.enum(diets)).default([]),
    mobility: z.enum(mobilities).default('full'),
    budget: moneySchema.optional(),
    mustSee: z.array(z.string().min(1)).default([]),
    avoid: z.array(z.string().min(1)).default([]),
    lodging: lodgingPreferenceSchema.optional(),
    fixed: z.array(fixedBookingSchema).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.endDate === undefined && r.days === undefined) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'give endDate or days' });
    }
    if (r.endDate !== undefined && r.endDate < r.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `endDate ${r.endDate} is before startDate ${r.startDate}`,
      });
    }
  });

export type PlanRequestInput = z.input<typeof planRequestSchema>;
export type PlanRequest = z.output<typeof planRequestSchema>;

/** Trip length in days, counting both the first and the last day. */
export function requestDayCount(r: Pick<PlanRequest, 'startDate' | 'endDate' | 'days'>): number {
  if (r.days !== undefined) return r.days;
  const end = r.endDate ?? r.startDate;
  return (
    Math.round(
      (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${r.startDate}T00:00:00Z`)) / 86_400_000,
    ) + 1
  );
}
