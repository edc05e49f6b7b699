import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTripSnapshot } from '../../doc/read';
import { seededTrip } from '../../testing/seeded';
import { contextFor, run } from '../../testing/trip';
import { applyCommand } from '../apply';
import { CommandError } from '../errors';

const alice = contextFor('alice');
const bob = contextFor('bob');

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error.code;
    throw error;
  }
  return undefined;
}

describe('polls', () => {
  it('keep one vote per member: a re-vote replaces it, null withdraws it', () => {
    const { doc } = seededTrip();
    run(doc, bob, { type: 'vote', pollId: 'lunch', optionId: 'a' });
    run(doc, bob, { type: 'vote', pollId: 'lunch', optionId: 'b' });
    run(doc, alice, { type: 'vote', pollId: 'lunch', optionId: 'a' });
    expect(readTripSnapshot(doc).polls[0]?.votes).toEqual({ alice: 'a', bob: 'b' });
    run(doc, bob, { type: 'vote', pollId: 'lunch', optionId: null });
    expect(readTripSnapshot(doc).polls[0]?.votes).toEqual({ alice: 'a' });
  });

  it('keep one vote per member even when the same member votes on two devices at once', () => {
    const { doc } = seededTrip();
    const phone = new Y.Doc();
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc));
    run(doc, bob, { type: 'vote', pollId: 'lunch', optionId: 'a' });
    run(phone, bob, { type: 'vote', pollId: 'lunch', optionId: 'b' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(phone));
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc));
    const votes = readTripSnapshot(doc).polls[0]?.votes;
    expect(Object.keys(votes ?? {})).toEqual(['bob']);
    expect(readTripSnapshot(phone).polls[0]?.votes).toEqual(votes);
  });

  it('refuse votes once closed', () => {
    const { doc } = seededTrip();
    run(doc, alice, { type: 'closePoll', pollId: 'lunch' });
    expect(readTripSnapshot(doc).polls[0]?.closed).toBe(true);
    expect(
      codeOf(() => applyCommand(doc, { type: 'vote', pollId: 'lunch', optionId: 'a' }, bob)),
    ).toBe('poll_closed');
  });
});

describe('checklists', () => {
  it('flip an item when toggled without a state and set it when given one', () => {
    const { doc } = seededTrip();
    const toggle = {
      type: 'toggleChecklistItem',
      checklistId: 'packing',
      checklistItemId: 'passport',
    } as const;
    run(doc, bob, toggle);
    expect(readTripSnapshot(doc).checklists[0]?.items[0]?.done).toBe(true);
    run(doc, bob, toggle);
    expect(readTripSnapshot(doc).checklists[0]?.items[0]?.done).toBe(false);
    run(doc, bob, { ...toggle, done: false });
    expect(readTripSnapshot(doc).checklists[0]?.items[0]?.done).toBe(false);
  });

  it('keep items in the order they were added, with their assignee', () => {
    const { doc } = seededTrip();
    run(
      doc,
      bob,
      { type: 'addChecklistItem', checklistId: 'packing', text: 'Sunscreen', assignee: 'bob' },
      { type: 'addChecklistItem', checklistId: 'packing', text: 'Charger' },
    );
    expect(readTripSnapshot(doc).checklists[0]?.items).toMatchObject([
      { text: 'Passport' },
      { text: 'Sunscreen', assignee: 'bob', done: false },
      { text: 'Charger' },
    ]);
  });
});

describe('comments', () => {
  it('gather in the item’s thread and can be deleted by their author or the owner', () => {
    const { doc, threadId } = seededTrip();
    const { id: reply } = applyCommand(
      doc,
      { type: 'addComment', itemId: 'museum', text: 'Until 20:00' },
      bob,
    );
    let thread = readTripSnapshot(doc).threads[0];
    expect(thread?.id).toBe(threadId);
    expect(thread?.comments.map((c) => [c.authorId, c.text])).toEqual([
      ['alice', 'Open late on Fridays?'],
      ['bob', 'Until 20:00'],
    ]);
    const owner = contextFor('olivia', { role: 'owner' });
    run(doc, owner, { type: 'deleteComment', threadId, commentId: reply ?? '' });
    thread = readTripSnapshot(doc).threads[0];
    expect(thread?.comments.map((c) => c.id)).toEqual(['hello']);
  });
});

describe('roles', () => {
  it('a viewer cannot change anything', () => {
    const { doc } = seededTrip();
    const before = Y.encodeStateAsUpdate(doc);
    const viewer = contextFor('vera', { role: 'viewer' });
    expect(
      codeOf(() => applyCommand(doc, { type: 'vote', pollId: 'lunch', optionId: 'a' }, viewer)),
    ).toBe('forbidden');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
