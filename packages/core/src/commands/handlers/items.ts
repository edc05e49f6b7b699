import * as Y from 'yjs';
import { childMap, recordOf, writeFields } from '../../doc/layout';
import { readItemRecord } from '../../doc/records';
import { itemSchema, type Item } from '../../schema/item';
import type { CommandEnv, Handler } from '../context';
import { CommandError, errorFromZod } from '../errors';
import { requireFreeId, requireRecord } from '../lookup';
import { placementFor } from './placement';

function requireItem(env: CommandEnv, itemId: string): { record: Y.Map<unknown>; item: Item } {
  const record = requireRecord(env.roots.items, itemId, 'item_not_found', ['itemId'], 'item');
  const entry = readItemRecord(itemId, record);
  if (!entry) throw new CommandError('item_not_found', `item ${itemId} is unreadable`, ['itemId']);
  return { record, item: entry.item };
}

export const addItem: Handler<'addItem'> = (env, { type, item: input, to, index }) => {
  const id = input.id ?? env.newId();
  requireFreeId(env.roots.items, id, ['item', 'id']);
  const parsed = itemSchema.safeParse({
    ...input,
    id,
    createdBy: env.actorId,
    updatedAt: env.now,
  });
  if (!parsed.success) throw errorFromZod('invalid_value', parsed.error, ['item']);
  const placement = placementFor(env, to, index);
  return () => {
    const { id: _id, ...fields } = parsed.data;
    env.roots.items.set(id, recordOf({ ...fields, placement }));
    return { type, id };
  };
};

export const updateItem: Handler<'updateItem'> = (env, { type, itemId, patch }) => {
  const { record, item } = requireItem(env, itemId);
  const merged: Record<string, unknown> = { ...item, updatedAt: env.now };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  const parsed = itemSchema.safeParse(merged);
  if (!parsed.success) throw errorFromZod('invalid_value', parsed.error, ['patch']);
  return () => {
    // Only the fields in the patch are written, so concurrent edits of other fields survive.
    writeFields(record, { ...patch, updatedAt: env.now });
    return { type, id: itemId };
  };
};

export const moveItem: Handler<'moveItem'> = (env, { type, itemId, to, index }) => {
  const { record, item } = requireItem(env, itemId);
  if (item.fixed === true) {
    throw new CommandError(
      'item_fixed',
      `item ${itemId} is a fixed booking; clear "fixed" before moving it`,
      ['itemId'],
    );
  }
  const placement = placementFor(env, to, index, itemId);
  return () => {
    // One atomic value: concurrent moves resolve to one of them, never a copy in two places.
    record.set('placement', placement);
    record.set('updatedAt', env.now);
    return { type, id: itemId };
  };
};

export const deleteItem: Handler<'deleteItem'> = (env, { type, itemId }) => {
  requireItem(env, itemId);
  return () => {
    env.roots.items.delete(itemId);
    // The item's conversations go with it; expenses stay but lose the link.
    for (const [threadId, thread] of [...env.roots.threads.entries()]) {
      if (thread instanceof Y.Map && thread.get('itemId') === itemId) {
        env.roots.threads.delete(threadId);
      }
    }
    for (const expenseId of [...env.roots.expenses.keys()]) {
      const expense = childMap(env.roots.expenses, expenseId);
      if (expense?.get('itemId') === itemId) expense.delete('itemId');
    }
    return { type, id: itemId };
  };
};
