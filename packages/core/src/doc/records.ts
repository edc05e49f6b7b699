import * as Y from 'yjs';
import {
  checklistItemSchema,
  commentSchema,
  type ChecklistItem,
  type Comment,
} from '../schema/collab';
import { expenseSchema, type Expense } from '../schema/expense';
import { itemSchema, type Item } from '../schema/item';
import { childArray, childMap, placementOf, type Placement } from './layout';
import { salvage } from './salvage';

const ITEM_KEYS = [
  'id',
  'kind',
  'title',
  'place',
  'startTime',
  'durationMinutes',
  'cost',
  'attendees',
  'bookingRef',
  'fixed',
  'notes',
  'transport',
  'createdBy',
  'updatedAt',
] as const;

export function fieldsOf(record: Y.Map<unknown>, keys: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of keys) fields[key] = record.get(key);
  return fields;
}

export interface PlacedItem {
  item: Item;
  placement: Placement;
}

export function readItemRecord(id: string, record: unknown): PlacedItem | undefined {
  if (!(record instanceof Y.Map)) return undefined;
  const map = record as Y.Map<unknown>;
  const item = salvage(
    itemSchema,
    { ...fieldsOf(map, ITEM_KEYS), id },
    {
      attendees: [],
      title: 'Untitled',
      kind: 'note',
      createdBy: 'unknown',
      updatedAt: '1970-01-01T00:00:00.000Z',
    },
  );
  return item ? { item, placement: placementOf(map) } : undefined;
}

export function readExpenseRecord(id: string, record: unknown): Expense | undefined {
  if (!(record instanceof Y.Map)) return undefined;
  const map = record as Y.Map<unknown>;
  const charge = map.get('charge');
  const { amount, participants, split } =
    typeof charge === 'object' && charge !== null ? (charge as Record<string, unknown>) : {};
  return salvage(expenseSchema, {
    ...fieldsOf(map, ['title', 'paidBy', 'date', 'itemId', 'category', 'createdBy', 'createdAt']),
    id,
    amount,
    participants,
    split,
  });
}

export function readChecklistEntries(record: Y.Map<unknown>): ChecklistItem[] {
  const entries = childArray(record, 'entries');
  if (!entries) return [];
  const seen = new Set<string>();
  const items: ChecklistItem[] = [];
  for (const entry of entries.toArray()) {
    if (!(entry instanceof Y.Map)) continue;
    const item = salvage(
      checklistItemSchema,
      fieldsOf(entry as Y.Map<unknown>, ['id', 'text', 'done', 'assignee']),
      { done: false },
    );
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

export function readComments(record: Y.Map<unknown>): Comment[] {
  const comments = childArray(record, 'comments');
  if (!comments) return [];
  const seen = new Set<string>();
  const result: Comment[] = [];
  for (const raw of comments.toArray()) {
    if (typeof raw !== 'object' || raw === null) continue;
    const comment = salvage(commentSchema, { ...(raw as Record<string, unknown>) });
    if (comment && !seen.has(comment.id)) {
      seen.add(comment.id);
      result.push(comment);
    }
  }
  return result;
}

/** Member id -> value entries of a nested votes map, keeping only well-formed ones. */
export function readVotes(
  record: Y.Map<unknown>,
  accept: (value: string) => boolean,
): Record<string, string> {
  const votes: Record<string, string> = {};
  const map = childMap(record, 'votes');
  if (!map) return votes;
  for (const userId of [...map.keys()].sort()) {
    const value = map.get(userId);
    if (typeof value === 'string' && accept(value)) votes[userId] = value;
  }
  return votes;
}
