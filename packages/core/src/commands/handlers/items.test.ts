import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActorUndoManager } from '../../doc/origin';
import { readTripSnapshot } from '../../doc/read';
import type { TripSnapshot } from '../../schema/snapshot';
import { seededTrip } from '../../testing/seeded';
import { buildTrip, contextFor, run } from '../../testing/trip';
import { applyCommand } from '../apply';

const alice = contextFor('alice');
const bob = contextFor('bob');

function layout(snapshot: TripSnapshot): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const day of snapshot.days) result[day.date] = day.items.map((item) => item.id);
  result.ideas = snapshot.ideas.map((item) => item.id);
  return result;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('items', () => {
  it('move between days, within a day and to the ideas, keeping the order asked for', () => {
    const { doc } = seededTrip();
    run(
      doc,
      alice,
      {
        type: 'addItem',
        item: { id: 'lunch', kind: 'activity', title: 'Lunch' },
        to: '2026-05-01',
      },
      { type: 'moveItem', itemId: 'beach', to: '2026-05-01', index: 1 },
      { type: 'moveItem', itemId: 'lunch', to: '2026-05-01', index: 0 },
      { type: 'moveItem', itemId: 'museum', to: 'ideas' },
    );
    expect(layout(readTripSnapshot(doc))).toEqual({
      '2026-05-01': ['lunch', 'beach'],
      '2026-05-02': ['train'],
      '2026-05-03': [],
      ideas: ['museum'],
    });
  });

  it('keep every item when the trip gets shorter: items of removed days go to the ideas', () => {
    const { doc } = seededTrip();
    run(
      doc,
      alice,
      { type: 'addItem', item: { id: 'late', kind: 'note', title: 'Late' }, to: '2026-05-03' },
      { type: 'addItem', item: { id: 'later', kind: 'note', title: 'Later' }, to: '2026-05-03' },
      { type: 'updateTripDetails', patch: { startDate: '2026-05-02', endDate: '2026-05-02' } },
    );
    const shorter = readTripSnapshot(doc);
    expect(layout(shorter)).toEqual({
      '2026-05-02': ['train'],
      ideas: ['beach', 'museum', 'late', 'later'],
    });
    run(doc, alice, { type: 'updateTripDetails', patch: { endDate: '2026-05-04' } });
    expect(layout(readTripSnapshot(doc)).ideas).toEqual(['beach', 'museum', 'late', 'later']);
  });

  it('added to a day that a concurrent date change removed show up in the ideas', () => {
    const { doc } = seededTrip();
    const other = replicaOf(doc);
    run(doc, alice, { type: 'updateTripDetails', patch: { endDate: '2026-05-01' } });
    run(other, bob, {
      type: 'addItem',
      item: { id: 'fado', kind: 'activity', title: 'Fado' },
      to: '2026-05-03',
    });
    sync(doc, other);
    const merged = readTripSnapshot(doc);
    expect(merged).toEqual(readTripSnapshot(other));
    expect(merged.ideas.map((item) => item.id)).toContain('fado');
  });

  it('moved concurrently to two different days end up in exactly one place', () => {
    const { doc } = seededTrip();
    const other = replicaOf(doc);
    run(doc, alice, { type: 'moveItem', itemId: 'beach', to: '2026-05-01' });
    run(other, bob, { type: 'moveItem', itemId: 'beach', to: '2026-05-03' });
    sync(doc, other);
    const merged = readTripSnapshot(doc);
    expect(merged).toEqual(readTripSnapshot(other));
    const places = [...merged.days.flatMap((d) => d.items), ...merged.ideas].filter(
      (item) => item.id === 'beach',
    );
    expect(places).toHaveLength(1);
  });

  it('keep concurrent edits of different fields of the same item, and of a move', () => {
    const { doc } = seededTrip();
    const other = replicaOf(doc);
    run(doc, alice, { type: 'updateItem', itemId: 'museum', patch: { startTime: '10:00' } });
    run(
      other,
      bob,
      { type: 'updateItem', itemId: 'museum', patch: { notes: 'Free on Sundays' } },
      { type: 'moveItem', itemId: 'museum', to: '2026-05-03' },
    );
    sync(doc, other);
    const museum = readTripSnapshot(doc).days[2]?.items[0];
    expect(museum).toMatchObject({ id: 'museum', startTime: '10:00', notes: 'Free on Sundays' });
  });

  it('restored by undo after a concurrent move are visible again', () => {
    const { doc } = seededTrip();
    const other = replicaOf(doc);
    const undo = createActorUndoManager(doc, 'alice', { captureTimeout: 0 });
    run(other, bob, { type: 'moveItem', itemId: 'museum', to: '2026-05-03' });
    run(doc, alice, { type: 'deleteItem', itemId: 'museum' });
    sync(doc, other);
    undo.undo();
    sync(doc, other);
    const merged = readTripSnapshot(doc);
    expect(merged).toEqual(readTripSnapshot(other));
    const all = [...merged.days.flatMap((day) => day.items), ...merged.ideas];
    expect(all.filter((item) => item.id === 'museum')).toMatchObject([{ title: 'MAAT' }]);
  });

  it('clear optional fields when patched with null', () => {
    const { doc } = seededTrip();
    run(
      doc,
      alice,
      { type: 'updateItem', itemId: 'museum', patch: { startTime: '10:00', durationMinutes: 90 } },
      { type: 'updateItem', itemId: 'museum', patch: { startTime: null } },
    );
    const museum = readTripSnapshot(doc).days[0]?.items[0];
    expect(museum?.startTime).toBeUndefined();
    expect(museum?.durationMinutes).toBe(90);
  });

  it('can be moved once a fixed booking is released', () => {
    const { doc } = seededTrip();
    run(
      doc,
      alice,
      { type: 'updateItem', itemId: 'train', patch: { fixed: false } },
      { type: 'moveItem', itemId: 'train', to: '2026-05-03' },
    );
    expect(readTripSnapshot(doc).days[2]?.items.map((item) => item.id)).toEqual(['train']);
  });

  it('take their conversations along when deleted and unlink their expenses', () => {
    const { doc } = seededTrip();
    run(
      doc,
      alice,
      { type: 'updateExpense', expenseId: 'dinner', patch: { itemId: 'museum' } },
      { type: 'deleteItem', itemId: 'museum' },
    );
    const snapshot = readTripSnapshot(doc);
    expect(snapshot.threads).toEqual([]);
    expect(snapshot.expenses[0]?.itemId).toBeUndefined();
    expect(snapshot.expenses[0]?.id).toBe('dinner');
  });

  it('record who created them and when they last changed', () => {
    const doc = buildTrip();
    const later = contextFor('bob', { now: new Date('2026-04-02T08:30:00.000Z') });
    const { id } = applyCommand(
      doc,
      { type: 'addItem', item: { kind: 'place', title: 'Tram 28' }, to: 'ideas' },
      alice,
    );
    applyCommand(doc, { type: 'updateItem', itemId: id, patch: { title: 'Tram 28 ride' } }, later);
    expect(readTripSnapshot(doc).ideas[0]).toMatchObject({
      id,
      createdBy: 'alice',
      updatedAt: '2026-04-02T08:30:00.000Z',
    });
  });
});
