'use client';
import { formText } from '../../lib/form';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { IDEAS, newId } from './ids';
import type { RunCommand } from '../../lib/trip/use-trip';

/** Quick add: a title and an optional time; details go in the item editor. */
export function AddItemForm({
  container,
  label,
  run,
}: {
  container: string;
  label: string;
  run: RunCommand;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = formText(data, 'title').trim();
    const startTime = formText(data, 'startTime');
    if (!title) {
      setError('Give the item a title');
      return;
    }
    const problem = await run({
      type: 'addItem',
      to: container === IDEAS ? 'ideas' : container,
      item: {
        id: newId(),
        kind: 'activity',
        title,
        ...(startTime ? { startTime } : {}),
      },
    });
    setError(problem);
    if (!problem) form.reset();
  }
  return (
    <form className="add-item" onSubmit={(e) => void submit(e)} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-title`}>
        New item for {label}
      </label>
      <input
        id={`${id}-title`}
        name="title"
        placeholder="Add a place or activity"
        autoComplete="off"
      />
      {container === IDEAS ? null : (
        <>
          <label className="visually-hidden" htmlFor={`${id}-time`}>
            Start time
          </label>
          <input id={`${id}-time`} name="startTime" type="time" />
        </>
      )}
      <button type="submit" className="secondary">
        Add
      </button>
      {error ? (
        <small className="field-error" role="alert">
          {error}
        </small>
      ) : null}
    </form>
  );
}
