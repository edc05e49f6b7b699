import * as Y from 'yjs';
import { childMap, recordOf } from '../../doc/layout';
import type { CommandEnv, Handler } from '../context';
import { CommandError } from '../errors';
import { requireFreeId, requireRecord } from '../lookup';

function requirePoll(env: CommandEnv, pollId: string): Y.Map<unknown> {
  return requireRecord(env.roots.polls, pollId, 'poll_not_found', ['pollId'], 'poll');
}

function requireOpen(poll: Y.Map<unknown>, pollId: string): void {
  if (poll.get('closed') === true) {
    throw new CommandError('poll_closed', `poll ${pollId} is closed`, ['pollId']);
  }
}

export const createPoll: Handler<'createPoll'> = (env, command) => {
  const id = command.pollId ?? env.newId();
  requireFreeId(env.roots.polls, id, ['pollId']);
  const options = command.options.map((option) => ({
    id: option.id ?? env.newId(),
    label: option.label,
  }));
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.id)) {
      throw new CommandError('duplicate_id', `option id ${option.id} appears twice`, [
        'options',
        index,
        'id',
      ]);
    }
    seen.add(option.id);
  });
  return () => {
    const record = recordOf({
      question: command.question,
      options,
      closed: false,
      createdBy: env.actorId,
      createdAt: env.now,
    });
    record.set('votes', new Y.Map<string>());
    env.roots.polls.set(id, record);
    return { type: command.type, id };
  };
};

export const vote: Handler<'vote'> = (env, { type, pollId, optionId }) => {
  const poll = requirePoll(env, pollId);
  requireOpen(poll, pollId);
  const options = poll.get('options');
  const known =
    Array.isArray(options) &&
    options.some((option: unknown) => (option as { id?: unknown } | null)?.id === optionId);
  if (optionId !== null && !known) {
    throw new CommandError('option_not_found', `poll ${pollId} has no option ${optionId}`, [
      'optionId',
    ]);
  }
  return () => {
    // Keyed by member: a re-vote replaces the previous one, also across replicas.
    let votes = childMap(poll, 'votes');
    if (!votes) {
      votes = new Y.Map<unknown>();
      poll.set('votes', votes);
    }
    if (optionId === null) votes.delete(env.actorId);
    else votes.set(env.actorId, optionId);
    return { type, id: pollId };
  };
};

export const closePoll: Handler<'closePoll'> = (env, { type, pollId }) => {
  const poll = requirePoll(env, pollId);
  requireOpen(poll, pollId);
  return () => {
    poll.set('closed', true);
    return { type, id: pollId };
  };
};
