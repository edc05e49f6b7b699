import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  moneySchema,
  timestampSchema,
  uniqueUserIds,
  userIdSchema,
} from './primitives';

export const splitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('equal') }),
  z.strictObject({
    kind: z.literal('shares'),
    shares: z.record(userIdSchema, z.int().positive().max(1_000_000)),
  }),
  z.strictObject({
    kind: z.literal('exact'),
    amounts: z.record(userIdSchema, z.int().nonnegative()),
  }),
]);
export type Split = z.infer<typeof splitSchema>;

export const expenseAmountSchema = moneySchema.refine((money) => money.amount > 0, {
  error: 'an expense amount must be positive',
  path: ['amount'],
});

export const expenseContentFields = {
  title: z.string().trim().min(1).max(200),
  amount: expenseAmountSchema,
  paidBy: userIdSchema,
  participants: uniqueUserIds(100).min(1, { error: 'an expense needs at least one participant' }),
  split: splitSchema,
  date: isoDateSchema.optional(),
  itemId: idSchema.optional(),
  category: z.string().trim().min(1).max(50).optional(),
};

interface SplitInput {
  amount: { amount: number };
  participants: string[];
  split: Split;
}

/**
 * The cross-field rule of an expense: shares and exact amounts name exactly the participants,
 * and exact amounts add up to the expense amount.
 */
export function splitIssue(expense: SplitInput): { path: string[]; message: string } | undefined {
  const { split, participants } = expense;
  if (split.kind === 'equal') return undefined;
  const record = split.kind === 'shares' ? split.shares : split.amounts;
  const field = split.kind === 'shares' ? 'shares' : 'amounts';
  const keys = Object.keys(record).sort();
  const people = [...participants].sort();
  if (keys.length !== people.length || keys.some((key, i) => key !== people[i])) {
    return {
      path: ['split', field],
      message: `split.${field} must name exactly the participants`,
    };
  }
  if (split.kind === 'exact') {
    const sum = Object.values(split.amounts).reduce((total, value) => total + value, 0);
    if (sum !== expense.amount.amount) {
      return {
        path: ['split', 'amounts'],
        message: `split.amounts add up to ${sum} but the expense amount is ${expense.amount.amount}`,
      };
    }
  }
  return undefined;
}

export function refineSplit(value: SplitInput, ctx: z.RefinementCtx): void {
  const issue = splitIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

export const expenseSchema = z
  .strictObject({
    id: idSchema,
    ...expenseContentFields,
    createdBy: userIdSchema,
    createdAt: timestampSchema,
  })
  .superRefine(refineSplit);
export type Expense = z.infer<typeof expenseSchema>;
