import { z } from 'zod';
import { checklistSchema, pollSchema, threadSchema } from './collab';
import { dateRange } from './dates';
import { tripDetailsSchema } from './details';
import { expenseSchema } from './expense';
import { itemSchema } from './item';
import { isoDateSchema } from './primitives';
import { proposalSchema } from './proposal';

export const daySchema = z.strictObject({
  date: isoDateSchema,
  items: z.array(itemSchema),
});
export type Day = z.infer<typeof daySchema>;

/** The JSON projection of a trip's Y.Doc: what REST reads, the planner and lint see. */
export const tripSnapshotSchema = z
  .strictObject({
    details: tripDetailsSchema,
    days: z.array(daySchema),
    ideas: z.array(itemSchema),
    expenses: z.array(expenseSchema),
    checklists: z.array(checklistSchema),
    threads: z.array(threadSchema),
    polls: z.array(pollSchema),
    proposals: z.array(proposalSchema),
  })
  .superRefine((trip, ctx) => {
    const expected = dateRange(trip.details.startDate, trip.details.endDate);
    const actual = trip.days.map((day) => day.date);
    if (expected.length !== actual.length || expected.some((date, i) => date !== actual[i])) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'days must list every date from startDate to endDate in order',
      });
    }
    const seen = new Set<string>();
    const all = [...trip.days.flatMap((day) => day.items), ...trip.ideas];
    all.forEach((item) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['days'], message: `item ${item.id} appears twice` });
      }
      seen.add(item.id);
    });
  });
export type TripSnapshot = z.infer<typeof tripSnapshotSchema>;
