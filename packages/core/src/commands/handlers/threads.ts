import * as Y from 'yjs';
import { childArray, recordOf } from '../../doc/layout';
import type { Handler } from '../context';
import { CommandError } from '../errors';
import { requireRecord } from '../lookup';

function commentIdsOf(thread: Y.Map<unknown>): string[] {
  const comments = childArray(thread, 'comments');
  if (!comments) return [];
  return comments
    .toArray()
    .map((comment) =>
      typeof comment === 'object' && comment !== null
        ? (comment as { id?: unknown }).id
        : undefined,
    )
    .filter((id): id is string => typeof id === 'string');
}

/** The item's oldest thread, so replies gather in one conversation. */
function firstThreadOf(threads: Y.Map<unknown>, itemId: string): string | undefined {
  let found: { id: string; createdAt: string } | undefined;
  threads.forEach((thread, id) => {
    if (!(thread instanceof Y.Map) || thread.get('itemId') !== itemId) return;
    const createdAt = String(thread.get('createdAt') ?? '');
    if (!found || createdAt < found.createdAt || (createdAt === found.createdAt && id < found.id)) {
      found = { id, createdAt };
    }
  });
  return found?.id;
}

export const addComment: Handler<'addComment'> = (env, command) => {
  const { threads, items } = env.roots;
  if (!items.has(command.itemId)) {
    throw new CommandError('item_not_found', `item ${command.itemId} does not exist`, ['itemId']);
  }
  let thread: Y.Map<unknown> | undefined;
  if (command.threadId !== undefined) {
    thread = requireRecord(threads, command.threadId, 'thread_not_found', ['threadId'], 'thread');
    if (thread.get('itemId') !== command.itemId) {
      throw new CommandError(
        'thread_not_found',
        `thread ${command.threadId} belongs to another item`,
        ['threadId'],
      );
    }
  } else {
    const existing = firstThreadOf(threads, command.itemId);
    thread = existing === undefined ? undefined : (threads.get(existing) as Y.Map<unknown>);
  }
  const commentId = command.commentId ?? env.newId();
  if (thread && commentIdsOf(thread).includes(commentId)) {
    throw new CommandError('duplicate_id', `id ${commentId} is already taken`, ['commentId']);
  }
  const comment = { id: commentId, authorId: env.actorId, text: command.text, createdAt: env.now };
  return () => {
    let target = thread;
    if (!target) {
      // Concurrent first comments create two threads rather than overwriting each other.
      target = recordOf({ itemId: command.itemId, createdAt: env.now });
      target.set('comments', new Y.Array<unknown>());
      threads.set(env.newId(), target);
    }
    let comments = childArray(target, 'comments');
    if (!comments) {
      comments = new Y.Array<unknown>();
      target.set('comments', comments);
    }
    comments.push([comment]);
    return { type: command.type, id: commentId };
  };
};

export const deleteComment: Handler<'deleteComment'> = (env, { type, threadId, commentId }) => {
  const thread = requireRecord(
    env.roots.threads,
    threadId,
    'thread_not_found',
    ['threadId'],
    'thread',
  );
  const comments = childArray(thread, 'comments');
  const index = commentIdsOf(thread).indexOf(commentId);
  const raw = index >= 0 ? comments?.get(index) : undefined;
  if (!comments || raw === undefined) {
    throw new CommandError('comment_not_found', `thread ${threadId} has no comment ${commentId}`, [
      'commentId',
    ]);
  }
  const authorId = (raw as { authorId?: unknown }).authorId;
  if (authorId !== env.actorId && env.role !== 'owner') {
    throw new CommandError('forbidden', 'only the author or the trip owner may delete a comment', [
      'commentId',
    ]);
  }
  return () => {
    comments.delete(index, 1);
    return { type, id: commentId };
  };
};
