import { findAirport, type Airport } from './data/airports';
import { geoCities, type GeoCity } from './data/cities';
import { countryCodeByName, getCountry } from './data/countries';
import { haversineKm } from './geo';
import { foldText, foldedTokens } from './text';
import { timezoneAt } from './timezone';

/** A city the gazetteer resolved a name, alias or airport code to. */
export interface ResolvedPlace {
  /** GeoNames id of the city. */
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryName: string;
  adminCode: string;
  lat: number;
  lon: number;
  population: number;
  /** IANA time zone. */
  timezone: string;
  /** ISO 4217 code of the country's main currency. */
  currency: string | undefined;
  /** ISO 639-1 codes. */
  languages: string[];
  /** How the query matched: the city's own name, an alias, or an airport code. */
  matchedBy: 'name' | 'alias' | 'airport';
  /** The airport, when the query was an IATA code. */
  airport?: { iata: string; name: string };
  /** The id of the project's catalogue city at this place, when there is one. */
  catalogueCityId?: string;
}

/** Extra names for a city (the catalogue's aliases such as "Lisboa"). */
export interface CityAliases {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  aliases: readonly string[];
}

export interface Gazetteer {
  /** The best city for a name, alias, "name country" or IATA code; undefined when none. */
  resolvePlace(query: string): ResolvedPlace | undefined;
  /** Candidates, most likely first (population ranks ambiguous names). */
  resolvePlaces(query: string, limit?: number): ResolvedPlace[];
  /** The most populous city within `withinKm` of a point, else the nearest one. */
  nearestCity(lat: number, lon: number, withinKm?: number): ResolvedPlace | undefined;
}

