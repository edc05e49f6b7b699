'use client';
import { formText } from '../../lib/form';
import type { TripSnapshot } from '@caravan/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { newId } from './ids';
import type { MemberNames } from './members-context';
import { nameOf } from './members-context';
import type { RunCommand } from '../../lib/trip/use-trip';

/** Polls with live votes: one vote per member, changeable until the poll closes. */
export function Polls({
  snapshot,
  readOnly,
  run,
  names,
  meId,
}: {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
  meId: string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const question = formText(data, 'question').trim();
    const options = formText(data, 'options')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((label) => ({ id: newId(), label }));
    if (!question) return setError('Ask a question');
    if (options.length < 2) return setError('Give at least two options, one per line');
    const problem = await run({ type: 'createPoll', pollId: newId(), question, options });
    setError(problem);
    if (!problem) form.reset();
  }
  return (
    <>
      <h2>Polls</h2>
      {snapshot.polls.map((poll) => {
        const votes = Object.entries(poll.votes);
        const mine = meId ? poll.votes[meId] : undefined;
        return (
          <fieldset key={poll.id} className="card poll" disabled={readOnly || poll.closed}>
            <legend>{poll.question}</legend>
            {poll.options.map((option) => {
              const voters = votes
                .filter(([, o]) => o === option.id)
                .map(([u]) => nameOf(names, u));
              return (
                <label key={option.id} className="radio poll-option">
                  <input
                    type="radio"
                    name={`poll-${poll.id}`}
                    checked={mine === option.id}
                    onChange={() =>
                      void run({ type: 'vote', pollId: poll.id, optionId: option.id })
                    }
                  />
                  <span>{option.label}</span>
                  <span className="muted" data-votes={voters.length}>
                    {voters.length} {voters.length === 1 ? 'vote' : 'votes'}
                    {voters.length ? ` · ${voters.join(', ')}` : ''}
                  </span>
                </label>
              );
            })}
            {poll.closed ? <p className="muted">Closed</p> : null}
          </fieldset>
        );
      })}
      {readOnly ? null : (
        <form
          className="card form-grid"
          onSubmit={(e) => void create(e)}
          noValidate
          aria-label="New poll"
        >
          <div className="field">
            <label htmlFor="poll-question">Question</label>
            <input id="poll-question" name="question" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="poll-options">Options (one per line)</label>
            <textarea id="poll-options" name="options" rows={3} />
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="secondary">
            Create poll
          </button>
        </form>
      )}
    </>
  );
}
