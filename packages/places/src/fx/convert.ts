/** ISO 4217 minor-unit exponents that differ from 2 (yen have no cents, dinars have mils). */
const MINOR_UNIT_EXPONENT: Record<string, number> = {
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  IDR: 2,
  HUF: 2,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

/** Digits after the decimal point of a currency's minor unit (2 for EUR, 0 for JPY). */
export function minorUnitExponent(currency: string): number {
  return MINOR_UNIT_EXPONENT[currency.toUpperCase()] ?? 2;
}

/** A table of rates: units of each currency per one unit of `base`. */
export interface RateTable {
  base: string;
  /** The day the rates are for, YYYY-MM-DD. */
  date: string;
  /** Where they came from: a feed's URL host or the offline snapshot. */
  source: string;
  rates: Readonly<Record<string, number>>;
}

/** Units of `to` per one unit of `from`, through the table's base; undefined if either is unknown. */
export function crossRate(table: RateTable, from: string, to: string): number | undefined {
  const f = from.toUpperCase();
  const t = to.toUpperCase();
  const rateFrom = f === table.base ? 1 : table.rates[f];
  const rateTo = t === table.base ? 1 : table.rates[t];
  if (rateFrom === undefined || rateTo === undefined || rateFrom <= 0) return undefined;
  return rateTo / rateFrom;
}

/** Money in integer minor units. */
export interface Money {
  amount: number;
  currency: string;
}

/** A converted amount with the rate, day and source that produced it. */
export interface Conversion {
  from: Money;
  to: Money;
  rate: number;
  date: string;
  source: string;
}

/**
 * Converts integer minor units between currencies, rounding half away from zero to the target's
 * minor unit; undefined when the table lacks either currency.
 */
export function convertMoney(table: RateTable, money: Money, to: string): Conversion | undefined {
  const target = to.toUpperCase();
  const rate = crossRate(table, money.currency, target);
  if (rate === undefined) return undefined;
  const major = money.amount / 10 ** minorUnitExponent(money.currency);
  const minor = major * rate * 10 ** minorUnitExponent(target);
  const rounded = Math.sign(minor) * Math.round(Math.abs(minor));
  return {
    from: { amount: money.amount, currency: money.currency.toUpperCase() },
    to: { amount: rounded === 0 ? 0 : rounded, currency: target },
    rate,
    date: table.date,
    source: table.source,
  };
}
