import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTripSnapshot } from '../doc/read';
import { tripSnapshotSchema } from '../schema/snapshot';
import { seededTrip } from '../testing/seeded';
import { contextFor } from '../testing/trip';
import { applyCommand } from './apply';
import { CommandError, type CommandErrorCode } from './errors';
import { COMMAND_TYPES, type CommandType } from './schema';

interface Case {
  /** Who applies the valid examples (bob by default; refused ones are always bob's). */
  actor?: string;
  valid: unknown[];
  invalid: { command: unknown; code: CommandErrorCode }[];
}

const T = '{threadId}';
const money = (amount: number) => ({ amount, currency: 'EUR' });

/** One or more accepted and refused examples for every command type. */
const cases: Record<CommandType, Case> = {
  updateTripDetails: {
    valid: [
      { type: 'updateTripDetails', patch: { title: 'Lisbon & Sintra', currency: 'USD' } },
      { type: 'updateTripDetails', patch: { endDate: '2026-05-01' } },
      { type: 'updateTripDetails', patch: { timezone: 'Atlantic/Azores' } },
    ],
    invalid: [
      {
        command: { type: 'updateTripDetails', patch: { endDate: '2026-04-30' } },
        code: 'invalid_value',
      },
      {
        command: { type: 'updateTripDetails', patch: { timezone: 'Mars/Olympus' } },
        code: 'invalid_command',
      },
      { command: { type: 'updateTripDetails', patch: { nickname: 'x' } }, code: 'invalid_command' },
      {
        command: { type: 'updateTripDetails', patch: { startDate: '2026-02-30' } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateTripDetails', patch: { endDate: '2027-06-01' } },
        code: 'invalid_value',
      },
    ],
  },
  addDestination: {
    valid: [
      { type: 'addDestination', destination: { name: 'Sintra', lat: 38.8, lon: -9.39 }, index: 0 },
    ],
    invalid: [
      { command: { type: 'addDestination', destination: { name: '' } }, code: 'invalid_command' },
      {
        command: { type: 'addDestination', destination: { name: 'Porto' }, index: 5 },
        code: 'index_out_of_range',
      },
    ],
  },
  removeDestination: {
    valid: [{ type: 'removeDestination', index: 0 }],
    invalid: [{ command: { type: 'removeDestination', index: 3 }, code: 'destination_not_found' }],
  },
  addItem: {
    valid: [
      {
        type: 'addItem',
        item: {
          kind: 'activity',
          title: 'Fado',
          startTime: '21:00',
          durationMinutes: 90,
          cost: money(3000),
          attendees: ['alice', 'bob'],
        },
        to: '2026-05-01',
        index: 0,
      },
      { type: 'addItem', item: { kind: 'note', title: 'Buy Viva Viagem card' }, to: 'ideas' },
    ],
    invalid: [
      {
        command: { type: 'addItem', item: { kind: 'place', title: 'X' }, to: '2026-06-01' },
        code: 'date_outside_trip',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X' },
          to: '2026-05-01',
          index: 9,
        },
        code: 'index_out_of_range',
      },
      {
        command: {
          type: 'addItem',
          item: { id: 'museum', kind: 'place', title: 'X' },
          to: 'ideas',
        },
        code: 'duplicate_id',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', startTime: '25:00' },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', cost: { amount: -1, currency: 'EUR' } },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', cost: { amount: 1.5, currency: 'EUR' } },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: { type: 'addItem', item: { kind: 'hotel', title: 'X' }, to: 'ideas' },
        code: 'invalid_command',
      },
    ],
  },
  updateItem: {
    valid: [
      {
        type: 'updateItem',
        itemId: 'museum',
        patch: { title: 'MAAT museum', startTime: '10:00', notes: 'Closed Tuesdays' },
      },
      { type: 'updateItem', itemId: 'train', patch: { fixed: null, bookingRef: 'CP-123' } },
    ],
    invalid: [
      {
        command: { type: 'updateItem', itemId: 'ghost', patch: { title: 'X' } },
        code: 'item_not_found',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { title: null } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { createdBy: 'mallory' } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { attendees: ['bob', 'bob'] } },
        code: 'invalid_command',
      },
    ],
  },
  moveItem: {
    valid: [
      { type: 'moveItem', itemId: 'museum', to: '2026-05-03' },
      { type: 'moveItem', itemId: 'beach', to: '2026-05-02', index: 0 },
      { type: 'moveItem', itemId: 'museum', to: 'ideas', index: 1 },
    ],
    invalid: [
      { command: { type: 'moveItem', itemId: 'ghost', to: 'ideas' }, code: 'item_not_found' },
      { command: { type: 'moveItem', itemId: 'train', to: '2026-05-03' }, code: 'item_fixed' },
      {
        command: { type: 'moveItem', itemId: 'museum', to: '2026-05-09' },
        code: 'date_outside_trip',
      },
      {
        command: { type: 'moveItem', itemId: 'museum', to: '2026-05-02', index: 2 },
        code: 'index_out_of_range',
      },
      { command: { type: 'moveItem', itemId: 'museum', to: 'tomorrow' }, code: 'invalid_command' },
    ],
  },
  deleteItem: {
    valid: [{ type: 'deleteItem', itemId: 'museum' }],
    invalid: [{ command: { type: 'deleteItem', itemId: 'ghost' }, code: 'item_not_found' }],
  },
  addExpense: {
    valid: [
      {
        type: 'addExpense',
        expense: {
          title: 'Tram',
          amount: money(1000),
          paidBy: 'bob',
          participants: ['alice', 'bob', 'carol'],
          split: { kind: 'shares', shares: { alice: 1, bob: 2, carol: 1 } },
          itemId: 'museum',
          date: '2026-05-01',
          category: 'transport',
        },
      },
      {
        type: 'addExpense',
        expense: {
          title: 'Hotel',
          amount: money(30000),
          paidBy: 'alice',
          participants: ['alice', 'bob'],
          split: { kind: 'exact', amounts: { alice: 10000, bob: 20000 } },
        },
      },
    ],
    invalid: [
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: money(30000),
            paidBy: 'alice',
            participants: ['alice', 'bob'],
            split: { kind: 'exact', amounts: { alice: 10000, bob: 10000 } },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: money(100),
            paidBy: 'alice',
            participants: [],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: money(0),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: { amount: 100, currency: 'eur' },
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: money(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'shares', shares: { bob: 1 } },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Taxi',
            amount: money(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
            itemId: 'ghost',
          },
        },
        code: 'item_not_found',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            id: 'dinner',
            title: 'Taxi',
            amount: money(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'duplicate_id',
      },
    ],
  },
  updateExpense: {
    valid: [
      {
        type: 'updateExpense',
        expenseId: 'dinner',
        patch: {
          amount: money(9100),
          split: { kind: 'exact', amounts: { alice: 4550, bob: 4550 } },
        },
      },
      {
        type: 'updateExpense',
        expenseId: 'dinner',
        patch: { title: 'Late dinner', itemId: 'museum', category: null },
      },
    ],
    invalid: [
      {
        command: { type: 'updateExpense', expenseId: 'ghost', patch: { title: 'X' } },
        code: 'expense_not_found',
      },
      {
        command: {
          type: 'updateExpense',
          expenseId: 'dinner',
          patch: { split: { kind: 'exact', amounts: { alice: 1, bob: 1 } } },
        },
        code: 'invalid_value',
      },
      {
        command: { type: 'updateExpense', expenseId: 'dinner', patch: { itemId: 'ghost' } },
        code: 'item_not_found',
      },
      {
        command: { type: 'updateExpense', expenseId: 'dinner', patch: { participants: [] } },
        code: 'invalid_command',
      },
    ],
  },
  deleteExpense: {
    valid: [{ type: 'deleteExpense', expenseId: 'dinner' }],
    invalid: [
      { command: { type: 'deleteExpense', expenseId: 'ghost' }, code: 'expense_not_found' },
    ],
  },
  addChecklist: {
    valid: [{ type: 'addChecklist', title: 'Before we go', kind: 'todo' }],
    invalid: [
      { command: { type: 'addChecklist', title: 'X', kind: 'shopping' }, code: 'invalid_command' },
      {
        command: { type: 'addChecklist', checklistId: 'packing', title: 'X', kind: 'todo' },
        code: 'duplicate_id',
      },
    ],
  },
  deleteChecklist: {
    valid: [{ type: 'deleteChecklist', checklistId: 'packing' }],
    invalid: [
      { command: { type: 'deleteChecklist', checklistId: 'ghost' }, code: 'checklist_not_found' },
    ],
  },
  addChecklistItem: {
    valid: [
      { type: 'addChecklistItem', checklistId: 'packing', text: 'Sunscreen', assignee: 'bob' },
    ],
    invalid: [
      {
        command: { type: 'addChecklistItem', checklistId: 'ghost', text: 'X' },
        code: 'checklist_not_found',
      },
      {
        command: {
          type: 'addChecklistItem',
          checklistId: 'packing',
          checklistItemId: 'passport',
          text: 'X',
        },
        code: 'duplicate_id',
      },
      {
        command: { type: 'addChecklistItem', checklistId: 'packing', text: '   ' },
        code: 'invalid_command',
      },
    ],
  },
  toggleChecklistItem: {
    valid: [
      { type: 'toggleChecklistItem', checklistId: 'packing', checklistItemId: 'passport' },
      {
        type: 'toggleChecklistItem',
        checklistId: 'packing',
        checklistItemId: 'passport',
        done: true,
      },
    ],
    invalid: [
      {
        command: { type: 'toggleChecklistItem', checklistId: 'packing', checklistItemId: 'ghost' },
        code: 'checklist_item_not_found',
      },
    ],
  },
  deleteChecklistItem: {
    valid: [{ type: 'deleteChecklistItem', checklistId: 'packing', checklistItemId: 'passport' }],
    invalid: [
      {
        command: { type: 'deleteChecklistItem', checklistId: 'ghost', checklistItemId: 'passport' },
        code: 'checklist_not_found',
      },
    ],
  },
  addComment: {
    valid: [
      { type: 'addComment', itemId: 'museum', text: 'Yes, until 20:00' },
      { type: 'addComment', itemId: 'museum', threadId: T, text: 'Great' },
      { type: 'addComment', itemId: 'beach', text: 'Bring towels' },
    ],
    invalid: [
      { command: { type: 'addComment', itemId: 'ghost', text: 'X' }, code: 'item_not_found' },
      {
        command: { type: 'addComment', itemId: 'beach', threadId: T, text: 'X' },
        code: 'thread_not_found',
      },
      {
        command: { type: 'addComment', itemId: 'museum', commentId: 'hello', text: 'X' },
        code: 'duplicate_id',
      },
      { command: { type: 'addComment', itemId: 'museum', text: '' }, code: 'invalid_command' },
    ],
  },
  deleteComment: {
    actor: 'alice',
    valid: [{ type: 'deleteComment', threadId: T, commentId: 'hello' }],
    invalid: [
      {
        command: { type: 'deleteComment', threadId: T, commentId: 'ghost' },
        code: 'comment_not_found',
      },
      {
        command: { type: 'deleteComment', threadId: 'ghost', commentId: 'hello' },
        code: 'thread_not_found',
      },
      // bob neither wrote the comment nor owns the trip
      { command: { type: 'deleteComment', threadId: T, commentId: 'hello' }, code: 'forbidden' },
    ],
  },
  createPoll: {
    valid: [
      {
        type: 'createPoll',
        question: 'Day trip?',
        options: [{ label: 'Sintra' }, { label: 'Cascais' }, { id: 'x', label: 'Évora' }],
      },
    ],
    invalid: [
      {
        command: { type: 'createPoll', question: 'Day trip?', options: [{ label: 'Sintra' }] },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'createPoll',
          question: 'Q',
          options: [
            { id: 'x', label: 'A' },
            { id: 'x', label: 'B' },
          ],
        },
        code: 'duplicate_id',
      },
      {
        command: {
          type: 'createPoll',
          pollId: 'lunch',
          question: 'Q',
          options: [{ label: 'A' }, { label: 'B' }],
        },
        code: 'duplicate_id',
      },
    ],
  },
  vote: {
    valid: [{ type: 'vote', pollId: 'lunch', optionId: 'a' }],
    invalid: [
      { command: { type: 'vote', pollId: 'lunch', optionId: 'z' }, code: 'option_not_found' },
      { command: { type: 'vote', pollId: 'ghost', optionId: 'a' }, code: 'poll_not_found' },
    ],
  },
  closePoll: {
    valid: [{ type: 'closePoll', pollId: 'lunch' }],
    invalid: [{ command: { type: 'closePoll', pollId: 'ghost' }, code: 'poll_not_found' }],
  },
  addProposal: {
    valid: [
      {
        type: 'addProposal',
        title: 'Rainy day plan',
        summary: 'Museums instead of the beach',
        source: 'ai',
        commands: [
          { type: 'addItem', item: { kind: 'place', title: 'Gulbenkian' }, to: '2026-05-03' },
          { type: 'deleteItem', itemId: 'beach' },
        ],
        findings: [{ rule: 'opening-hours', severity: 'info' }],
      },
    ],
    invalid: [
      {
        command: { type: 'addProposal', title: 'X', source: 'engine', commands: [] },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addProposal',
          title: 'X',
          source: 'engine',
          commands: [{ type: 'applyProposal', proposalId: 'plan' }],
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addProposal',
          title: 'X',
          source: 'oracle',
          commands: [{ type: 'deleteItem', itemId: 'beach' }],
        },
        code: 'invalid_command',
      },
    ],
  },
  voteProposal: {
    valid: [
      { type: 'voteProposal', proposalId: 'plan', vote: 'up' },
      { type: 'voteProposal', proposalId: 'plan', vote: 'down' },
    ],
    invalid: [
      {
        command: { type: 'voteProposal', proposalId: 'ghost', vote: 'up' },
        code: 'proposal_not_found',
      },
      {
        command: { type: 'voteProposal', proposalId: 'plan', vote: 'meh' },
        code: 'invalid_command',
      },
    ],
  },
  applyProposal: {
    valid: [{ type: 'applyProposal', proposalId: 'plan' }],
    invalid: [
      { command: { type: 'applyProposal', proposalId: 'ghost' }, code: 'proposal_not_found' },
    ],
  },
  dismissProposal: {
    valid: [{ type: 'dismissProposal', proposalId: 'plan' }],
    invalid: [
      { command: { type: 'dismissProposal', proposalId: 'ghost' }, code: 'proposal_not_found' },
    ],
  },
};

