import { findCity, getCity, INTEREST_TAGS, placesOf } from '@caravan/catalogue';
import type { CurrencyConverter, GenerateOptions, ResolvedCity } from '@caravan/planner';
import { convertMoney, FX_SNAPSHOT, resolvePlace, timezoneAt } from '@caravan/places';

/** A city name, alias or airport code, resolved to a catalogue city (the only ones plannable). */
export function resolveCity(query: string): ResolvedCity | undefined {
  const direct = findCity(query);
  if (direct) return { id: direct.id, name: direct.name };
  const id = resolvePlace(query)?.catalogueCityId;
  const city = id ? getCity(id) : undefined;
  return city ? { id: city.id, name: city.name } : undefined;
}

const convert: CurrencyConverter = (money, to) => convertMoney(FX_SNAPSHOT, money, to)?.to;

export const interestTags: readonly string[] = INTEREST_TAGS;

/** The engine's inputs from the bundled catalogue and the offline FX snapshot. */
export function generateOptions(seed?: number): GenerateOptions {
  return {
    catalogue: { getCity, placesOf },
    convert,
    timeZoneAt: (lat, lon) => timezoneAt(lat, lon),
    ...(seed === undefined ? {} : { seed }),
  };
}
