import * as Y from 'yjs';
import { childArray, recordOf } from '../../doc/layout';
import type { CommandEnv, Handler } from '../context';
import { CommandError } from '../errors';
import { arrayOfMaps, requireFreeId, requireRecord } from '../lookup';

function requireChecklist(env: CommandEnv, checklistId: string): Y.Map<unknown> {
  return requireRecord(
    env.roots.checklists,
    checklistId,
    'checklist_not_found',
    ['checklistId'],
    'checklist',
  );
}

function findEntry(
  checklist: Y.Map<unknown>,
  entryId: string,
): { entries: Y.Array<unknown>; index: number; entry: Y.Map<unknown> } | undefined {
  const entries = childArray(checklist, 'entries');
  if (!entries) return undefined;
  const index = entries
    .toArray()
    .findIndex((value) => value instanceof Y.Map && value.get('id') === entryId);
  const entry = entries.get(index);
  return index >= 0 && entry instanceof Y.Map ? { entries, index, entry } : undefined;
}

function requireEntry(checklist: Y.Map<unknown>, checklistId: string, entryId: string) {
  const found = findEntry(checklist, entryId);
  if (!found) {
    throw new CommandError(
      'checklist_item_not_found',
      `checklist ${checklistId} has no item ${entryId}`,
      ['checklistItemId'],
    );
  }
  return found;
}

export const addChecklist: Handler<'addChecklist'> = (env, command) => {
  const id = command.checklistId ?? env.newId();
  requireFreeId(env.roots.checklists, id, ['checklistId']);
  return () => {
    const record = recordOf({
      title: command.title,
      kind: command.kind,
      createdAt: env.now,
    });
    record.set('entries', new Y.Array<Y.Map<unknown>>());
    env.roots.checklists.set(id, record);
    return { type: command.type, id };
  };
};

export const deleteChecklist: Handler<'deleteChecklist'> = (env, { type, checklistId }) => {
  requireChecklist(env, checklistId);
  return () => {
    env.roots.checklists.delete(checklistId);
    return { type, id: checklistId };
  };
};

export const addChecklistItem: Handler<'addChecklistItem'> = (env, command) => {
  const checklist = requireChecklist(env, command.checklistId);
  const id = command.checklistItemId ?? env.newId();
  if (findEntry(checklist, id)) {
    throw new CommandError('duplicate_id', `id ${id} is already taken`, ['checklistItemId']);
  }
  const entries = childArray(checklist, 'entries');
  if (arrayOfMaps(entries).length >= 1000) {
    throw new CommandError('invalid_value', 'a checklist holds at most 1000 items', ['text']);
  }
  return () => {
    const entry = recordOf({ id, text: command.text, done: false, assignee: command.assignee });
    if (entries) entries.push([entry]);
    else checklist.set('entries', Y.Array.from([entry]));
    return { type: command.type, id };
  };
};

export const toggleChecklistItem: Handler<'toggleChecklistItem'> = (env, command) => {
  const checklist = requireChecklist(env, command.checklistId);
  const { entry } = requireEntry(checklist, command.checklistId, command.checklistItemId);
  const done = command.done ?? entry.get('done') !== true;
  return () => {
    entry.set('done', done);
    return { type: command.type, id: command.checklistItemId };
  };
};

export const deleteChecklistItem: Handler<'deleteChecklistItem'> = (env, command) => {
  const checklist = requireChecklist(env, command.checklistId);
  const { entries, index } = requireEntry(checklist, command.checklistId, command.checklistItemId);
  return () => {
    entries.delete(index, 1);
    return { type: command.type, id: command.checklistItemId };
  };
};
