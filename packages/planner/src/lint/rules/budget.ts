import type { Money } from '@caravan/core';
import type { LintContext } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { prettyDate } from '../time.js';

/** "EUR 1,234.50" from minor units (two decimals except zero-decimal currencies). */
export function formatMoney(m: Money): string {
  const zero = ['JPY', 'KRW', 'ISK', 'CLP', 'VND'].includes(m.currency);
  const major = zero ? m.amount : m.amount / 100;
  return `${m.currency} ${major.toLocaleString('en-GB', { minimumFractionDigits: zero ? 0 : 2, maximumFractionDigits: zero ? 0 : 2 })}`;
}

function budgetOf(ctx: LintContext): { total?: Money; perDay?: Money } {
  if (ctx.options.budget) return ctx.options.budget;
  const own = ctx.trip.details.budget;
  return own ? { total: own } : {};
}

/** Planned item costs per day and in total, against the trip's budget (converted as needed). */
export function budgetRule(ctx: LintContext): Finding[] {
  const { total, perDay } = budgetOf(ctx);
  if (!total && !perDay) return [];
  const currency = (total ?? perDay)?.currency ?? ctx.trip.details.currency;
  const out: Finding[] = [];
  const unconverted: string[] = [];
  let tripSum = 0;
  for (const day of ctx.trip.days) {
    let daySum = 0;
    for (const item of day.items) {
      if (!item.cost || item.cost.amount === 0) continue;
      const m =
        item.cost.currency === currency ? item.cost : ctx.options.convert?.(item.cost, currency);
      if (!m) {
        unconverted.push(item.id);
        continue;
      }
      daySum += m.amount;
    }
    tripSum += daySum;
    if (perDay && daySum > perDay.amount && ctx.activeDates.has(day.date)) {
      out.push(
        finding(
          'budget',
          'warning',
          `${prettyDate(day.date)} costs ${formatMoney({ amount: daySum, currency })}, over the daily budget of ${formatMoney(perDay)}.`,
          day.items.filter((i) => i.cost).map((i) => i.id),
          { day: day.date },
        ),
      );
    }
  }
  if (total && tripSum > total.amount) {
    out.push(
      finding(
        'budget',
        'error',
        `Planned costs come to ${formatMoney({ amount: tripSum, currency })}, ${formatMoney({ amount: tripSum - total.amount, currency })} over the trip budget of ${formatMoney(total)}.`,
        [],
        { key: 'total' },
      ),
    );
  }
  if (unconverted.length > 0) {
    out.push(
      finding(
        'budget',
        'info',
        `${unconverted.length} cost${unconverted.length === 1 ? ' is' : 's are'} in another currency with no exchange rate, so ${unconverted.length === 1 ? 'it was' : 'they were'} left out of the budget check.`,
        unconverted,
        { key: 'currency' },
      ),
    );
  }
  return out;
}
