import type * as Y from 'yjs';
import { readTripSnapshot } from '../doc/read';
import { buildTrip, contextFor, run } from './trip';

/**
 * A trip with one of everything, under fixed ids: items `museum` (1 May), `train` (2 May, a
 * fixed booking) and `beach` (ideas); expense `dinner`; checklist `packing` with `passport`;
 * a thread on `museum` with comment `hello` by alice; poll `lunch` (options `a`, `b`);
 * proposal `plan` (open).
 */
export function seededTrip(): { doc: Y.Doc; threadId: string } {
  const doc = buildTrip();
  run(
    doc,
    contextFor('alice'),
    { type: 'addItem', item: { id: 'museum', kind: 'place', title: 'MAAT' }, to: '2026-05-01' },
    {
      type: 'addItem',
      item: { id: 'train', kind: 'transport', title: 'Train to Sintra', fixed: true },
      to: '2026-05-02',
    },
    { type: 'addItem', item: { id: 'beach', kind: 'place', title: 'Cascais beach' }, to: 'ideas' },
    {
      type: 'addExpense',
      expense: {
        id: 'dinner',
        title: 'Dinner',
        amount: { amount: 9000, currency: 'EUR' },
        paidBy: 'alice',
        participants: ['alice', 'bob'],
        split: { kind: 'equal' },
      },
    },
    { type: 'addChecklist', checklistId: 'packing', title: 'Packing', kind: 'packing' },
    {
      type: 'addChecklistItem',
      checklistId: 'packing',
      checklistItemId: 'passport',
      text: 'Passport',
    },
    { type: 'addComment', itemId: 'museum', commentId: 'hello', text: 'Open late on Fridays?' },
    {
      type: 'createPoll',
      pollId: 'lunch',
      question: 'Lunch where?',
      options: [
        { id: 'a', label: 'Time Out Market' },
        { id: 'b', label: 'Cervejaria Ramiro' },
      ],
    },
    {
      type: 'addProposal',
      proposalId: 'plan',
      title: 'Beach on day 3',
      source: 'engine',
      commands: [{ type: 'moveItem', itemId: 'beach', to: '2026-05-03' }],
    },
  );
  const threadId = readTripSnapshot(doc).threads[0]?.id ?? '';
  return { doc, threadId };
}
