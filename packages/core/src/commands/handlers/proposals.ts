import * as Y from 'yjs';
import { childMap, recordOf } from '../../doc/layout';
import { prepareContentCommand, withExplicitIds } from '../content';
import { createEnv, type CommandEnv, type Handler } from '../context';
import { CommandError } from '../errors';
import { requireFreeId, requireRecord } from '../lookup';
import { z } from 'zod';
import { contentCommandSchema, type ContentCommand } from '../schema';

const storedCommandsSchema = z.array(contentCommandSchema);

function requireOpenProposal(env: CommandEnv, proposalId: string): Y.Map<unknown> {
  const record = requireRecord(
    env.roots.proposals,
    proposalId,
    'proposal_not_found',
    ['proposalId'],
    'proposal',
  );
  const status = record.has('appliedAt') ? 'applied' : record.get('status');
  if (status !== 'open') {
    throw new CommandError('proposal_not_open', `proposal ${proposalId} is ${String(status)}`, [
      'proposalId',
    ]);
  }
  return record;
}

/** Item ids in use: the trip's items and the items every stored proposal would add. */
function claimedItemIds(env: CommandEnv): Set<string> {
  const claimed = new Set<string>(env.roots.items.keys());
  env.roots.proposals.forEach((record) => {
    const stored = record instanceof Y.Map ? (record as Y.Map<unknown>).get('commands') : null;
    if (!Array.isArray(stored)) return;
    for (const inner of stored as unknown[]) {
      const item = (inner as { type?: unknown; item?: { id?: unknown } } | null)?.item;
      if (typeof item?.id === 'string') claimed.add(item.id);
    }
  });
  return claimed;
}

/** Points a command's references to items at their new ids. */
function withItemIds(
  command: ContentCommand,
  renamed: ReadonlyMap<string, string>,
): ContentCommand {
  const rename = (id: string) => renamed.get(id) ?? id;
  switch (command.type) {
    case 'updateItem':
    case 'moveItem':
    case 'deleteItem':
    case 'addComment':
      return { ...command, itemId: rename(command.itemId) };
    case 'addExpense':
      return command.expense.itemId === undefined
        ? command
        : { ...command, expense: { ...command.expense, itemId: rename(command.expense.itemId) } };
    case 'updateExpense':
      return typeof command.patch.itemId === 'string'
        ? { ...command, patch: { ...command.patch, itemId: rename(command.patch.itemId) } }
        : command;
    case 'addItem':
    case 'updateTripDetails':
    case 'addDestination':
    case 'removeDestination':
    case 'deleteExpense':
    case 'addChecklist':
    case 'addChecklistItem':
    case 'toggleChecklistItem':
    case 'deleteChecklist':
    case 'deleteChecklistItem':
    case 'deleteComment':
    case 'createPoll':
    case 'vote':
    case 'closePoll':
      return command;
  }
}

/**
 * Fixes every id the proposal's commands will create. An item id already taken, by the trip or
 * by another proposal (two plans for the same request propose the same ids), is replaced by a
 * fresh one, and the proposal's later commands follow the new id; so any open proposal can be
 * applied after any other.
 */
function proposalCommands(env: CommandEnv, commands: readonly ContentCommand[]): ContentCommand[] {
  const claimed = claimedItemIds(env);
  const renamed = new Map<string, string>();
  return commands.map((inner) => {
    const command = withItemIds(withExplicitIds(inner, env.newId), renamed);
    if (command.type !== 'addItem' || command.item.id === undefined) return command;
    let itemId = command.item.id;
    if (claimed.has(itemId)) {
      itemId = env.newId();
      renamed.set(command.item.id, itemId);
    }
    claimed.add(itemId);
    return { ...command, item: { ...command.item, id: itemId } };
  });
}

export const addProposal: Handler<'addProposal'> = (env, command) => {
  const id = command.proposalId ?? env.newId();
  requireFreeId(env.roots.proposals, id, ['proposalId']);
  const commands = proposalCommands(env, command.commands);
  return () => {
    const record = recordOf({
      title: command.title,
      summary: command.summary,
      source: command.source,
      authorId: env.actorId,
      createdAt: env.now,
      commands,
      findings: command.findings,
      status: 'open',
    });
    record.set('votes', new Y.Map<string>());
    env.roots.proposals.set(id, record);
    return { type: command.type, id };
  };
};

export const voteProposal: Handler<'voteProposal'> = (env, { type, proposalId, vote }) => {
  const record = requireOpenProposal(env, proposalId);
  return () => {
    let votes = childMap(record, 'votes');
    if (!votes) {
      votes = new Y.Map<unknown>();
      record.set('votes', votes);
    }
    if (vote === null) votes.delete(env.actorId);
    else votes.set(env.actorId, vote);
    return { type, id: proposalId };
  };
};

/** Stored commands are re-validated: a peer may have written anything into the document. */
function storedCommands(record: Y.Map<unknown>, proposalId: string): ContentCommand[] {
  const parsed = storedCommandsSchema.safeParse(record.get('commands'));
  if (!parsed.success) {
    throw new CommandError('invalid_value', `proposal ${proposalId} holds malformed commands`, [
      'proposalId',
    ]);
  }
  return parsed.data;
}

/**
 * Dry-runs the commands in order on a copy of the document, so a proposal that no longer fits
 * the trip (an item deleted since, dates changed) is refused as a whole, naming the command.
 */
function rehearse(env: CommandEnv, commands: readonly ContentCommand[]): void {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(env.doc));
  const copyEnv = createEnv(copy, {
    actorId: env.actorId,
    role: env.role,
    now: new Date(env.now),
    newId: env.newId,
  });
  copy.transact(() => {
    commands.forEach((command, index) => {
      try {
        prepareContentCommand(copyEnv, command)();
      } catch (error) {
        if (error instanceof CommandError) throw error.prefixed(['commands', index]);
        throw error;
      }
    });
  });
  copy.destroy();
}

export const applyProposal: Handler<'applyProposal'> = (env, { type, proposalId }) => {
  const record = requireOpenProposal(env, proposalId);
  const commands = storedCommands(record, proposalId);
  rehearse(env, commands);
  return () => {
    for (const command of commands) prepareContentCommand(env, command)();
    record.set('status', 'applied');
    record.set('appliedAt', env.now);
    record.set('appliedBy', env.actorId);
    return { type, id: proposalId };
  };
};

export const dismissProposal: Handler<'dismissProposal'> = (env, { type, proposalId }) => {
  const record = requireOpenProposal(env, proposalId);
  return () => {
    record.set('status', 'dismissed');
    return { type, id: proposalId };
  };
};
