import fc from 'fast-check';
import type { CommandInput } from '../commands/schema';
import { addDays } from '../schema/dates';
import type { TripSnapshot } from '../schema/snapshot';
import { sampleDetails } from './trip';

/** An abstract edit; picks are resolved against the replica's own view when it runs. */
export type Op =
  | { kind: 'add'; day: number; index: number }
  | { kind: 'move'; item: number; day: number; index: number }
  | { kind: 'update'; item: number; title: string; startTime: string | null }
  | { kind: 'delete'; item: number }
  | { kind: 'dates'; shift: number; length: number }
  | { kind: 'expense'; amount: number; exactFirst: number }
  | { kind: 'editExpense'; expense: number; amount: number }
  | { kind: 'vote'; option: number }
  | { kind: 'comment'; item: number }
  | { kind: 'check'; entry: number }
  | { kind: 'proposal'; item: number; day: number };

const pick = fc.nat({ max: 20 });
const day = fc.integer({ min: -1, max: 4 }); // -1 = ideas; 3 and 4 may fall outside the trip

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), day, index: pick }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('move' as const), item: pick, day, index: pick }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      item: pick,
      title: fc.constantFrom('Museum', 'Lunch', 'Walk'),
      startTime: fc.constantFrom('09:00', '14:30', null),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), item: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('dates' as const),
      shift: fc.integer({ min: -1, max: 1 }),
      length: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('expense' as const),
      amount: fc.integer({ min: 1, max: 100_000 }),
      exactFirst: fc.nat({ max: 100 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('editExpense' as const),
      expense: pick,
      amount: fc.integer({ min: 1, max: 100_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('vote' as const), option: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), item: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('check' as const), entry: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('proposal' as const), item: pick, day }),
  },
);

export function allItems(snapshot: TripSnapshot) {
  return [...snapshot.days.flatMap((d) => d.items), ...snapshot.ideas];
}

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function target(snapshot: TripSnapshot, dayPick: number): string {
  return dayPick < 0 ? 'ideas' : addDays(snapshot.details.startDate, dayPick);
}

/** Turns an abstract op into a concrete command against what this replica currently sees. */
export function commandFor(op: Op, view: TripSnapshot, actor: string): CommandInput | undefined {
  const items = allItems(view);
  switch (op.kind) {
    case 'add':
      return { type: 'addItem', item: { kind: 'place', title: 'Spot' }, to: target(view, op.day) };
    case 'move': {
      const item = at(items, op.item);
      return (
        item && { type: 'moveItem', itemId: item.id, to: target(view, op.day), index: op.index % 3 }
      );
    }
    case 'update': {
      const item = at(items, op.item);
      return (
        item && {
          type: 'updateItem',
          itemId: item.id,
          patch: { title: op.title, startTime: op.startTime },
        }
      );
    }
    case 'delete': {
      const item = at(items, op.item);
      return item && { type: 'deleteItem', itemId: item.id };
    }
    case 'dates':
      return {
        type: 'updateTripDetails',
        patch: {
          startDate: addDays(sampleDetails.startDate, op.shift),
          endDate: addDays(sampleDetails.startDate, op.shift + op.length - 1),
        },
      };
    case 'expense': {
      const first = Math.min(op.exactFirst, op.amount);
      return {
        type: 'addExpense',
        expense: {
          title: 'Tickets',
          amount: { amount: op.amount, currency: 'EUR' },
          paidBy: actor,
          participants: ['user-0', 'user-1'],
          split: { kind: 'exact', amounts: { 'user-0': first, 'user-1': op.amount - first } },
        },
      };
    }
    case 'editExpense': {
      const expense = at(view.expenses, op.expense);
      return (
        expense && {
          type: 'updateExpense',
          expenseId: expense.id,
          patch: { amount: { amount: op.amount, currency: 'EUR' }, split: { kind: 'equal' } },
        }
      );
    }
    case 'vote':
      return { type: 'vote', pollId: 'poll', optionId: `option-${op.option}` };
    case 'comment': {
      const item = at(items, op.item);
      return item && { type: 'addComment', itemId: item.id, text: 'Looks good' };
    }
    case 'check': {
      const entry = at(view.checklists[0]?.items ?? [], op.entry);
      return entry
        ? { type: 'toggleChecklistItem', checklistId: 'packing', checklistItemId: entry.id }
        : { type: 'addChecklistItem', checklistId: 'packing', text: 'Adapter' };
    }
    case 'proposal': {
      const item = at(items, op.item);
      return (
        item && {
          type: 'addProposal',
          title: 'Reshuffle',
          source: 'engine',
          commands: [
            { type: 'moveItem', itemId: item.id, to: target(view, op.day) },
            { type: 'addItem', item: { kind: 'note', title: 'Rest' }, to: 'ideas' },
          ],
        }
      );
    }
  }
}
