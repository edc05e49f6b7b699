import { listCities, placesOf } from '@caravan/catalogue';
import type { PlaceInput } from '../model.js';
import type { PlacesRepository } from './places-repository.js';

/** The catalogue as rows of the places table. */
export function cataloguePlaceInputs(): PlaceInput[] {
  return listCities().flatMap((city) =>
    placesOf(city.id).map((place): PlaceInput => ({
      id: place.id,
      tripId: null,
      cityId: city.id,
      source: 'catalogue',
      name: place.name,
      aliases: place.aliases ?? [],
      category: place.category,
      tags: place.tags,
      lat: place.lat,
      lon: place.lon,
      durationMinutes: place.durationMinutes,
      priceLevel: place.priceLevel,
      cost: place.typicalCost,
      openingHours: place.openingHours,
      timezone: city.timezone,
      country: city.country,
      description: place.description,
      address: place.address ?? null,
      createdBy: null,
    })),
  );
}

/**
 * Brings the catalogue rows up to date: inserts new places, rewrites changed ones, deletes
 * removed ones, and leaves unchanged rows alone, so running it at every start-up is cheap and
 * safe with several instances starting at once.
 */
export async function seedCatalogue(
  repository: PlacesRepository,
  inputs: readonly PlaceInput[] = cataloguePlaceInputs(),
): Promise<{ written: string[]; deleted: number; total: number }> {
  const written = await repository.upsert(inputs);
  const deleted = await repository.deleteCatalogueExcept(inputs.map((place) => place.id));
  return { written, deleted, total: inputs.length };
}
