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

export const addProposal: Handler<'addProposal'> = (env, command) => {
  const id = command.proposalId ?? env.newId();
  requireFreeId(env.roots.proposals, id, ['proposalId']);
  const commands = command.commands.map((inner) => withExplicitIds(inner, env.newId));
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
