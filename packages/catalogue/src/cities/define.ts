import type { CataloguePlace, Category, City, InterestTag } from '../schema';

/**
 * How a city file writes a place: short keys keep the hand-written data readable, and the
 * city supplies the id prefix and the currency so they cannot drift.
 */
export interface PlaceEntry {
  /** Slug within the city; the full id becomes `<cityId>-<slug>`. */
  slug: string;
  name: string;
  aliases?: string[];
  /** [latitude, longitude] */
  at: [number, number];
  category: Category;
  tags: InterestTag[];
  minutes: number;
  price: 0 | 1 | 2 | 3 | 4;
  /** Typical cost per adult in minor units of the city's currency. */
  cost: number;
  hours: string;
  description: string;
  address?: string;
}

export interface CityData {
  city: City;
  places: CataloguePlace[];
}

export function defineCity(city: City, entries: PlaceEntry[]): CityData {
  const places = entries.map((entry): CataloguePlace => {
    const place: CataloguePlace = {
      id: `${city.id}-${entry.slug}`,
      cityId: city.id,
      name: entry.name,
      lat: entry.at[0],
      lon: entry.at[1],
      category: entry.category,
      tags: entry.tags,
      durationMinutes: entry.minutes,
      priceLevel: entry.price,
      typicalCost: { amount: entry.cost, currency: city.currency },
      openingHours: entry.hours,
      description: entry.description,
    };
    if (entry.aliases) place.aliases = entry.aliases;
    if (entry.address) place.address = entry.address;
    return place;
  });
  return { city, places };
}
