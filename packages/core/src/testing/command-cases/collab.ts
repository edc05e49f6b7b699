import type { CommandType } from '../../commands/schema';
import { THREAD, type CommandCase } from './case';

export const collabCases = {
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
      { type: 'addComment', itemId: 'museum', threadId: THREAD, text: 'Great' },
      { type: 'addComment', itemId: 'beach', text: 'Bring towels' },
    ],
    invalid: [
      { command: { type: 'addComment', itemId: 'ghost', text: 'X' }, code: 'item_not_found' },
      {
        command: { type: 'addComment', itemId: 'beach', threadId: THREAD, text: 'X' },
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
    valid: [{ type: 'deleteComment', threadId: THREAD, commentId: 'hello' }],
    invalid: [
      {
        command: { type: 'deleteComment', threadId: THREAD, commentId: 'ghost' },
        code: 'comment_not_found',
      },
      {
        command: { type: 'deleteComment', threadId: 'ghost', commentId: 'hello' },
        code: 'thread_not_found',
      },
      // bob neither wrote the comment nor owns the trip
      {
        command: { type: 'deleteComment', threadId: THREAD, commentId: 'hello' },
        code: 'forbidden',
      },
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
} satisfies Partial<Record<CommandType, CommandCase>>;
