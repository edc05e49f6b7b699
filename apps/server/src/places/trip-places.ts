import { randomUUID } from 'node:crypto';
import { distanceKm, listCities } from '@caravan/catalogue';
import { timezoneAt } from '@caravan/places';
import type { PlaceInput, PlaceView } from './model.js';
import type { PlacesRepository } from './store/places-repository.js';

/** What a member types in to add their own place to a trip. */
export interface NewTripPlace {
  name: string;
  category: string;
  tags?: readonly string[] | undefined;
  aliases?: readonly string[] | undefined;
  lat: number;
  lon: number;
  openingHours?: string | undefined;
  durationMinutes?: number | undefined;
  priceLevel?: number | undefined;
  typicalCost?: { amount: number; currency: string } | undefined;
  description?: string | undefined;
  address?: string | undefined;
  cityId?: string | undefined;
}

/** The catalogue city whose area holds the point (the nearest, where areas overlap). */
export function cityAround(lat: number, lon: number): string | null {
  let best: { id: string; km: number } | null = null;
  for (const city of listCities()) {
    const km = distanceKm({ lat, lon }, city);
    if (km <= city.radiusKm && (!best || km < best.km)) best = { id: city.id, km };
  }
  return best?.id ?? null;
}

/**
 * Stores a member's place, visible to this trip only, and indexes it for semantic search. A place
 * inside a catalogue city belongs to that city, so searches of the city find it.
 */
export async function addTripPlace(
  deps: { repository: PlacesRepository; index: (ids: readonly string[]) => Promise<unknown> },
  tripId: string,
  userId: string,
  input: NewTripPlace,
): Promise<PlaceView> {
  const place: PlaceInput = {
    id: `trip-${randomUUID()}`,
    tripId,
    cityId: input.cityId ?? cityAround(input.lat, input.lon),
    source: 'user',
    name: input.name.trim(),
    aliases: input.aliases ?? [],
    category: input.category,
    tags: input.tags ?? [],
    lat: input.lat,
    lon: input.lon,
    durationMinutes: input.durationMinutes ?? null,
    priceLevel: input.priceLevel ?? null,
    cost: input.typicalCost ?? null,
    openingHours: input.openingHours?.trim() || null,
    timezone: timezoneAt(input.lat, input.lon),
    country: null,
    description: input.description?.trim() ?? '',
    address: input.address?.trim() || null,
    createdBy: userId,
  };
  await deps.repository.upsert([place]);
  await deps.index([place.id]);
  const [view] = await deps.repository.byIds([place.id]);
  if (!view) throw new Error(`place ${place.id} vanished after insert`);
  return view;
}
