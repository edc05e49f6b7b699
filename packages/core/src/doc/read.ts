import * as Y from 'yjs';
import {
  checklistSchema,
  pollSchema,
  threadSchema,
  type Checklist,
  type Poll,
  type Thread,
} from '../schema/collab';
import { dateRange } from '../schema/dates';
import type { Expense } from '../schema/expense';
import type { Item } from '../schema/item';
import { proposalSchema, type Proposal } from '../schema/proposal';
import type { Day, TripSnapshot } from '../schema/snapshot';
import { tripRoots, type TripRoots } from './layout';
import { compareByOrder } from './order';
import { readDetails } from './read-details';
import {
  fieldsOf,
  readChecklistEntries,
  readComments,
  readExpenseRecord,
  readItemRecord,
  readVotes,
  type PlacedItem,
} from './records';
import { asString, byCreation, salvage } from './salvage';

/**
 * Remembers what each record of a collection read as, until the record changes. Without one,
 * every record is read (and checked against its schema) again.
 */
export interface RecordCache {
  read<T>(root: Y.Map<unknown>, id: string, compute: () => T): T;
}

const NO_CACHE: RecordCache = { read: (_root, _id, compute) => compute() };

export function readPlacedItems(roots: TripRoots, cache: RecordCache = NO_CACHE): PlacedItem[] {
  const placed: PlacedItem[] = [];
  roots.items.forEach((record, id) => {
    const entry = cache.read(roots.items, id, () => readItemRecord(id, record));
    if (entry) placed.push(entry);
  });
  return placed;
}

/** Days in date order; an item whose day is not (or no longer) in the trip shows in ideas. */
export function arrangeItems(
  dates: readonly string[],
  placed: readonly PlacedItem[],
): { days: Day[]; ideas: Item[] } {
  const buckets = new Map<string, PlacedItem[]>(dates.map((date) => [date, []]));
  const ideas: PlacedItem[] = [];
  for (const entry of placed) {
    const bucket = entry.placement.day === null ? undefined : buckets.get(entry.placement.day);
    (bucket ?? ideas).push(entry);
  }
  const sorted = (entries: PlacedItem[]) =>
    entries
      .sort((a, b) =>
        compareByOrder(
          { order: a.placement.order, id: a.item.id },
          { order: b.placement.order, id: b.item.id },
        ),
      )
      .map((entry) => entry.item);
  return {
    days: dates.map((date) => ({ date, items: sorted(buckets.get(date) ?? []) })),
    ideas: sorted(ideas),
  };
}

function collect<T extends { id: string }>(
  map: Y.Map<unknown>,
  read: (id: string, record: Y.Map<unknown>) => T | undefined,
  cache: RecordCache,
): T[] {
  const entries: { value: T; createdAt: string }[] = [];
  map.forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const typed = record as Y.Map<unknown>;
    const entry = cache.read(map, id, () => {
      const value = read(id, typed);
      return value ? { value, createdAt: asString(typed.get('createdAt')) ?? '' } : undefined;
    });
    if (entry) entries.push(entry);
  });
  return byCreation(entries);
}

function readChecklist(id: string, record: Y.Map<unknown>): Checklist | undefined {
  return salvage(
    checklistSchema,
    { ...fieldsOf(record, ['title', 'kind']), id, items: readChecklistEntries(record) },
    { title: 'Untitled list', kind: 'todo' },
  );
}

function readThread(id: string, record: Y.Map<unknown>): Thread | undefined {
  return salvage(threadSchema, {
    itemId: record.get('itemId'),
    id,
    comments: readComments(record),
  });
}

function readPoll(id: string, record: Y.Map<unknown>): Poll | undefined {
  const options = record.get('options');
  const optionIds = new Set(
    Array.isArray(options)
      ? options.map((option: unknown) =>
          typeof option === 'object' && option !== null
            ? (option as { id?: unknown }).id
            : undefined,
        )
      : [],
  );
  return salvage(
    pollSchema,
    {
      ...fieldsOf(record, ['question', 'options']),
      id,
      closed: record.get('closed') === true,
      votes: readVotes(record, (optionId) => optionIds.has(optionId)),
    },
    { question: 'Untitled poll' },
  );
}

function readProposal(id: string, record: Y.Map<unknown>): Proposal | undefined {
  // Applying wins over a concurrent dismissal: the commands did change the trip.
  const applied = record.get('appliedAt') !== undefined;
  return salvage(
    proposalSchema,
    {
      ...fieldsOf(record, [
        'title',
        'summary',
        'source',
        'authorId',
        'createdAt',
        'commands',
        'findings',
      ]),
      id,
      status: applied ? 'applied' : record.get('status'),
      votes: readVotes(record, (vote) => vote === 'up' || vote === 'down'),
    },
    { status: 'open' },
  );
}

/**
 * The JSON projection of a trip document, valid against `tripSnapshotSchema` by construction:
 * every record is checked against its own schema (and repaired or left out), days are exactly
 * the trip's dates and item ids are unique because items are keyed by id.
 */
export function readTripSnapshot(doc: Y.Doc, cache: RecordCache = NO_CACHE): TripSnapshot {
  const roots = tripRoots(doc);
  const details = readDetails(roots);
  const { days, ideas } = arrangeItems(
    dateRange(details.startDate, details.endDate),
    readPlacedItems(roots, cache),
  );
  const expenses: Expense[] = collect(roots.expenses, readExpenseRecord, cache);
  return {
    details,
    days,
    ideas,
    expenses,
    checklists: collect(roots.checklists, readChecklist, cache),
    threads: collect(roots.threads, readThread, cache),
    polls: collect(roots.polls, readPoll, cache),
    proposals: collect(roots.proposals, readProposal, cache),
  };
}
