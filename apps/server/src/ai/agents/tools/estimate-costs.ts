import { convertMoney, FX_SNAPSHOT, type Money } from '@caravan/places';
import { formatMoney, lintTrip } from '@caravan/planner';
import { z } from 'zod';
import { shortDate } from './trip-facts.js';
import { defineTool, ToolInputError, type ToolContext } from './types.js';

export const estimateCostsInput = z.strictObject({
  /** ISO 4217 code to report in; defaults to the trip's currency. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, { error: 'must be an ISO 4217 code such as EUR' })
    .transform((code) => code.toUpperCase())
    .optional(),
  /** People sharing the costs; defaults to the trip's members. */
  people: z.int().min(1).max(100).optional(),
});

export interface RateUsed {
  from: string;
  to: string;
  /** Units of `to` per one unit of `from`. */
  rate: number;
  date: string;
  source: string;
  /** live feed, cached feed answer, or the offline snapshot (degraded when the feed failed). */
  provenance: 'live' | 'offline' | 'offline (feed failed)';
}

export interface CostEstimate {
  currency: string;
  people: number;
  total: Money;
  perPerson: Money;
  days: { date: string; total: Money; perPerson: Money; items: number }[];
  rates: RateUsed[];
  /** Items whose currency could not be converted (left out of the sums). */
  unconverted: { itemId: string; cost: Money }[];
  budgetFindings: string[];
}

type Converter = (money: Money) => Promise<{ to: Money; rate: RateUsed } | undefined>;

/** Conversions through the places FX service (live feed or snapshot), else the snapshot. */
function converterFor(context: ToolContext, currency: string): Converter {
  return async (money) => {
    if (context.places) {
      try {
        const answer = await context.places.fx.convert(money, currency);
        const provenance =
          answer.provenance.source === 'live'
            ? 'live'
            : answer.provenance.degraded
              ? 'offline (feed failed)'
              : 'offline';
        return {
          to: answer.to,
          rate: {
            from: money.currency,
            to: currency,
            rate: answer.rate,
            date: answer.date,
            source: answer.source,
            provenance,
          },
        };
      } catch {
        return undefined;
      }
    }
    const conversion = convertMoney(FX_SNAPSHOT, money, currency);
    return conversion
      ? {
          to: conversion.to,
          rate: {
            from: money.currency,
            to: currency,
            rate: conversion.rate,
            date: conversion.date,
            source: conversion.source,
            provenance: 'offline',
          },
        }
      : undefined;
  };
}

const share = (amount: number, people: number) => Math.round(amount / people);

async function estimate(
  context: ToolContext,
  input: z.output<typeof estimateCostsInput>,
): Promise<CostEstimate> {
  const currency = input.currency ?? context.trip.details.currency;
  const people = input.people ?? Math.max(1, context.memberCount);
  const convert = converterFor(context, currency);
  const rates = new Map<string, RateUsed>();
  const unconverted: CostEstimate['unconverted'] = [];
  const days: CostEstimate['days'] = [];
  let total = 0;
  for (const day of context.trip.days) {
    let sum = 0;
    let items = 0;
    for (const item of day.items) {
      if (!item.cost || item.cost.amount === 0) continue;
      let amount = item.cost.amount;
      if (item.cost.currency !== currency) {
        const converted = await convert(item.cost);
        if (!converted) {
          unconverted.push({ itemId: item.id, cost: item.cost });
          continue;
        }
        amount = converted.to.amount;
        rates.set(item.cost.currency, converted.rate);
      }
      sum += amount;
      items += 1;
    }
    total += sum;
    if (items > 0) {
      days.push({
        date: day.date,
        total: { amount: sum, currency },
        perPerson: { amount: share(sum, people), currency },
        items,
      });
    }
  }
  if (rates.size === 0 && unconverted.length === 0 && currency !== context.trip.details.currency) {
    // Nothing to convert, but the answer is asked in another currency: say which rate applies.
    const probe = await convert({ amount: 100, currency: context.trip.details.currency });
    if (!probe) throw new ToolInputError('currency', `no exchange rate to ${currency}`);
  }
  // The checks compare planned costs with the trip's own budget, converting with the rates used
  // above; a cost no rate reaches is reported as left out.
  const budgetFindings = lintTrip(context.trip, {
    convert: (money, to) => {
      const rate =
        money.currency === to ? 1 : to === currency ? rates.get(money.currency)?.rate : undefined;
      return rate === undefined
        ? undefined
        : { amount: Math.round(money.amount * rate), currency: to };
    },
  })
    .filter((f) => f.rule === 'budget')
    .map((f) => f.message);
  return {
    currency,
    people,
    total: { amount: total, currency },
    perPerson: { amount: share(total, people), currency },
    days,
    rates: [...rates.values()],
    unconverted,
    budgetFindings,
  };
}

/** "1 USD = 0.9150 EUR (ECB, 2026-11-24, live)". */
export function describeRate(rate: RateUsed): string {
  return `1 ${rate.from} = ${rate.rate.toFixed(4)} ${rate.to} (${rate.source}, ${rate.date}, ${rate.provenance})`;
}

/** What to say when the checks find nothing over budget. */
function withinBudget(context: ToolContext): string {
  const { budget } = context.trip.details;
  return budget
    ? `That is within the trip budget of ${formatMoney(budget)}.`
    : 'The trip has no budget set to compare with.';
}

/** The budget analyst's tool: planned costs by day and per person, in one currency. */
export const estimateCostsTool = defineTool({
  name: 'estimateCosts',
  agent: 'budget analyst',
  description:
    'Planned costs of the trip by day and per person in the trip currency (or another), converting other currencies and stating each exchange rate used, plus budget warnings.',
  input: estimateCostsInput,
  describeInput: (input) =>
    [
      input.currency ?? 'trip currency',
      input.people ? `${input.people} people` : 'all members',
    ].join(', '),
  async run(context, input) {
    const result = await estimate(context, input);
    if (result.days.length === 0 && result.unconverted.length === 0) {
      return { result, summary: 'No planned costs yet: add prices to the items of the trip.' };
    }
    const parts = [
      `Planned costs come to ${formatMoney(result.total)} (${formatMoney(result.perPerson)} per person for ${result.people}).`,
      `By day: ${result.days.map((d) => `${shortDate(d.date)} ${formatMoney(d.total)}`).join(', ')}.`,
      ...(result.rates.length > 0
        ? [`Rates used: ${result.rates.map(describeRate).join('; ')}.`]
        : []),
      ...(result.unconverted.length > 0
        ? [`${result.unconverted.length} cost(s) in a currency with no rate were left out.`]
        : []),
      ...(result.budgetFindings.length > 0 ? result.budgetFindings : [withinBudget(context)]),
    ];
    return { result, summary: parts.join(' ') };
  },
});