function withThread(command: unknown, threadId: string): unknown {
  return JSON.parse(JSON.stringify(command).replaceAll(T, threadId)) as unknown;
}

function refusal(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
}

const bob = contextFor('bob');

describe('every command', () => {
  it('has accepted and refused examples in this table', () => {
    expect(Object.keys(cases).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  describe.each(COMMAND_TYPES.map((type) => [type, cases[type]] as const))('%s', (_type, c) => {
    it('applies valid input and the trip stays valid against the schema', () => {
      for (const command of c.valid) {
        const { doc, threadId } = seededTrip();
        const before = readTripSnapshot(doc);
        applyCommand(doc, withThread(command, threadId), contextFor(c.actor ?? 'bob'));
        const after = readTripSnapshot(doc);
        expect(tripSnapshotSchema.safeParse(after).success).toBe(true);
        expect(after).not.toEqual(before);
      }
    });

    it('refuses bad input with a stable code and leaves the document untouched', () => {
      for (const { command, code } of c.invalid) {
        const { doc, threadId } = seededTrip();
        const before = Y.encodeStateAsUpdate(doc);
        const error = refusal(() => applyCommand(doc, withThread(command, threadId), bob));
        expect({ command, code: error.code }).toEqual({ command, code });
        expect(error.message.length).toBeGreaterThan(0);
        expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
      }
    });
  });
});
