import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActorUndoManager, transactionActor } from '../../doc/origin';
import { readTripSnapshot } from '../../doc/read';
import { seededTrip } from '../../testing/seeded';
import { contextFor, run } from '../../testing/trip';
import { applyCommand } from '../apply';
import { CommandError } from '../errors';

const alice = contextFor('alice');
const bob = contextFor('bob');

function refusal(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
}

describe('proposals', () => {
  it('apply all their commands in one transaction and are marked applied', () => {
    const { doc } = seededTrip();
    const { id } = applyCommand(
      doc,
      {
        type: 'addProposal',
        title: 'Sintra day',
        source: 'engine',
        commands: [
          { type: 'addItem', item: { kind: 'place', title: 'Pena Palace' }, to: '2026-05-02' },
          { type: 'moveItem', itemId: 'beach', to: '2026-05-03' },
          { type: 'updateTripDetails', patch: { title: 'Lisbon and Sintra' } },
        ],
      },
      alice,
    );
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    applyCommand(doc, { type: 'applyProposal', proposalId: id }, bob);
    const snapshot = readTripSnapshot(doc);
    expect(transactions).toBe(1);
    expect(snapshot.details.title).toBe('Lisbon and Sintra');
    expect(snapshot.days[1]?.items.map((item) => item.title)).toEqual([
      'Train to Sintra',
      'Pena Palace',
    ]);
    expect(snapshot.days[2]?.items.map((item) => item.id)).toEqual(['beach']);
    expect(snapshot.proposals.find((p) => p.id === id)?.status).toBe('applied');
  });

  it('that no longer fit the trip are refused as a whole, naming the failing command', () => {
    const { doc } = seededTrip();
    const { id } = applyCommand(
      doc,
      {
        type: 'addProposal',
        title: 'Shuffle',
        source: 'ai',
        commands: [
          { type: 'addItem', item: { kind: 'note', title: 'Siesta' }, to: 'ideas' },
          { type: 'moveItem', itemId: 'museum', to: '2026-05-02' },
        ],
      },
      alice,
    );
    run(doc, bob, { type: 'deleteItem', itemId: 'museum' });
    const before = Y.encodeStateAsUpdate(doc);
    const error = refusal(() => applyCommand(doc, { type: 'applyProposal', proposalId: id }, bob));
    expect(error.code).toBe('item_not_found');
    expect(error.path).toEqual(['commands', 1, 'itemId']);
    expect(error.message).toContain('commands[1].itemId');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('get ids for what they create, so the diff can point at them before applying', () => {
    const { doc } = seededTrip();
    const { id } = applyCommand(
      doc,
      {
        type: 'addProposal',
        title: 'Add one',
        source: 'member',
        commands: [{ type: 'addItem', item: { kind: 'note', title: 'Siesta' }, to: 'ideas' }],
      },
      alice,
    );
    const proposal = readTripSnapshot(doc).proposals.find((p) => p.id === id);
    const command = proposal?.commands[0];
    const itemId = command?.type === 'addItem' ? command.item.id : undefined;
    expect(itemId).toEqual(expect.any(String));
    applyCommand(doc, { type: 'applyProposal', proposalId: id }, bob);
    expect(readTripSnapshot(doc).ideas.map((item) => item.id)).toContain(itemId);
  });

  it('collect one vote per member and cannot be applied once dismissed', () => {
    const { doc } = seededTrip();
    run(
      doc,
      bob,
      { type: 'voteProposal', proposalId: 'plan', vote: 'up' },
      { type: 'voteProposal', proposalId: 'plan', vote: 'down' },
    );
    run(doc, alice, { type: 'voteProposal', proposalId: 'plan', vote: 'up' });
    expect(readTripSnapshot(doc).proposals[0]?.votes).toEqual({ alice: 'up', bob: 'down' });
    run(doc, alice, { type: 'dismissProposal', proposalId: 'plan' });
    const error = refusal(() =>
      applyCommand(doc, { type: 'applyProposal', proposalId: 'plan' }, bob),
    );
    expect(error.code).toBe('proposal_not_open');
  });

  it('stay applied when another member dismissed them at the same time', () => {
    const { doc } = seededTrip();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    run(doc, alice, { type: 'applyProposal', proposalId: 'plan' });
    run(other, bob, { type: 'dismissProposal', proposalId: 'plan' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readTripSnapshot(doc).proposals[0]?.status).toBe('applied');
    expect(readTripSnapshot(other)).toEqual(readTripSnapshot(doc));
  });

  it('are undone in one step by the member who applied them, leaving others’ edits alone', () => {
    const { doc } = seededTrip();
    const undo = createActorUndoManager(doc, 'bob', { captureTimeout: 0 });
    run(doc, bob, { type: 'applyProposal', proposalId: 'plan' });
    run(doc, alice, { type: 'updateItem', itemId: 'museum', patch: { notes: 'Book ahead' } });
    expect(readTripSnapshot(doc).days[2]?.items.map((item) => item.id)).toEqual(['beach']);
    undo.undo();
    const snapshot = readTripSnapshot(doc);
    expect(snapshot.ideas.map((item) => item.id)).toEqual(['beach']);
    expect(snapshot.proposals[0]?.status).toBe('open');
    expect(snapshot.days[0]?.items[0]?.notes).toBe('Book ahead');
  });

  it('made from the same plan twice can both be applied: taken item ids are replaced', () => {
    const { doc } = seededTrip();
    const plan = () => ({
      type: 'addProposal' as const,
      title: 'Museum morning',
      source: 'engine' as const,
      commands: [
        {
          type: 'addItem' as const,
          item: { id: 'plan-d1-s1', kind: 'place' as const, title: 'Tile Museum' },
          to: '2026-05-02',
        },
        { type: 'updateItem' as const, itemId: 'plan-d1-s1', patch: { durationMinutes: 90 } },
        { type: 'addComment' as const, itemId: 'plan-d1-s1', text: 'Closed on Mondays' },
      ],
    });
    const first = applyCommand(doc, plan(), alice).id;
    const second = applyCommand(doc, plan(), bob).id;
    applyCommand(doc, { type: 'applyProposal', proposalId: first }, alice);
    applyCommand(doc, { type: 'applyProposal', proposalId: second }, bob);
    const snapshot = readTripSnapshot(doc);
    const museums = snapshot.days[1]?.items.filter((item) => item.title === 'Tile Museum') ?? [];
    expect(museums).toHaveLength(2);
    expect(museums.map((item) => item.id)).toContain('plan-d1-s1');
    // The second copy's own edits followed it to its new id.
    expect(museums.every((item) => item.durationMinutes === 90)).toBe(true);
    const commented = snapshot.threads.map((thread) => thread.itemId);
    for (const museum of museums) expect(commented).toContain(museum.id);
  });
});

describe('a proposal a peer tampered with', () => {
  it('is refused on apply instead of running unchecked commands', () => {
    const { doc } = seededTrip();
    const plan = doc.getMap('proposals').get('plan') as Y.Map<unknown>;
    plan.set('commands', [{ type: 'deleteItem' }]);
    const before = Y.encodeStateAsUpdate(doc);
    const error = refusal(() =>
      applyCommand(doc, { type: 'applyProposal', proposalId: 'plan' }, bob),
    );
    expect(error.code).toBe('invalid_value');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('transaction origins', () => {
  it('name the member behind each change and nothing for other changes', () => {
    const { doc } = seededTrip();
    const seen: (string | undefined)[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) =>
      seen.push(transactionActor(transaction.origin)),
    );
    run(doc, bob, { type: 'vote', pollId: 'lunch', optionId: 'a' });
    doc.transact(() => doc.getMap('meta').set('touched', true), 'something else');
    expect(seen).toEqual(['bob', undefined]);
  });
});
