import type { RateTable } from '@caravan/places';
import { z } from 'zod';
import type { ResilientHttp } from './resilient-http.js';

const frankfurterSchema = z.object({
  base: z.string().regex(/^[A-Z]{3}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});

/**
 * Reference rates from a Frankfurter-style feed: `GET {url}/latest?base=EUR` or
 * `GET {url}/{YYYY-MM-DD}?base=EUR` -> `{ amount, base, date, rates: { USD: 1.08, ... } }`.
 */
export async function fetchRates(
  http: ResilientHttp,
  baseUrl: string,
  query: { base: string; date?: string | undefined },
): Promise<RateTable> {
  const day = query.date ?? 'latest';
  const url = `${baseUrl.replace(/\/+$/, '')}/${day}?base=${encodeURIComponent(query.base)}`;
  const body = await http.requestJson(url, undefined, (raw) => frankfurterSchema.parse(raw));
  return { base: body.base, date: body.date, source: new URL(baseUrl).host, rates: body.rates };
}
