'use client';
import { formText } from '../../lib/form';
import type { TripSnapshot } from '@caravan/core';
import { expenseInputSchema } from '@caravan/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { formatDay, parseMoney } from '../../lib/format';
import type { MemberSummary } from '../../lib/types';
import { validate } from '../../lib/validate';
import { Field } from '../field';
import { newId } from './ids';
import type { RunCommand } from '../../lib/trip/use-trip';

type SplitKind = 'equal' | 'shares' | 'exact';

/** Add an expense split equally, by shares or by exact amounts among the chosen participants. */
export function ExpenseForm({
  snapshot,
  members,
  meId,
  run,
  onDone,
}: {
  snapshot: TripSnapshot;
  members: MemberSummary[];
  meId: string | null;
  run: RunCommand;
  onDone: () => void;
}) {
  const currency = snapshot.details.currency;
  const [kind, setKind] = useState<SplitKind>('equal');
  const [participants, setParticipants] = useState<string[]>(members.map((m) => m.userId));
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (k: string) => formText(data, k).trim();
    const amount = parseMoney(text('amount'), currency);
    if (amount === undefined)
      return setFields({ 'amount.amount': 'Enter an amount such as 12.50' });
    const perPerson: Record<string, number> = {};
    for (const id of participants) {
      const raw = text(`per-${id}`);
      const value = kind === 'exact' ? parseMoney(raw, currency) : Number(raw);
      if (kind !== 'equal' && (value === undefined || !Number.isFinite(value)))
        return setFields({
          [`split.${kind === 'exact' ? 'amounts' : 'shares'}`]: 'Fill in every participant',
        });
      perPerson[id] = value ?? 0;
    }
    const expense = {
      id: newId(),
      title: text('title'),
      amount: { amount, currency },
      paidBy: text('paidBy'),
      participants,
      split:
        kind === 'equal'
          ? { kind }
          : kind === 'shares'
            ? { kind, shares: perPerson }
            : { kind, amounts: perPerson },
      ...(text('date') ? { date: text('date') } : {}),
    };
    const checked = validate(expenseInputSchema, expense);
    if (!checked.ok) return setFields(checked.fields);
    const problem = await run({ type: 'addExpense', expense });
    if (problem) return setFields({ '': problem });
    onDone();
  }

  const toggle = (id: string) =>
    setParticipants((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const splitError = fields['split.shares'] ?? fields['split.amounts'] ?? fields.participants;
  return (
    <form
      className="card form-grid expense-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="New expense"
    >
      <Field label="What for" name="title" error={fields.title} />
      <div className="row">
        <Field
          label={`Amount (${currency})`}
          name="amount"
          inputMode="decimal"
          error={fields['amount.amount'] ?? fields.amount}
        />
        <div className="field">
          <label htmlFor="expense-paid-by">Paid by</label>
          <select id="expense-paid-by" name="paidBy" defaultValue={meId ?? members[0]?.userId}>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="expense-date">Day</label>
          <select id="expense-date" name="date" defaultValue="">
            <option value="">No date</option>
            {snapshot.days.map((d) => (
              <option key={d.date} value={d.date}>
                {formatDay(d.date)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="split">
        <legend>Split</legend>
        {(['equal', 'shares', 'exact'] as const).map((k) => (
          <label key={k} className="radio">
            <input
              type="radio"
              name="split"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {k === 'equal' ? 'Equally' : k === 'shares' ? 'By shares' : 'Exact amounts'}
          </label>
        ))}
      </fieldset>
      <fieldset className="participants" aria-describedby={splitError ? 'split-error' : undefined}>
        <legend>Participants</legend>
        {members.map((m) => (
          <div key={m.userId} className="participant">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={participants.includes(m.userId)}
                onChange={() => toggle(m.userId)}
              />
              {m.name}
            </label>
            {kind !== 'equal' && participants.includes(m.userId) ? (
              <input
                name={`per-${m.userId}`}
                aria-label={`${kind === 'shares' ? 'Shares' : 'Amount'} for ${m.name}`}
                inputMode="decimal"
                defaultValue={kind === 'shares' ? '1' : ''}
              />
            ) : null}
          </div>
        ))}
        {splitError ? (
          <small id="split-error" className="field-error" role="alert">
            {splitError}
          </small>
        ) : null}
      </fieldset>
      {fields[''] ? (
        <p className="form-error" role="alert">
          {fields['']}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          Save expense
        </button>
        <button type="button" className="ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
