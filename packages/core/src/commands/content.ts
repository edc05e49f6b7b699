import type { CommandEnv, Handler, Plan } from './context';
import {
  addChecklist,
  addChecklistItem,
  deleteChecklist,
  deleteChecklistItem,
  toggleChecklistItem,
} from './handlers/checklists';
import { addDestination, removeDestination, updateTripDetails } from './handlers/details';
import { addExpense, deleteExpense, updateExpense } from './handlers/expenses';
import { addItem, deleteItem, moveItem, updateItem } from './handlers/items';
import { closePoll, createPoll, vote } from './handlers/polls';
import { addComment, deleteComment } from './handlers/threads';
import type { CommandOf, ContentCommand } from './schema';

type ContentType = ContentCommand['type'];

/** One handler per content command; the mapped type makes a missing one a type error. */
export const contentHandlers: { [K in ContentType]: Handler<K> } = {
  updateTripDetails,
  addDestination,
  removeDestination,
  addItem,
  updateItem,
  moveItem,
  deleteItem,
  addExpense,
  updateExpense,
  deleteExpense,
  addChecklist,
  deleteChecklist,
  addChecklistItem,
  toggleChecklistItem,
  deleteChecklistItem,
  addComment,
  deleteComment,
  createPoll,
  vote,
  closePoll,
};

function dispatch<K extends ContentType>(env: CommandEnv, type: K, command: CommandOf<K>): Plan {
  const handler: Handler<K> = contentHandlers[type];
  return handler(env, command);
}

export function prepareContentCommand(env: CommandEnv, command: ContentCommand): Plan {
  return dispatch(env, command.type, command);
}

/**
 * Gives every entity a command would create an explicit id, so a stored list of commands
 * (a proposal) applies the same way wherever and whenever it is applied.
 */
export function withExplicitIds(command: ContentCommand, newId: () => string): ContentCommand {
  switch (command.type) {
    case 'addItem':
      return { ...command, item: { ...command.item, id: command.item.id ?? newId() } };
    case 'addExpense':
      return { ...command, expense: { ...command.expense, id: command.expense.id ?? newId() } };
    case 'addChecklist':
      return { ...command, checklistId: command.checklistId ?? newId() };
    case 'addChecklistItem':
      return { ...command, checklistItemId: command.checklistItemId ?? newId() };
    case 'addComment':
      return { ...command, commentId: command.commentId ?? newId() };
    case 'createPoll':
      return {
        ...command,
        pollId: command.pollId ?? newId(),
        options: command.options.map((option) => ({ ...option, id: option.id ?? newId() })),
      };
    case 'updateTripDetails':
    case 'addDestination':
    case 'removeDestination':
    case 'updateItem':
    case 'moveItem':
    case 'deleteItem':
    case 'updateExpense':
    case 'deleteExpense':
    case 'deleteChecklist':
    case 'toggleChecklistItem':
    case 'deleteChecklistItem':
    case 'deleteComment':
    case 'vote':
    case 'closePoll':
      return command;
  }
}
