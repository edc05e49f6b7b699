import type { RequestMoney } from './schema.js';

const symbols: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  CHF: 'CHF',
};
const words: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  francs: 'CHF',
};
/** Currencies without minor units (ISO 4217 exponent 0). */
const zeroDecimal = new Set(['JPY', 'KRW', 'ISK', 'CLP', 'VND']);

export function minorUnitsPerMajor(currency: string): number {
  return zeroDecimal.has(currency) ? 1 : 100;
}

function parseAmount(raw: string, suffix: string | undefined): number {
  let s = raw.replace(/\s/g, '');
  // "1.200" and "1,200" are thousands; "12.50" and "12,50" are decimals.
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(',', '.');
  let n = Number(s);
  if (suffix && /^k$/i.test(suffix)) n *= 1000;
  return n;
}

export interface BudgetMention {
  money: RequestMoney;
  perPerson: boolean;
  perDay: boolean;
  text: string;
}

const num = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s?(k\b)?`;
const sym = String.raw`(€|\$|£|¥|₹|₩)`;
const code = String.raw`\b([A-Z]{3})\b`;
const word = String.raw`\b(euros?|dollars?|bucks|pounds?|yen|francs)\b`;
const patterns: ReadonlyArray<{
  re: RegExp;
  amount: number;
  k: number;
  cur: number;
  kind: 'sym' | 'code' | 'word';
}> = [
  { re: new RegExp(`${sym}\\s?${num}`, 'i'), cur: 1, amount: 2, k: 3, kind: 'sym' },
  { re: new RegExp(`${num}\\s?${sym}`, 'i'), amount: 1, k: 2, cur: 3, kind: 'sym' },
  { re: new RegExp(`${code}\\s?${num}`), cur: 1, amount: 2, k: 3, kind: 'code' },
  { re: new RegExp(`${num}\\s?${code}`), amount: 1, k: 2, cur: 3, kind: 'code' },
  { re: new RegExp(`${num}\\s?${word}`, 'i'), amount: 1, k: 2, cur: 3, kind: 'word' },
];

const notCurrencies = new Set(['AND', 'THE', 'FOR', 'DAY', 'MAY', 'JUN', 'JUL', 'AUG']);

/** The first amount of money written in `text` ("EUR 1200", "€1,200", "1.5k dollars", "800 GBP"). */
export function budgetIn(text: string): BudgetMention | undefined {
  let best: { index: number; m: BudgetMention } | undefined;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    const curRaw = m[p.cur] ?? '';
    let currency: string | undefined;
    if (p.kind === 'sym') currency = symbols[curRaw];
    else if (p.kind === 'code') currency = notCurrencies.has(curRaw) ? undefined : curRaw;
    else currency = words[curRaw.toLowerCase()];
    if (!currency) continue;
    const major = parseAmount(m[p.amount] ?? '', m[p.k]);
    if (!Number.isFinite(major)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24).toLowerCase();
    const mention: BudgetMention = {
      money: { amount: Math.round(major * minorUnitsPerMajor(currency)), currency },
      perPerson: /^\s*(per|a|each|\/)\s*(person|head|pp|each)|^\s*pp\b|^\s*each\b/.test(after),
      perDay: /^\s*(per|a|\/)\s*(day|night)/.test(after),
      text: m[0],
    };
    if (!best || m.index < best.index) best = { index: m.index, m: mention };
  }
  return best?.m;
}
