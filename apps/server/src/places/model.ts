import { CATEGORIES, INTEREST_TAGS } from '@caravan/catalogue';
import type { PlaceSource } from '../db/tables/places.js';

export { CATEGORIES as PLACE_CATEGORIES, INTEREST_TAGS as PLACE_TAGS };
export type { PlaceSource };

/** A place to write: the catalogue's, a trip's own, or one from a live source. */
export interface PlaceInput {
  id: string;
  tripId: string | null;
  cityId: string | null;
  source: PlaceSource;
  name: string;
  aliases: readonly string[];
  category: string;
  tags: readonly string[];
  lat: number;
  lon: number;
  durationMinutes: number | null;
  priceLevel: number | null;
  cost: { amount: number; currency: string } | null;
  openingHours: string | null;
  timezone: string;
  country: string | null;
  description: string;
  address: string | null;
  createdBy: string | null;
}

/** A place as search returns it. */
export interface PlaceView {
  id: string;
  tripId: string | null;
  cityId: string | null;
  source: PlaceSource;
  name: string;
  aliases: string[];
  category: string;
  tags: string[];
  lat: number;
  lon: number;
  durationMinutes: number | null;
  priceLevel: number | null;
  typicalCost: { amount: number; currency: string } | null;
  openingHours: string | null;
  timezone: string;
  country: string | null;
  description: string;
  address: string | null;
}

/** The text that represents a place to an embedder. */
export function embeddingText(place: {
  name: string;
  aliases: readonly string[];
  category: string;
  tags: readonly string[];
  description: string;
}): string {
  return [place.name, ...place.aliases, place.category, ...place.tags, place.description].join(' ');
}
