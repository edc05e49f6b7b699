import {
  FX_SNAPSHOT,
  convertMoney,
  crossRate,
  type Conversion,
  type Money,
  type RateTable,
} from '@caravan/places';
import { CACHE_TTL_MS, type LiveCache } from '../live/cache.js';
import type { Provenance } from '../live/errors.js';
import { fetchRates } from '../live/fx-feed.js';
import type { ResilientHttp } from '../live/resilient-http.js';
import { liveOrOffline } from '../live/with-fallback.js';

export interface RatesAnswer {
  base: string;
  /** The day of the rates actually used (may differ from the day asked for when offline). */
  date: string;
  requestedDate: string | null;
  source: string;
  rates: Record<string, number>;
  provenance: Provenance;
}

export interface ConversionAnswer extends Conversion {
  requestedDate: string | null;
  provenance: Provenance;
}

/** The offline snapshot re-expressed in another base currency. */
function snapshotIn(base: string): RateTable | undefined {
  const rates: Record<string, number> = {};
  for (const code of Object.keys(FX_SNAPSHOT.rates)) {
    const rate = crossRate(FX_SNAPSHOT, base, code);
    if (rate === undefined) return undefined;
    rates[code] = rate;
  }
  return { base, date: FX_SNAPSHOT.date, source: FX_SNAPSHOT.source, rates };
}

export class UnknownCurrencyError extends Error {
  constructor(readonly currency: string) {
    super(`no exchange rate for ${currency}`);
    this.name = 'UnknownCurrencyError';
  }
}

/**
 * Exchange rates for budgets: the live feed when configured (cached for an hour), else the
 * dated offline snapshot; every answer names the day and source of the rate it used.
 */
export function createFxService(deps: {
  http?: ResilientHttp | undefined;
  url?: string | undefined;
  cache: LiveCache;
}) {
  async function table(base: string, date: string | undefined) {
    const { http, url } = deps;
    return liveOrOffline<RateTable | undefined>({
      provider: 'fx',
      cache: deps.cache,
      key: `${base}:${date ?? 'latest'}`,
      ttlMs: CACHE_TTL_MS.fx,
      live: http && url ? () => fetchRates(http, url, { base, date }) : undefined,
      offline: () => snapshotIn(base),
    });
  }

  return {
    async rates(query: {
      base: string;
      symbols?: readonly string[];
      date?: string;
    }): Promise<RatesAnswer> {
      const base = query.base.toUpperCase();
      const { data, provenance } = await table(base, query.date);
      if (!data) throw new UnknownCurrencyError(base);
      const rates: Record<string, number> = {};
      const wanted = query.symbols?.map((s) => s.toUpperCase()) ?? Object.keys(data.rates);
      for (const code of wanted) {
        const rate = code === base ? 1 : data.rates[code];
        if (rate === undefined) throw new UnknownCurrencyError(code);
        rates[code] = rate;
      }
      return {
        base,
        date: data.date,
        requestedDate: query.date ?? null,
        source: data.source,
        rates,
        provenance,
      };
    },

    async convert(money: Money, to: string, date?: string): Promise<ConversionAnswer> {
      const { data, provenance } = await table(money.currency.toUpperCase(), date);
      if (!data) throw new UnknownCurrencyError(money.currency);
      const conversion = convertMoney(data, money, to);
      if (!conversion) throw new UnknownCurrencyError(to);
      return { ...conversion, requestedDate: date ?? null, provenance };
    },
  };
}

export type FxService = ReturnType<typeof createFxService>;
