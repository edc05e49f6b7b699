import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand } from '../commands/apply';
import { sampleDetails } from '../testing/trip';
import { createTripDoc } from './init';
import { readTripSnapshot } from './read';
import { createSnapshotReader } from './snapshot-reader';

const ctx = { actorId: 'user-1', now: new Date('2026-04-01T00:00:00Z') };

function tripWithItems(count: number): Y.Doc {
  const doc = createTripDoc(sampleDetails);
  for (let i = 0; i < count; i++) {
    applyCommand(
      doc,
      {
        type: 'addItem',
        item: { id: `item-${i}`, kind: 'place', title: `Stop ${i}` },
        to: 'ideas',
      },
      ctx,
    );
  }
  return doc;
}

describe('the incremental snapshot reader', () => {
  it('keeps the objects of records nobody touched and re-reads the one that changed', () => {
    const doc = tripWithItems(3);
    const reader = createSnapshotReader(doc);
    const before = reader.read();
    applyCommand(doc, { type: 'updateItem', itemId: 'item-1', patch: { title: 'Castle' } }, ctx);
    const after = reader.read();
    expect(after).toEqual(readTripSnapshot(doc));
    expect(after.ideas.map((item) => item.title)).toEqual(['Stop 0', 'Castle', 'Stop 2']);
    expect(after.ideas[0]).toBe(before.ideas[0]);
    expect(after.ideas[1]).not.toBe(before.ideas[1]);
  });

  it('sees changes deep inside a record (a comment in a thread) and updates from peers', () => {
    const doc = tripWithItems(1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const reader = createSnapshotReader(peer);
    expect(reader.read().threads).toEqual([]);
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(peer, update));
    applyCommand(doc, { type: 'addComment', itemId: 'item-0', text: 'Book ahead?' }, ctx);
    expect(reader.read().threads[0]?.comments.map((c) => c.text)).toEqual(['Book ahead?']);
    applyCommand(doc, { type: 'addComment', itemId: 'item-0', text: 'Yes, online' }, ctx);
    expect(reader.read()).toEqual(readTripSnapshot(peer));
    expect(reader.read().threads[0]?.comments).toHaveLength(2);
  });

  it('reads fresh inside a transaction, before the change events have fired', () => {
    const doc = tripWithItems(1);
    const reader = createSnapshotReader(doc);
    reader.read();
    doc.transact(() => {
      applyCommand(doc, { type: 'deleteItem', itemId: 'item-0' }, ctx);
      expect(reader.read().ideas).toEqual([]);
    });
    expect(reader.read().ideas).toEqual([]);
  });

  it('stops following the document once destroyed', () => {
    const doc = tripWithItems(1);
    const reader = createSnapshotReader(doc);
    reader.destroy();
    applyCommand(doc, { type: 'updateItem', itemId: 'item-0', patch: { title: 'Renamed' } }, ctx);
    // Without its cache it still reads correctly, just not incrementally.
    expect(reader.read().ideas[0]?.title).toBe('Renamed');
  });
});
