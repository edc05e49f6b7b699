import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTripSnapshot } from '../doc/read';
import { transactionActor } from '../doc/origin';
import { tripSnapshotSchema } from '../schema/snapshot';
import { buildTrip, contextFor, run } from '../testing/trip';
import { applyCommand } from './apply';
import { CommandError } from './errors';

const alice = contextFor('alice');

describe('applyCommand', () => {
  it('adds an item to a day at the requested position', () => {
    const doc = buildTrip();
    run(
      doc,
      alice,
      { type: 'addItem', item: { id: 'a', kind: 'place', title: 'Belém Tower' }, to: '2026-05-01' },
      { type: 'addItem', item: { id: 'b', kind: 'place', title: 'Alfama' }, to: '2026-05-01' },
      {
        type: 'addItem',
        item: { id: 'c', kind: 'activity', title: 'Fado' },
        to: '2026-05-01',
        index: 1,
      },
    );
    const snapshot = readTripSnapshot(doc);
    expect(snapshot.days[0]?.items.map((item) => item.id)).toEqual(['a', 'c', 'b']);
    expect(tripSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('records the actor as the origin of the transaction', () => {
    const doc = buildTrip();
    const actors: (string | undefined)[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      actors.push(transactionActor(transaction.origin));
    });
    run(doc, alice, { type: 'addItem', item: { kind: 'note', title: 'Pack' }, to: 'ideas' });
    expect(actors).toEqual(['alice']);
  });

  it('refuses a move of an unknown item with a stable code and leaves the doc untouched', () => {
    const doc = buildTrip();
    const before = Y.encodeStateVector(doc);
    let caught: unknown;
    try {
      applyCommand(doc, { type: 'moveItem', itemId: 'ghost', to: 'ideas' }, alice);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CommandError);
    expect((caught as CommandError).code).toBe('item_not_found');
    expect((caught as CommandError).message).toContain('itemId');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
