import type { Money } from '@caravan/core';
import type { CurrencyConverter } from '../lint/index.js';
import { formatMoney } from '../lint/index.js';
import { type LodgingStyle, lodgingPerNight, times, toCurrency } from './costs.js';
import type { PlanDay } from './types.js';

export interface CostFloor {
  lodgingNights: Array<{ nights: number; currency: string }>;
  transfers: Money[];
  fixed: Money[];
  /** Cheapest meals for the whole trip, per city currency. */
  meals: Money[];
}

/** The dearest lodging style whose trip floor fits the budget, or why none does. */
export function chooseLodgingStyle(
  floor: CostFloor,
  wanted: LodgingStyle,
  partySize: number,
  budget: Money | undefined,
  convert?: CurrencyConverter,
): { ok: true; style: LodgingStyle; floor: number | undefined } | { ok: false; reason: string } {
  const styles: LodgingStyle[] = (['upscale', 'mid', 'budget'] as const).filter(
    (s, i, all) => i >= all.indexOf(wanted),
  );
  if (!budget) return { ok: true, style: wanted, floor: undefined };
  const inBudget = (m: Money) => toCurrency(m, budget.currency, convert)?.amount;
  const sumOf = (ms: Money[]) =>
    ms.reduce<number | undefined>(
      (s, m) => (s === undefined || inBudget(m) === undefined ? undefined : s + inBudget(m)!),
      0,
    );
  const fixed = sumOf(floor.fixed);
  if (fixed === undefined) return { ok: true, style: wanted, floor: undefined };
  if (fixed > budget.amount) {
    return {
      ok: false,
      reason: `The budget of ${formatMoney(budget)} is below the fixed bookings alone (${formatMoney({ amount: fixed, currency: budget.currency })}).`,
    };
  }
  const rest = sumOf([...floor.transfers, ...floor.meals]);
  if (rest === undefined) return { ok: true, style: wanted, floor: undefined };
  for (const style of styles) {
    const lodging = sumOf(
      floor.lodgingNights.map((l) =>
        times(lodgingPerNight(style, partySize, l.currency), l.nights),
      ),
    );
    if (lodging === undefined) return { ok: true, style: wanted, floor: undefined };
    if (fixed + rest + lodging <= budget.amount)
      return { ok: true, style, floor: fixed + rest + lodging };
  }
  const cheapest =
    sumOf(
      floor.lodgingNights.map((l) =>
        times(lodgingPerNight('budget', partySize, l.currency), l.nights),
      ),
    ) ?? 0;
  const need = fixed + rest + cheapest;
  const parts = [
    `budget lodging ${formatMoney({ amount: cheapest, currency: budget.currency })}`,
    `the cheapest meals ${formatMoney({ amount: sumOf(floor.meals) ?? 0, currency: budget.currency })}`,
  ];
  if (floor.transfers.length > 0)
    parts.push(
      `travel between cities ${formatMoney({ amount: sumOf(floor.transfers) ?? 0, currency: budget.currency })}`,
    );
  if (fixed > 0)
    parts.push(`fixed bookings ${formatMoney({ amount: fixed, currency: budget.currency })}`);
  return {
    ok: false,
    reason: `The budget of ${formatMoney(budget)} cannot cover this trip: it needs at least ${formatMoney({ amount: need, currency: budget.currency })} (${parts.join(', ')}), before any tickets.`,
  };
}

/**
 * Last resort when estimates ran over: drop the dearest paid visits until the plan fits the
 * budget. Removing a visit only widens gaps, so the rest of the day stays feasible.
 */
export function trimToBudget(
  days: PlanDay[],
  budget: Money,
  convert?: CurrencyConverter,
): string[] {
  const inBudget = (m: Money) => toCurrency(m, budget.currency, convert)?.amount ?? 0;
  let total = days.reduce((s, d) => s + d.slots.reduce((t, x) => t + inBudget(x.cost), 0), 0);
  const dropped: string[] = [];
  while (total > budget.amount) {
    let best: { day: PlanDay; index: number; cost: number } | undefined;
    for (const day of days) {
      day.slots.forEach((slot, index) => {
        const cost = inBudget(slot.cost);
        if (slot.kind === 'visit' && cost > 0 && (!best || cost > best.cost))
          best = { day, index, cost };
      });
    }
    if (!best) break;
    const [slot] = best.day.slots.splice(best.index, 1);
    if (slot) dropped.push(slot.title);
    best.day.cost = {
      amount: best.day.cost.amount - (slot?.cost.amount ?? 0),
      currency: best.day.cost.currency,
    };
    total -= best.cost;
  }
  return dropped;
}
