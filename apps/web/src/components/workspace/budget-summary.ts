import type { TripSnapshot } from '@caravan/core';
import { computeBalances, settleUp } from '@caravan/core';

export interface BudgetSummary {
  total: number;
  otherCurrencies: string[];
  people: { userId: string; paid: number; share: number }[];
  days: { date: string; amount: number }[];
  transfers: { from: string; to: string; amount: number }[];
}

/**
 * The trip-currency sheet of the core's balances: totals per person and per day and the fewest
 * transfers that settle up. Expenses in other currencies are listed but not converted.
 */
export function budgetSummary(snapshot: TripSnapshot): BudgetSummary {
  const currency = snapshot.details.currency;
  const balances = computeBalances(snapshot);
  const sheet = balances.sheets.find((s) => s.currency === currency);
  const otherCurrencies = balances.sheets.map((s) => s.currency).filter((c) => c !== currency);
  if (!sheet) return { total: 0, otherCurrencies, people: [], days: [], transfers: [] };
  const people = Object.keys(sheet.paid)
    .sort()
    .map((userId) => ({ userId, paid: sheet.paid[userId] ?? 0, share: sheet.share[userId] ?? 0 }));
  return {
    total: sheet.total,
    otherCurrencies,
    people,
    days: Object.entries(sheet.perDay)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, amount]) => ({ date, amount })),
    transfers: settleUp(sheet).map((t) => ({ from: t.from, to: t.to, amount: t.amount.amount })),
  };
}
