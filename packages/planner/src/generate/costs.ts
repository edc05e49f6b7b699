import type { Money } from '@caravan/core';
import { distanceKm } from '../lint/context.js';
import type { CurrencyConverter } from '../lint/index.js';
import { minorUnitsPerMajor } from '../request/money.js';
import type { CatalogueCity } from './types.js';

export type LodgingStyle = 'budget' | 'mid' | 'upscale';

/** Rough nightly rate per room, in euros; rooms sleep two. Scaled by a city price factor. */
const nightlyPerRoomEur: Record<LodgingStyle, number> = { budget: 55, mid: 110, upscale: 230 };
/** Approximate value of one euro in other currencies, enough to size estimates (not to bill). */
const perEuro: Record<string, number> = {
  EUR: 1,
  USD: 1.08,
  GBP: 0.86,
  CHF: 0.95,
  JPY: 160,
  KRW: 1450,
  THB: 38,
  TRY: 38,
  AED: 4,
  HKD: 8.4,
  SGD: 1.45,
  DKK: 7.46,
  SEK: 11.3,
  NOK: 11.6,
  CZK: 25,
  PLN: 4.3,
  HUF: 390,
  CAD: 1.47,
  AUD: 1.65,
  MXN: 19,
  BRL: 5.6,
  INR: 90,
  CNY: 7.8,
};

/**
 * An approximate converter from the table above, used when the caller gives none, so budgets
 * across currencies are still enforced (as estimates, which is all a plan's prices are).
 */
export const approximateConvert: CurrencyConverter = (m, to) => {
  const from = perEuro[m.currency];
  const rate = perEuro[to];
  if (from === undefined || rate === undefined) return undefined;
  const major = m.amount / minorUnitsPerMajor(m.currency);
  return { amount: Math.round((major / from) * rate * minorUnitsPerMajor(to)), currency: to };
};

/** Converts an estimate written in euros into `currency` minor units. */
export function euros(amount: number, currency: string): Money {
  const rate = perEuro[currency] ?? 1;
  return { amount: Math.round(amount * rate * minorUnitsPerMajor(currency)), currency };
}

export function lodgingPerNight(style: LodgingStyle, partySize: number, currency: string): Money {
  return euros(nightlyPerRoomEur[style] * Math.ceil(partySize / 2), currency);
}

export interface Leg {
  mode: 'train' | 'flight';
  minutes: number;
  cost: Money;
  km: number;
}

/** Getting between two cities: a train up to 600 km, a flight beyond (with airport time). */
export function intercityLeg(from: CatalogueCity, to: CatalogueCity, partySize: number): Leg {
  const km = distanceKm(from, to);
  if (km <= 600) {
    // Thirty minutes at the stations, then rail that winds a quarter longer than the crow flies.
    const minutes = 30 + (km * 1.25 * 60) / 110;
    return {
      mode: 'train',
      minutes: Math.max(45, Math.round(minutes / 5) * 5),
      cost: euros((15 + km * 0.1) * partySize, from.currency),
      km,
    };
  }
  const minutes = 150 + (km / 750) * 60;
  return {
    mode: 'flight',
    minutes: Math.round(minutes / 5) * 5,
    cost: euros((60 + km * 0.06) * partySize, from.currency),
    km,
  };
}

/** Adds money in one currency, converting when needed; undefined when a rate is missing. */
export function toCurrency(
  m: Money,
  currency: string,
  convert?: CurrencyConverter,
): Money | undefined {
  if (m.currency === currency) return m;
  return convert?.(m, currency);
}

export function sum(
  items: readonly Money[],
  currency: string,
  convert?: CurrencyConverter,
): Money | undefined {
  let amount = 0;
  for (const m of items) {
    const c = toCurrency(m, currency, convert);
    if (!c) return undefined;
    amount += c.amount;
  }
  return { amount, currency };
}

export function times(m: Money, n: number): Money {
  return { amount: Math.round(m.amount * n), currency: m.currency };
}
