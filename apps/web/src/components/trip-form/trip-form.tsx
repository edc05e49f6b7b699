'use client';
import { formText } from '../../lib/form';
import { tripDetailsInputSchema } from '@caravan/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { ApiError } from '../../lib/api';
import { moneyInputText, parseMoney } from '../../lib/format';
import type { TripSummary } from '../../lib/types';
import { validate } from '../../lib/validate';
import { Field } from '../field';

export interface TripFormValues {
  title: string;
  startDate: string;
  endDate: string;
  timezone: string;
  currency: string;
  destinations: { name: string }[];
  /** `null`: no budget (an edit removes the one there was). */
  budget: { amount: number; currency: string } | null;
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'INR'];

/** Trip details form for creating and editing, validated by the same schema as the API. */
export function TripForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial?: TripSummary;
  submitLabel: string;
  onSubmit: (values: TripFormValues) => Promise<void>;
}) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zone = initial?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name).trim();
    const input = {
      title: text('title'),
      startDate: text('startDate'),
      endDate: text('endDate'),
      timezone: text('timezone'),
      currency: text('currency').toUpperCase(),
      destinations: text('destinations')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
    };
    const budgetInput = text('budget');
    const amount = budgetInput ? parseMoney(budgetInput, input.currency) : undefined;
    const budget = amount === undefined ? null : { amount, currency: input.currency };
    const checked = validate(tripDetailsInputSchema, budget ? { ...input, budget } : input);
    const budgetError =
      budgetInput && amount === undefined ? 'Enter an amount such as 1200 or 1200.50' : undefined;
    if (!checked.ok || budgetError) {
      setFields({
        ...(checked.ok ? {} : checked.fields),
        ...(budgetError ? { budget: budgetError } : {}),
      });
      return;
    }
    setFields({});
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...input, budget });
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.problem.fields);
        setError(err.problem.detail ?? err.problem.title);
      } else setError('Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const destinations = (initial?.destinations ?? [])
    .map((d) => (typeof d === 'string' ? d : d.name))
    .join(', ');
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Trip name" name="title" defaultValue={initial?.title} error={fields.title} />
      <Field
        label="Destinations"
        name="destinations"
        defaultValue={destinations}
        hint="Separate places with commas"
        error={fields.destinations}
      />
      <div className="row">
        <Field
          label="Start date"
          name="startDate"
          type="date"
          defaultValue={initial?.startDate}
          error={fields.startDate}
        />
        <Field
          label="End date"
          name="endDate"
          type="date"
          defaultValue={initial?.endDate}
          error={fields.endDate}
        />
      </div>
      <div className="row">
        <Field
          label="Currency"
          name="currency"
          list="currencies"
          defaultValue={initial?.currency ?? 'EUR'}
          error={fields.currency}
        />
        <datalist id="currencies">
          {CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label="Time zone" name="timezone" defaultValue={zone} error={fields.timezone} />
      </div>
      <Field
        label="Budget (optional)"
        name="budget"
        inputMode="decimal"
        defaultValue={
          initial?.budget ? moneyInputText(initial.budget.amount, initial.budget.currency) : ''
        }
        hint="What the group means to spend in all, in the trip's currency"
        error={fields.budget ?? fields['budget.amount']}
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="primary" type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
