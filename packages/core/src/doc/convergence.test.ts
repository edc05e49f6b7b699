import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand } from '../commands/apply';
import { CommandError } from '../commands/errors';
import type { CommandInput } from '../commands/schema';
import { addDays } from '../schema/dates';
import { tripSnapshotSchema, type TripSnapshot } from '../schema/snapshot';
import { sampleDetails } from '../testing/trip';
import { createTripDoc } from './init';
import { createActorUndoManager } from './origin';
import { readTripSnapshot } from './read';

const REPLICAS = 3;
const REMOTE = 'remote';

/** An abstract edit; picks are resolved against the replica's own view when it runs. */
type Op =
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

type Step =
  | { kind: 'edit'; replica: number; op: Op }
  | { kind: 'deliver'; from: number; to: number; pick: number }
  | { kind: 'toggle'; replica: number }
  | { kind: 'undo'; replica: number };

const pick = fc.nat({ max: 20 });
const day = fc.integer({ min: -1, max: 4 }); // -1 = ideas; 3 and 4 may fall outside the trip

const opArb: fc.Arbitrary<Op> = fc.oneof(
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

const replica = fc.nat(REPLICAS - 1);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), replica, op: opArb }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      from: replica,
      to: replica,
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), replica }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), replica }) },
);

function allItems(snapshot: TripSnapshot) {
  return [...snapshot.days.flatMap((d) => d.items), ...snapshot.ideas];
}

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function target(snapshot: TripSnapshot, dayPick: number): string {
  return dayPick < 0 ? 'ideas' : addDays(snapshot.details.startDate, dayPick);
}

/** Turns an abstract op into a concrete command against what this replica currently sees. */
function commandFor(op: Op, view: TripSnapshot, actor: string): CommandInput | undefined {
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

interface Network {
  docs: Y.Doc[];
  /** Each member's own undo history on their replica. */
  undo: Y.UndoManager[];
  online: boolean[];
  /** queues[from][to]: updates not yet delivered. */
  queues: Uint8Array[][][];
}

function setUp(): Network {
  const origin = createTripDoc(sampleDetails);
  const setup = { actorId: 'user-0', now: new Date('2026-04-01T00:00:00Z') };
  const seed: CommandInput[] = [
    {
      type: 'createPoll',
      pollId: 'poll',
      question: 'Where to eat?',
      options: [0, 1, 2].map((i) => ({ id: `option-${i}`, label: `Place ${i}` })),
    },
    { type: 'addChecklist', checklistId: 'packing', title: 'Packing', kind: 'packing' },
  ];
  for (let i = 0; i < 4; i++) {
    seed.push({
      type: 'addItem',
      item: { id: `seed-${i}`, kind: 'place', title: `Seed ${i}` },
      to: i < 3 ? addDays(sampleDetails.startDate, i) : 'ideas',
    });
  }
  for (const command of seed) applyCommand(origin, command, setup);
  const state = Y.encodeStateAsUpdate(origin);
  const docs = Array.from({ length: REPLICAS }, (_, r) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + r; // deterministic conflict resolution, so failures replay exactly
    Y.applyUpdate(doc, state, REMOTE);
    return doc;
  });
  const queues = docs.map(() => docs.map(() => [] as Uint8Array[]));
  docs.forEach((doc, from) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      docs.forEach((_, to) => {
        if (to !== from) queues[from]?.[to]?.push(update);
      });
    });
  });
  const undo = docs.map((doc, r) =>
    createActorUndoManager(doc, `user-${r}`, { captureTimeout: 0 }),
  );
  return { docs, undo, online: docs.map(() => true), queues };
}

function runStep(net: Network, step: Step, counters: number[]): void {
  switch (step.kind) {
    case 'edit': {
      const doc = net.docs[step.replica] as Y.Doc;
      const actor = `user-${step.replica}`;
      const command = commandFor(step.op, readTripSnapshot(doc), actor);
      if (!command) return;
      const ctx = {
        actorId: actor,
        now: new Date(Date.UTC(2026, 3, 1, 0, 0, counters[step.replica] ?? 0)),
        newId: () =>
          `r${step.replica}-${(counters[step.replica] = (counters[step.replica] ?? 0) + 1)}`,
      };
      try {
        const result = applyCommand(doc, command, ctx);
        if (step.op.kind === 'proposal' && result.id) {
          applyCommand(doc, { type: 'applyProposal', proposalId: result.id }, ctx);
        }
      } catch (error) {
        // Refusals are fine (the replica's view changed); anything else is a bug.
        if (!(error instanceof CommandError)) throw error;
      }
      return;
    }
    case 'deliver': {
      if (step.from === step.to || !net.online[step.from] || !net.online[step.to]) return;
      const queue = net.queues[step.from]?.[step.to] ?? [];
      if (queue.length === 0) return;
      // Any queued update, not necessarily the oldest: Yjs must cope with reordering.
      const [update] = queue.splice(step.pick % queue.length, 1);
      if (update) Y.applyUpdate(net.docs[step.to] as Y.Doc, update, REMOTE);
      return;
    }
    case 'toggle':
      net.online[step.replica] = !net.online[step.replica];
      return;
    case 'undo':
      net.undo[step.replica]?.undo();
      return;
  }
}

function healAndSync(net: Network): void {
  for (const from of net.docs) {
    for (const to of net.docs) {
      if (from !== to)
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
    }
  }
}

describe('replicas editing concurrently', () => {
  it('converge to identical trips that satisfy the schema, with no item duplicated or lost, undo included', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 5, maxLength: 50 }), (steps) => {
        const net = setUp();
        const counters = net.docs.map(() => 0);
        const created = new Set<string>(['seed-0', 'seed-1', 'seed-2', 'seed-3']);
        const deleted = new Set<string>();
        net.docs.forEach((doc) =>
          doc.getMap('items').observe((event) => {
            event.changes.keys.forEach((change, key) => {
              if (change.action === 'add') created.add(key);
              if (change.action === 'delete') deleted.add(key);
            });
          }),
        );
        for (const step of steps) runStep(net, step, counters);
        healAndSync(net);

        const snapshots = net.docs.map((doc) => readTripSnapshot(doc));
        const first = snapshots[0] as TripSnapshot;
        for (const snapshot of snapshots) {
          expect(tripSnapshotSchema.safeParse(snapshot).success).toBe(true);
          expect(snapshot).toEqual(first);
        }
        const ids = allItems(first).map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Nothing vanishes without someone deleting it (an undo may bring it back).
        for (const id of created) {
          if (!ids.includes(id)) expect(deleted.has(id)).toBe(true);
        }
        for (const id of created) if (!deleted.has(id)) expect(ids).toContain(id);
        // And nothing stored is hidden from the projection.
        expect([...ids].sort()).toEqual([...(net.docs[0] as Y.Doc).getMap('items').keys()].sort());
      }),
      { numRuns: Number(process.env.CORE_PROPERTY_RUNS ?? 40) },
    );
  }, 120_000);
});
