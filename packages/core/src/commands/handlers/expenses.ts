import * as Y from 'yjs';
import { recordOf, writeFields } from '../../doc/layout';
import { readExpenseRecord } from '../../doc/records';
import { expenseSchema, type Expense } from '../../schema/expense';
import type { CommandEnv, Handler } from '../context';
import { CommandError, errorFromZod, type IssuePath } from '../errors';
import { requireFreeId, requireRecord } from '../lookup';

function requireLinkedItem(env: CommandEnv, itemId: string | undefined, path: IssuePath): void {
  if (itemId !== undefined && !env.roots.items.has(itemId)) {
    throw new CommandError('item_not_found', `item ${itemId} does not exist`, path);
  }
}

/** Amount, participants and split change together so their cross-field rule survives merges. */
function chargeOf(expense: Expense): Record<string, unknown> {
  return { amount: expense.amount, participants: expense.participants, split: expense.split };
}

export const addExpense: Handler<'addExpense'> = (env, { type, expense: input }) => {
  const id = input.id ?? env.newId();
  requireFreeId(env.roots.expenses, id, ['expense', 'id']);
  requireLinkedItem(env, input.itemId, ['expense', 'itemId']);
  const parsed = expenseSchema.safeParse({
    ...input,
    id,
    createdBy: env.actorId,
    createdAt: env.now,
  });
  if (!parsed.success) throw errorFromZod('invalid_value', parsed.error, ['expense']);
  const expense = parsed.data;
  return () => {
    env.roots.expenses.set(
      id,
      recordOf({
        title: expense.title,
        paidBy: expense.paidBy,
        charge: chargeOf(expense),
        date: expense.date,
        itemId: expense.itemId,
        category: expense.category,
        createdBy: expense.createdBy,
        createdAt: expense.createdAt,
      }),
    );
    return { type, id };
  };
};

export const updateExpense: Handler<'updateExpense'> = (env, { type, expenseId, patch }) => {
  const record = requireRecord(
    env.roots.expenses,
    expenseId,
    'expense_not_found',
    ['expenseId'],
    'expense',
  );
  const current = readExpenseRecord(expenseId, record);
  if (!current) {
    throw new CommandError('expense_not_found', `expense ${expenseId} is unreadable`, [
      'expenseId',
    ]);
  }
  if (patch.itemId !== null) requireLinkedItem(env, patch.itemId, ['patch', 'itemId']);
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  const parsed = expenseSchema.safeParse(merged);
  if (!parsed.success) throw errorFromZod('invalid_value', parsed.error, ['patch']);
  const next = parsed.data;
  const chargeChanged =
    patch.amount !== undefined || patch.participants !== undefined || patch.split !== undefined;
  return () => {
    writeFields(record, {
      title: patch.title,
      paidBy: patch.paidBy,
      date: patch.date,
      itemId: patch.itemId,
      category: patch.category,
    });
    if (chargeChanged) record.set('charge', chargeOf(next));
    return { type, id: expenseId };
  };
};

export const deleteExpense: Handler<'deleteExpense'> = (env, { type, expenseId }) => {
  const record = env.roots.expenses.get(expenseId);
  if (!(record instanceof Y.Map)) {
    throw new CommandError('expense_not_found', `expense ${expenseId} does not exist`, [
      'expenseId',
    ]);
  }
  return () => {
    env.roots.expenses.delete(expenseId);
    return { type, id: expenseId };
  };
};
