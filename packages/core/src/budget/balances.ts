import type { Expense } from '../schema/expense';
import type { Money } from '../schema/primitives';
import type { TripSnapshot } from '../schema/snapshot';
import { splitAmount } from './split';

/** Converts money into another currency, returning integer minor units of that currency. */
export type Convert = (money: Money, toCurrency: string) => Money;

export interface BalanceOptions {
  /** Target currency when converting; the trip's currency by default. */
  currency?: string;
  /** Without it, expenses are grouped by their own currency. */
  convert?: Convert;
}

/** Everything in one currency, in integer minor units. */
export interface BalanceSheet {
  currency: string;
  total: number;
  /** What each member paid. */
  paid: Record<string, number>;
  /** Each member's part of the costs (per-person totals). */
  share: Record<string, number>;
  /** paid - share: positive means the group owes the member. Sums to zero. */
  net: Record<string, number>;
  /** Spending per local date; `undated` for expenses with no date or linked day. */
  perDay: Record<string, number>;
}

export interface Balances {
  sheets: BalanceSheet[];
}

export const UNDATED = 'undated';

function emptySheet(currency: string): BalanceSheet {
  return { currency, total: 0, paid: {}, share: {}, net: {}, perDay: {} };
}

function add(record: Record<string, number>, key: string, amount: number): void {
  record[key] = (record[key] ?? 0) + amount;
}

function itemDays(snapshot: TripSnapshot): Map<string, string> {
  const days = new Map<string, string>();
  for (const day of snapshot.days) for (const item of day.items) days.set(item.id, day.date);
  return days;
}

/** Who paid, who owes, net per member, per-day and per-person totals. Computed, never stored. */
export function computeBalances(
  input: TripSnapshot | readonly Expense[],
  options: BalanceOptions | string = {},
): Balances {
  const opts: BalanceOptions = typeof options === 'string' ? { currency: options } : options;
  const isSnapshot = !Array.isArray(input);
  const snapshot = isSnapshot ? (input as TripSnapshot) : undefined;
  const expenses: readonly Expense[] = snapshot ? snapshot.expenses : (input as Expense[]);
  const dayOfItem = snapshot ? itemDays(snapshot) : new Map<string, string>();
  const target = opts.currency ?? snapshot?.details.currency;
  const sheets = new Map<string, BalanceSheet>();

  for (const expense of expenses) {
    let money = expense.amount;
    if (opts.convert && target !== undefined && money.currency !== target) {
      money = opts.convert(money, target);
      if (!Number.isSafeInteger(money.amount) || money.currency !== target) {
        throw new RangeError(`convert returned an invalid amount for expense ${expense.id}`);
      }
    }
    const sheet = sheets.get(money.currency) ?? emptySheet(money.currency);
    sheets.set(money.currency, sheet);
    const parts = splitAmount(
      money.amount,
      expense.participants,
      expense.split,
      expense.amount.amount,
    );
    sheet.total += money.amount;
    add(sheet.paid, expense.paidBy, money.amount);
    add(sheet.net, expense.paidBy, money.amount);
    for (const [userId, part] of Object.entries(parts)) {
      add(sheet.share, userId, part);
      add(sheet.net, userId, -part);
      add(sheet.paid, userId, 0);
    }
    add(sheet.share, expense.paidBy, 0);
    const day =
      expense.date ??
      (expense.itemId === undefined ? undefined : dayOfItem.get(expense.itemId)) ??
      UNDATED;
    add(sheet.perDay, day, money.amount);
  }
  return {
    sheets: [...sheets.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
}
