import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand } from '../commands/apply';
import { CommandError } from '../commands/errors';
import type { CommandInput } from '../commands/schema';
import { addDays } from '../schema/dates';
import { allItems, commandFor, opArb, type Op } from '../testing/random-edits';
import { tripSnapshotSchema, type TripSnapshot } from '../schema/snapshot';
import { sampleDetails } from '../testing/trip';
import { createTripDoc } from './init';
import { createActorUndoManager } from './origin';
import { readTripSnapshot } from './read';
import { createSnapshotReader } from './snapshot-reader';

const REPLICAS = 3;
const REMOTE = 'remote';

type Step =
  | { kind: 'edit'; replica: number; op: Op }
  | { kind: 'deliver'; from: number; to: number; pick: number }
  | { kind: 'toggle'; replica: number }
  | { kind: 'undo'; replica: number };

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
        // The incremental reader must always read what a full read does.
        const readers = net.docs.map((doc) => createSnapshotReader(doc));
        const readersAgree = () =>
          readers.forEach((reader, r) =>
            expect(reader.read()).toEqual(readTripSnapshot(net.docs[r] as Y.Doc)),
          );
        for (const step of steps) {
          runStep(net, step, counters);
          readersAgree();
        }
        healAndSync(net);
        readersAgree();

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
