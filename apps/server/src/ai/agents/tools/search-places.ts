import { INTEREST_TAGS, placesOf } from '@caravan/catalogue';
import { z } from 'zod';
import { defineTool, type ToolContext } from './types.js';
import { tripPlaces } from './trip-facts.js';

export const searchPlacesInput = z.strictObject({
  /** Words to look for ("tiles museum", "ramen near Shinjuku"); may be empty with interests. */
  query: z.string().trim().max(200).default(''),
  /** Interest tags of the catalogue (art, food, history, ...): any of them matches. */
  interests: z.array(z.enum(INTEREST_TAGS)).max(10).default([]),
  /** A catalogue city id; defaults to the trip's first destination the catalogue knows. */
  cityId: z.string().trim().min(1).max(100).optional(),
  limit: z.int().min(1).max(10).default(5),
});

export interface FoundPlace {
  id: string;
  name: string;
  category: string;
  tags: string[];
  openingHours: string | null;
  lat: number;
  lon: number;
}

export interface SearchPlacesResult {
  cityId: string | null;
  /** `places search` (the search service) or `catalogue` (bundled data, no service here). */
  via: 'places search' | 'catalogue';
  places: FoundPlace[];
}

function fromCatalogue(cityId: string, interests: readonly string[], limit: number): FoundPlace[] {
  return placesOf(cityId)
    .filter((p) => interests.length === 0 || p.tags.some((t) => interests.includes(t)))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      tags: [...p.tags],
      openingHours: p.openingHours,
      lat: p.lat,
      lon: p.lon,
    }));
}

async function search(
  context: ToolContext,
  input: z.output<typeof searchPlacesInput>,
): Promise<SearchPlacesResult> {
  const cityId = input.cityId ?? tripPlaces(context.trip).find((p) => p.cityId)?.cityId ?? null;
  if (!context.places) {
    return {
      cityId,
      via: 'catalogue',
      places: cityId ? fromCatalogue(cityId, input.interests, input.limit) : [],
    };
  }
  const response = await context.places.search({
    q: input.query || undefined,
    cityId: cityId ?? undefined,
    tags: input.interests.length > 0 ? input.interests : undefined,
    limit: input.limit,
    tripId: context.tripId,
  });
  return {
    cityId,
    via: 'places search',
    places: response.results.map((hit) => ({
      id: hit.id,
      name: hit.name,
      category: hit.category,
      tags: hit.tags,
      openingHours: hit.openingHours,
      lat: hit.lat,
      lon: hit.lon,
    })),
  };
}

/** The local guide's search: places of the trip's city by words and interests. */
export const searchPlacesTool = defineTool({
  name: 'searchPlaces',
  agent: 'local guide',
  description:
    'Search places (sights, museums, food, parks...) in a city of the trip by words and/or interest tags. Returns ids, names, categories and opening hours.',
  input: searchPlacesInput,
  describeInput: (input) =>
    [
      input.query && `"${input.query}"`,
      input.interests.length > 0 && input.interests.join(', '),
      input.cityId && `in ${input.cityId}`,
    ]
      .filter(Boolean)
      .join(', ') || 'anything in the trip’s city',
  async run(context, input) {
    const result = await search(context, input);
    if (!result.cityId && result.places.length === 0) {
      return {
        result,
        summary: 'No destination of this trip is a city the catalogue knows; add one first.',
      };
    }
    if (result.places.length === 0) {
      return { result, summary: 'No place matches; try other words or interests.' };
    }
    const names = result.places.map((p) => `${p.name} (${p.openingHours ?? 'hours unknown'})`);
    const what = input.interests.length > 0 ? ` for ${input.interests.join(', ')}` : '';
    return { result, summary: `Worth a look${what}: ${names.join('; ')}.` };
  },
});
