import { CATEGORIES, findCity, getCity, INTEREST_TAGS, placesOf } from '@caravan/catalogue';
import type { CurrencyConverter, GenerateOptions, ResolvedCity } from '@caravan/planner';
import { convertMoney, FX_SNAPSHOT, resolvePlace, timezoneAt } from '@caravan/places';

/** A city name, alias or airport code, resolved to a catalogue city (the only ones plannable). */
export function resolveCity(query: string): ResolvedCity | undefined {
  const direct = findCity(query);
  if (direct) return { id: direct.id, name: direct.name };
  const place = resolvePlace(query);
  const id = place?.catalogueCityId;
  const city = id ? getCity(id) : undefined;
  return city ? { id: city.id, name: city.name } : undefined;
}

export const convert: CurrencyConverter = (money, to) => convertMoney(FX_SNAPSHOT, money, to)?.to;

export const timeZoneAt = (lat: number, lon: number): string | undefined => timezoneAt(lat, lon);

/** Interests a request may carry: place tags, and categories people name ("museums", "parks"). */
export const interestTags: readonly string[] = [...INTEREST_TAGS, ...CATEGORIES];

export function generateOptions(seed?: number): GenerateOptions {
  return {
    catalogue: { getCity, placesOf },
    convert,
    timeZoneAt,
    ...(seed === undefined ? {} : { seed }),
  };
}