interface Indexes {
  cities: readonly GeoCity[];
  byName: Map<string, number[]>;
  byAlias: Map<string, number[]>;
  catalogueIdByCity: Map<number, string>;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function nearestIndex(
  cities: readonly GeoCity[],
  point: { lat: number; lon: number },
  withinKm: number,
  candidates?: readonly number[],
): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  const pool = candidates ?? cities.keys();
  for (const i of pool) {
    const city = cities[i];
    if (!city) continue;
    // Cheap box test first: a degree of latitude is ~111 km.
    if (Math.abs(city.lat - point.lat) * 111 > withinKm) continue;
    const km = haversineKm(point, city);
    if (km > withinKm) continue;
    // Prefer the big city a little further away over a village next door.
    const score = km / Math.log10(10 + city.population);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Builds a gazetteer; its indexes are built on first use, once. */
export function createGazetteer(
  options: { aliases?: () => readonly CityAliases[] } = {},
): Gazetteer {
  let indexes: Indexes | undefined;

  function build(): Indexes {
    if (indexes) return indexes;
    const cities = geoCities();
    const byName = new Map<string, number[]>();
    cities.forEach((city, i) => push(byName, foldText(city.name), i));
    const byPopulation = (a: number, b: number) =>
      (cities[b]?.population ?? 0) - (cities[a]?.population ?? 0);
    for (const list of byName.values()) list.sort(byPopulation);

    const byAlias = new Map<string, number[]>();
    const catalogueIdByCity = new Map<number, string>();
    for (const extra of options.aliases?.() ?? []) {
      const sameName = (byName.get(foldText(extra.name)) ?? []).filter(
        (i) => cities[i]?.country === extra.country,
      );
      const at =
        nearestIndex(cities, extra, 50, sameName) ?? nearestIndex(cities, extra, 30, undefined);
      if (at === undefined) continue;
      const geonameId = cities[at]?.id;
      if (geonameId !== undefined) catalogueIdByCity.set(geonameId, extra.id);
      for (const alias of [extra.id, extra.name, ...extra.aliases])
        push(byAlias, foldText(alias), at);
    }
    for (const list of byAlias.values()) list.sort(byPopulation);
    indexes = { cities, byName, byAlias, catalogueIdByCity };
    return indexes;
  }

  function present(
    index: number,
    matchedBy: ResolvedPlace['matchedBy'],
    airport?: Airport,
  ): ResolvedPlace | undefined {
    const { cities, catalogueIdByCity } = build();
    const city = cities[index];
    if (!city) return undefined;
    const country = getCountry(city.country);
    const catalogueCityId = catalogueIdByCity.get(city.id);
    return {
      geonameId: city.id,
      name: city.name,
      country: city.country,
      countryName: country?.name ?? city.country,
      adminCode: city.adminCode,
      lat: city.lat,
      lon: city.lon,
      population: city.population,
      timezone: timezoneAt(city.lat, city.lon),
      currency: country?.currencies[0],
      languages: country?.languages.map((lang) => lang.code) ?? [],
      matchedBy,
      ...(airport ? { airport: { iata: airport.iata, name: airport.name } } : {}),
      ...(catalogueCityId ? { catalogueCityId } : {}),
    };
  }

  /** Name and alias hits for a folded name, best first, without duplicates. */
  function lookup(key: string): { index: number; matchedBy: 'name' | 'alias' }[] {
    const { cities, byName, byAlias } = build();
    const hits = [
      ...(byName.get(key) ?? []).map((index) => ({ index, matchedBy: 'name' as const })),
      ...(byAlias.get(key) ?? []).map((index) => ({ index, matchedBy: 'alias' as const })),
    ];
    const seen = new Set<number>();
    return hits
      .sort((a, b) => (cities[b.index]?.population ?? 0) - (cities[a.index]?.population ?? 0))
      .filter((hit) => !seen.has(hit.index) && seen.add(hit.index));
  }

  function airportCity(airport: Airport): number | undefined {
    const { cities, byName } = build();
    const country = countryCodeByName(airport.countryName);
    const sameName = (byName.get(foldText(airport.city)) ?? []).filter(
      (i) => country === undefined || cities[i]?.country === country,
    );
    return nearestIndex(cities, airport, 60, sameName) ?? nearestIndex(cities, airport, 40);
  }

  function resolvePlaces(query: string, limit = 5): ResolvedPlace[] {
    const trimmed = query.trim();
    const key = foldText(trimmed);
    if (key === '') return [];
    const results: ResolvedPlace[] = [];
    const add = (
      index: number | undefined,
      matchedBy: ResolvedPlace['matchedBy'],
      airport?: Airport,
    ) => {
      if (index === undefined || results.some((r) => r.geonameId === build().cities[index]?.id))
        return;
      const place = present(index, matchedBy, airport);
      if (place) results.push(place);
    };
    // An upper-case three-letter code is an airport before it is a town called "Lis".
    const airport = /^[a-z]{3}$/i.test(trimmed) ? findAirport(trimmed) : undefined;
    const codeFirst = airport !== undefined && trimmed === trimmed.toUpperCase();
    if (codeFirst) add(airportCity(airport), 'airport', airport);

    for (const hit of lookup(key)) add(hit.index, hit.matchedBy);
    if (results.length === 0) {
      // "lisbon portugal", "paris, tx": a city name followed by a country or region.
      const tokens = foldedTokens(trimmed);
      for (let split = tokens.length - 1; split >= 1; split--) {
        const name = tokens.slice(0, split).join(' ');
        const qualifier = tokens.slice(split).join(' ');
        const country =
          countryCodeByName(qualifier) ??
          (qualifier.length === 2 && getCountry(qualifier) ? qualifier.toUpperCase() : undefined);
        const { cities } = build();
        for (const hit of lookup(name)) {
          const city = cities[hit.index];
          if (!city) continue;
          if (city.country === country || city.adminCode.toLowerCase() === qualifier) {
            add(hit.index, hit.matchedBy);
          }
        }
        if (results.length > 0) break;
      }
    }
    if (airport && !codeFirst) add(airportCity(airport), 'airport', airport);
    return results.slice(0, Math.max(1, limit));
  }

  return {
    resolvePlaces,
    resolvePlace: (query) => resolvePlaces(query, 1)[0],
    nearestCity(lat, lon, withinKm = 30) {
      const { cities } = build();
      const index =
        nearestIndex(cities, { lat, lon }, withinKm) ?? nearestIndex(cities, { lat, lon }, 20_000);
      return index === undefined ? undefined : present(index, 'name');
    },
  };
}
