'use client';
import { formText } from '../../lib/form';
import type { TripSnapshot } from '@caravan/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { newId } from './ids';
import type { MemberNames } from './members-context';
import { Polls } from './polls';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
  meId: string | null;
}

/** Packing and to-do checklists, then polls. */
export function Lists(props: Props) {
  const { snapshot, readOnly, run } = props;
  const [error, setError] = useState<string | null>(null);
  async function addList(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = formText(data, 'title').trim();
    if (!title) return setError('Name the list');
    const kind = data.get('kind') === 'packing' ? 'packing' : 'todo';
    const problem = await run({ type: 'addChecklist', checklistId: newId(), title, kind });
    setError(problem);
    if (!problem) form.reset();
  }
  return (
    <section className="lists" aria-labelledby="lists-title">
      <h2 id="lists-title">Checklists</h2>
      {snapshot.checklists.map((list) => (
        <div key={list.id} className="card checklist">
          <h3>
            {list.title}{' '}
            <span className="muted">({list.kind === 'packing' ? 'packing' : 'to do'})</span>
          </h3>
          <ul>
            {list.items.map((entry) => (
              <li key={entry.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={entry.done}
                    disabled={readOnly}
                    onChange={() =>
                      void run({
                        type: 'toggleChecklistItem',
                        checklistId: list.id,
                        checklistItemId: entry.id,
                      })
                    }
                  />
                  <span className={entry.done ? 'done' : ''}>{entry.text}</span>
                </label>
              </li>
            ))}
          </ul>
          {readOnly ? null : (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const form = e.currentTarget;
                const text = formText(new FormData(form), 'text').trim();
                if (!text) return;
                void run({
                  type: 'addChecklistItem',
                  checklistId: list.id,
                  checklistItemId: newId(),
                  text,
                }).then((problem) => {
                  if (!problem) form.reset();
                });
              }}
            >
              <label className="visually-hidden" htmlFor={`add-${list.id}`}>
                Add to {list.title}
              </label>
              <input
                id={`add-${list.id}`}
                name="text"
                placeholder="Add an entry"
                autoComplete="off"
              />
              <button type="submit" className="secondary">
                Add
              </button>
            </form>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <form className="inline-form" onSubmit={(e) => void addList(e)} noValidate>
          <label className="visually-hidden" htmlFor="new-list">
            New checklist name
          </label>
          <input id="new-list" name="title" placeholder="New checklist" autoComplete="off" />
          <label className="visually-hidden" htmlFor="new-list-kind">
            Kind
          </label>
          <select id="new-list-kind" name="kind" defaultValue="packing">
            <option value="packing">Packing</option>
            <option value="todo">To do</option>
          </select>
          <button type="submit" className="secondary">
            Create
          </button>
          {error ? (
            <small className="field-error" role="alert">
              {error}
            </small>
          ) : null}
        </form>
      )}
      <Polls {...props} />
    </section>
  );
}
