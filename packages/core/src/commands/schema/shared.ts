import { z } from 'zod';
import { checklistKindSchema } from '../../schema/collab';
import { expenseContentFields, refineSplit } from '../../schema/expense';
import { idSchema, userIdSchema } from '../../schema/primitives';

export const expenseInputSchema = z
  .strictObject({ id: idSchema.optional(), ...expenseContentFields })
  .superRefine(refineSplit);
export type ExpenseInput = z.input<typeof expenseInputSchema>;

export const addExpenseCommandSchema = z.strictObject({
  type: z.literal('addExpense'),
  expense: expenseInputSchema,
});

/** Cross-field rules (split vs amount) are checked against the merged expense. */
export const expensePatchSchema = z
  .strictObject({
    title: expenseContentFields.title,
    amount: expenseContentFields.amount,
    paidBy: expenseContentFields.paidBy,
    participants: expenseContentFields.participants,
    split: expenseContentFields.split,
    date: expenseContentFields.date.unwrap().nullable(),
    itemId: expenseContentFields.itemId.unwrap().nullable(),
    category: expenseContentFields.category.unwrap().nullable(),
  })
  .partial();
export type ExpensePatch = z.infer<typeof expensePatchSchema>;

export const updateExpenseCommandSchema = z.strictObject({
  type: z.literal('updateExpense'),
  expenseId: idSchema,
  patch: expensePatchSchema,
});

export const deleteExpenseCommandSchema = z.strictObject({
  type: z.literal('deleteExpense'),
  expenseId: idSchema,
});

const checklistTitle = z.string().trim().min(1).max(200);
const checklistText = z.string().trim().min(1).max(500);

export const addChecklistCommandSchema = z.strictObject({
  type: z.literal('addChecklist'),
  checklistId: idSchema.optional(),
  title: checklistTitle,
  kind: checklistKindSchema,
});

export const deleteChecklistCommandSchema = z.strictObject({
  type: z.literal('deleteChecklist'),
  checklistId: idSchema,
});

export const addChecklistItemCommandSchema = z.strictObject({
  type: z.literal('addChecklistItem'),
  checklistId: idSchema,
  checklistItemId: idSchema.optional(),
  text: checklistText,
  assignee: userIdSchema.optional(),
});

export const toggleChecklistItemCommandSchema = z.strictObject({
  type: z.literal('toggleChecklistItem'),
  checklistId: idSchema,
  checklistItemId: idSchema,
  /** The state to set; flips the current state when omitted. */
  done: z.boolean().optional(),
});

export const deleteChecklistItemCommandSchema = z.strictObject({
  type: z.literal('deleteChecklistItem'),
  checklistId: idSchema,
  checklistItemId: idSchema,
});

export const addCommentCommandSchema = z.strictObject({
  type: z.literal('addComment'),
  itemId: idSchema,
  /** Reply in this thread; otherwise the item's first thread, created when missing. */
  threadId: idSchema.optional(),
  commentId: idSchema.optional(),
  text: z.string().trim().min(1).max(5000),
});

export const deleteCommentCommandSchema = z.strictObject({
  type: z.literal('deleteComment'),
  threadId: idSchema,
  commentId: idSchema,
});

export const createPollCommandSchema = z.strictObject({
  type: z.literal('createPoll'),
  pollId: idSchema.optional(),
  question: z.string().trim().min(1).max(300),
  options: z
    .array(z.strictObject({ id: idSchema.optional(), label: z.string().trim().min(1).max(200) }))
    .min(2, { error: 'a poll needs at least two options' })
    .max(20),
});

export const voteCommandSchema = z.strictObject({
  type: z.literal('vote'),
  pollId: idSchema,
  /** `null` withdraws the member's vote. */
  optionId: idSchema.nullable(),
});

export const closePollCommandSchema = z.strictObject({
  type: z.literal('closePoll'),
  pollId: idSchema,
});

export const sharedCommandSchemas = [
  addExpenseCommandSchema,
  updateExpenseCommandSchema,
  deleteExpenseCommandSchema,
  addChecklistCommandSchema,
  deleteChecklistCommandSchema,
  addChecklistItemCommandSchema,
  toggleChecklistItemCommandSchema,
  deleteChecklistItemCommandSchema,
  addCommentCommandSchema,
  deleteCommentCommandSchema,
  createPollCommandSchema,
  voteCommandSchema,
  closePollCommandSchema,
] as const;
