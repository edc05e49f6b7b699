'use client';
import type { TripSnapshot } from '@caravan/core';
import { useState } from 'react';
import { formatDay, formatMoney } from '../../lib/format';
import type { MemberSummary } from '../../lib/types';
import { BudgetLimit } from './budget-limit';
import { budgetSummary } from './budget-summary';
import { ExpenseForm } from './expense-form';
import { namesOf, nameOf } from './members-context';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  tripId: string;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  members: MemberSummary[];
  meId: string | null;
}

/** Expenses, totals per day and per person, and the fewest payments that settle everyone up. */
export function Budget({ tripId, snapshot, readOnly, run, members, meId }: Props) {
  const [adding, setAdding] = useState(false);
  const names = namesOf(members);
  const currency = snapshot.details.currency;
  const summary = budgetSummary(snapshot);
  const money = (n: number) => formatMoney(n, currency);
  return (
    <section className="budget" aria-labelledby="budget-title">
      <div className="section-head">
        <h2 id="budget-title">Budget</h2>
        {readOnly ? null : (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add expense
          </button>
        )}
      </div>
      <p className="total">
        Spent <strong>{money(summary.total)}</strong>
        {summary.otherCurrencies.length ? (
          <span className="muted"> (+ amounts in {summary.otherCurrencies.join(', ')})</span>
        ) : null}
      </p>
      <BudgetLimit
        budget={snapshot.details.budget}
        spent={summary.total}
        currency={currency}
        tripId={tripId}
        readOnly={readOnly}
      />
      {adding ? (
        <ExpenseForm
          snapshot={snapshot}
          members={members}
          meId={meId}
          run={run}
          onDone={() => setAdding(false)}
        />
      ) : null}

      <h3>Who owes whom</h3>
      {summary.transfers.length === 0 ? (
        <p className="muted">Everyone is settled up.</p>
      ) : (
        <ul className="settle" data-testid="settle-up">
          {summary.transfers.map((t) => (
            <li key={`${t.from}-${t.to}`}>
              <strong>{nameOf(names, t.from)}</strong> pays <strong>{nameOf(names, t.to)}</strong>{' '}
              {money(t.amount)}
            </li>
          ))}
        </ul>
      )}

      <h3>Per person</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Paid</th>
            <th scope="col">Share</th>
            <th scope="col">Balance</th>
          </tr>
        </thead>
        <tbody>
          {summary.people.map((p) => (
            <tr key={p.userId}>
              <th scope="row">{nameOf(names, p.userId)}</th>
              <td>{money(p.paid)}</td>
              <td>{money(p.share)}</td>
              <td className={p.paid - p.share < 0 ? 'negative' : 'positive'}>
                {money(p.paid - p.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Per day</h3>
      <ul className="per-day">
        {summary.days.map((d) => (
          <li key={d.date}>
            <span>{d.date === 'undated' ? 'No date' : formatDay(d.date)}</span>{' '}
            <span>{money(d.amount)}</span>
          </li>
        ))}
      </ul>

      <h3>Expenses</h3>
      <ul className="expenses">
        {snapshot.expenses.map((e) => (
          <li key={e.id} className="expense" data-expense-id={e.id}>
            <span className="expense-title">{e.title}</span>
            <span className="muted">
              {nameOf(names, e.paidBy)} paid · split {e.split.kind} among {e.participants.length}
            </span>
            <span>{formatMoney(e.amount.amount, e.amount.currency)}</span>
            {readOnly ? null : (
              <button
                type="button"
                className="ghost"
                aria-label={`Delete expense ${e.title}`}
                onClick={() => void run({ type: 'deleteExpense', expenseId: e.id })}
              >
                ✕
              </button>
            )}
          </li>
        ))}
        {snapshot.expenses.length === 0 ? <li className="muted">No expenses yet.</li> : null}
      </ul>
    </section>
  );
}
