import { ApiError, api } from '../../lib/api';

/** A place as the server returns it (apps/server/src/routes/places/schema.ts, `Place`). */
export interface PlaceView {
  id: string;
  tripId: string | null;
  source: 'catalogue' | 'user' | 'overpass';
  name: string;
  category: string;
  tags: string[];
  lat: number;
  lon: number;
  durationMinutes: number | null;
  priceLevel: number | null;
  typicalCost: { amount: number; currency: string } | null;
  openingHours: string | null;
  timezone: string;
  description: string;
  address: string | null;
}

export interface PlaceResult extends PlaceView {
  score?: number;
  distanceKm?: number | null;
  /** Whether it is open at the asked time; null when no time was asked. */
  open?: boolean | null;
  /** Why it was recommended ("3 of you like art"). */
  reasons?: string[];
}

export interface SearchResponse {
  results: PlaceResult[];
  interpreted: {
    text: string;
    near: { lat: number; lon: number; radiusKm: number; label: string } | null;
    cityId: string | null;
    openAt: string | null;
  };
  source: 'live' | 'offline';
  degraded: boolean;
  reason?: string;
}

/** `PlaceQuery.city` value for "around the selected day's stops". */
export const DAY_AREA = '@day';
const DAY_RADIUS_KM = 5;

export interface PlaceQuery {
  text: string;
  category: string;
  openNow: boolean;
  /** A destination name to look in first, DAY_AREA, or '' for anywhere. */
  city: string;
  /** The middle of the selected day's stops, used when `city` is DAY_AREA. */
  dayArea?: { lat: number; lon: number; label: string } | null;
}

/** Where a search is limited to: a catalogue city or a circle around a point. */
type Scope =
  | { kind: 'city'; city: string; label: string }
  | { kind: 'near'; lat: number; lon: number; label: string };

function scopeOf(query: PlaceQuery): Scope | null {
  if (namesAPlace(query.text)) return null;
  if (query.city === DAY_AREA) {
    const area = query.dayArea;
    return area ? { kind: 'near', lat: area.lat, lon: area.lon, label: area.label } : null;
  }
  return query.city ? { kind: 'city', city: query.city, label: `in ${query.city}` } : null;
}

/**
 * "ramen near shinjuku", "tapas in Sevilla": the text names its own place, so no destination bias
 * applies (the same reading as the server's parse-query.ts).
 */
export function namesAPlace(text: string): boolean {
  const t = text.trim();
  return /\b(?:near|nearby|around|close\s+to|next\s+to)\s+\S/i.test(t) || /.\bin\s+\S/i.test(t);
}

const LIMIT = 20;

function searchPath(tripId: string, query: PlaceQuery, scope: Scope | null): string {
  const params = new URLSearchParams({ tripId, limit: String(LIMIT) });
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.category) params.set('categories', query.category);
  if (query.openNow) params.set('openAt', 'now');
  if (scope?.kind === 'city') params.set('city', scope.city);
  if (scope?.kind === 'near') {
    params.set('near', `${scope.lat.toFixed(5)},${scope.lon.toFixed(5)}`);
    params.set('radiusKm', String(DAY_RADIUS_KM));
  }
  return `/places/search?${params.toString()}`;
}

export interface SearchOutcome extends SearchResponse {
  /** Where the results are limited to ("in Paris", "around Day 2's stops"), if anywhere. */
  scope: string | null;
  /** True when nothing matched in the destination and the results come from everywhere. */
  widened: boolean;
}

/**
 * Searches the trip's destination (or around the day's stops) first unless the text names a
 * place; when the destination is not a known city, or nothing matches there, searches everywhere
 * instead. The trip's own places outside every catalogue city carry no city, so they come from the
 * search everywhere and join the destination's.
 */
export async function searchPlaces(tripId: string, query: PlaceQuery): Promise<SearchOutcome> {
  const scope = scopeOf(query);
  const everywhereRequest = api<SearchResponse>('GET', searchPath(tripId, query, null));
  if (!scope) return { ...(await everywhereRequest), scope: null, widened: false };
  const scopedRequest = api<SearchResponse>('GET', searchPath(tripId, query, scope)).catch(
    (error: unknown) => {
      // A destination the catalogue does not know is not the member's mistake: look everywhere.
      if (isUnknownCity(error)) return null;
      throw error;
    },
  );
  const [scoped, everywhere] = await Promise.all([scopedRequest, everywhereRequest]);
  if (!scoped) return { ...everywhere, scope: null, widened: false };
  const seen = new Set(scoped.results.map((r) => r.id));
  const own = everywhere.results.filter((r) => r.source === 'user' && !seen.has(r.id));
  const results = [...scoped.results, ...own]
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, LIMIT);
  if (results.length > 0 || !query.text.trim()) {
    return { ...scoped, results, scope: scope.label, widened: false };
  }
  return { ...everywhere, scope: null, widened: true };
}

function isUnknownCity(error: unknown): boolean {
  return error instanceof ApiError && error.problem.fields.city !== undefined;
}

export interface RecommendationsResponse {
  results: (PlaceView & { reasons: string[] })[];
  cityIds: string[];
}

export function fetchRecommendations(tripId: string): Promise<RecommendationsResponse> {
  return api<RecommendationsResponse>('GET', `/trips/${tripId}/recommendations?limit=8`);
}

export interface NewTripPlace {
  name: string;
  category: string;
  lat: number;
  lon: number;
  address?: string;
  openingHours?: string;
}

export function addTripPlace(tripId: string, place: NewTripPlace): Promise<PlaceView> {
  return api<PlaceView>('POST', `/trips/${tripId}/places`, place);
}
