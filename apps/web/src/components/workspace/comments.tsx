'use client';
import { formText } from '../../lib/form';
import type { TripSnapshot } from '@caravan/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { formatRelative } from '../../lib/format';
import { Avatar } from '../avatar';
import type { MemberNames } from './members-context';
import { nameOf } from './members-context';
import type { RunCommand } from '../../lib/trip/use-trip';

/** The conversation anchored to one item. */
export function Comments({
  itemId,
  snapshot,
  readOnly,
  run,
  names,
}: {
  itemId: string;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
}) {
  const [error, setError] = useState<string | null>(null);
  const comments = snapshot.threads
    .filter((t) => t.itemId === itemId)
    .flatMap((t) => t.comments.map((c) => ({ ...c, threadId: t.id })));
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = formText(new FormData(form), 'comment').trim();
    if (!text) return setError('Write a comment first');
    const problem = await run({ type: 'addComment', itemId, text });
    setError(problem);
    if (!problem) form.reset();
  }
  return (
    <section className="comments" aria-labelledby="comments-title">
      <h3 id="comments-title">Comments</h3>
      {comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ul>
        {comments.map((c) => (
          <li key={c.id} className="comment">
            <Avatar id={c.authorId} name={nameOf(names, c.authorId)} />
            <div>
              <strong>{nameOf(names, c.authorId)}</strong>{' '}
              <span className="muted">{formatRelative(c.createdAt)}</span>
              <p>{c.text}</p>
            </div>
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <form onSubmit={(e) => void submit(e)} className="inline-form" noValidate>
          <label htmlFor="new-comment" className="visually-hidden">
            Add a comment
          </label>
          <input id="new-comment" name="comment" placeholder="Add a comment" autoComplete="off" />
          <button type="submit" className="secondary">
            Send
          </button>
          {error ? (
            <small className="field-error" role="alert">
              {error}
            </small>
          ) : null}
        </form>
      )}
    </section>
  );
}
