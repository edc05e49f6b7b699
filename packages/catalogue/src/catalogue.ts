import { CITY_DATA } from './cities/registry';
import type { CataloguePlace, City } from './schema';

// Indexes are built once on first use so importing the package stays cheap.
let cityById: Map<string, City> | undefined;
let cityByName: Map<string, City> | undefined;
let placeById: Map<string, CataloguePlace> | undefined;
let placesByCity: Map<string, readonly CataloguePlace[]> | undefined;

/** Lowercase, without accents and extra spaces: "  São  Paulo " -> "sao paulo". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function indexCities(): { byId: Map<string, City>; byName: Map<string, City> } {
  if (!cityById || !cityByName) {
    cityById = new Map();
    cityByName = new Map();
    for (const { city } of CITY_DATA) {
      cityById.set(city.id, city);
      for (const name of [city.id, city.name, ...city.aliases]) {
        const key = foldName(name);
        if (!cityByName.has(key)) cityByName.set(key, city);
      }
    }
  }
  return { byId: cityById, byName: cityByName };
}

function indexPlaces(): {
  byId: Map<string, CataloguePlace>;
  byCity: Map<string, readonly CataloguePlace[]>;
} {
  if (!placeById || !placesByCity) {
    placeById = new Map();
    placesByCity = new Map();
    for (const { city, places } of CITY_DATA) {
      placesByCity.set(city.id, places);
      for (const place of places) placeById.set(place.id, place);
    }
  }
  return { byId: placeById, byCity: placesByCity };
}

/** Every catalogue city, in catalogue order. */
export function listCities(): readonly City[] {
  return CITY_DATA.map((entry) => entry.city);
}

/** A city by its id ("lisbon"), or undefined. */
export function getCity(id: string): City | undefined {
  return indexCities().byId.get(id);
}

/** A city by id, name or alias, ignoring case and accents: "Lisboa", "LISBON", "lisbon". */
export function findCity(nameOrAlias: string): City | undefined {
  return indexCities().byName.get(foldName(nameOrAlias));
}

/** The places of one city (empty for an unknown city). */
export function placesOf(cityId: string): readonly CataloguePlace[] {
  return indexPlaces().byCity.get(cityId) ?? [];
}

/** Every place of every city. */
export function allPlaces(): readonly CataloguePlace[] {
  return CITY_DATA.flatMap((entry) => entry.places);
}

/** A place by its id ("lisbon-jeronimos-monastery"), or undefined. */
export function getPlace(id: string): CataloguePlace | undefined {
  return indexPlaces().byId.get(id);
}
