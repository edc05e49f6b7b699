import { findCity } from '@caravan/catalogue';
import { haversineKm } from '@caravan/places';
import { tripSnapshotSchema, type TripSnapshot } from '@caravan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { PlaceView } from './model.js';
import type { PlacesRepository } from './store/places-repository.js';
import { findTextCandidates } from './store/search-query.js';

export interface Recommendation extends PlaceView {
  score: number;
  /** Interests of the group this place serves, with how many members share each. */
  matchedInterests: { tag: string; members: number }[];
  reasons: string[];
}

export interface RecommendationRequest {
  tripId: string;
  /** One list of interest tags per member (from profiles or the request). */
  memberInterests: readonly (readonly string[])[];
  limit: number;
  categories?: readonly string[] | undefined;
}

/** Reads the trip's plan from its projection; null when it has none yet. */
export async function readTripPlan(db: Kysely<DB>, tripId: string): Promise<TripSnapshot | null> {
  const row = await db
    .selectFrom('trip_projections')
    .select('snapshot')
    .where('trip_id', '=', tripId)
    .executeTakeFirst();
  if (!row) return null;
  const raw: unknown = typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot;
  const parsed = tripSnapshotSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Ranks places for a group: tags shared with more members' interests score higher, categories
 * the plan lacks get a nudge (variety), places near what is already planned get a little more,
 * and places already in the plan are left out.
 */
export async function recommendPlaces(
  deps: { db: Kysely<DB>; repository: PlacesRepository },
  request: RecommendationRequest,
): Promise<{ results: Recommendation[]; cityIds: string[]; planned: number }> {
  const plan = await readTripPlan(deps.db, request.tripId);
  const cityIds = new Set<string>();
  for (const destination of plan?.details.destinations ?? []) {
    const city = findCity(destination.placeId ?? '') ?? findCity(destination.name);
    if (city) cityIds.add(city.id);
  }
  const items = plan ? [...plan.days.flatMap((day) => day.items), ...plan.ideas] : [];
  const plannedIds = new Set(
    items.flatMap((item) => (item.place?.catalogueId ? [item.place.catalogueId] : [])),
  );
  const plannedPoints = items.flatMap((item) => (item.place ? [item.place] : []));
  const plannedPlaces = await deps.repository.byIds([...plannedIds]);
  for (const place of plannedPlaces) if (place.cityId) cityIds.add(place.cityId);
  const plannedCategories = new Set(plannedPlaces.map((place) => place.category));

  const tagCounts = new Map<string, number>();
  for (const interests of request.memberInterests) {
    for (const tag of new Set(interests)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const members = Math.max(1, request.memberInterests.length);

  const candidates: PlaceView[] = [];
  const scopes = cityIds.size > 0 ? [...cityIds] : [undefined];
  for (const cityId of scopes) {
    const hits = await findTextCandidates(
      deps.db,
      undefined,
      { tripId: request.tripId, cityId, categories: request.categories },
      cityId ? 400 : 200,
    );
    candidates.push(...hits.map((hit) => hit.place));
  }

  const results = candidates
    .filter((place) => !plannedIds.has(place.id))
    .map((place): Recommendation => {
      const matchedInterests = place.tags
        .filter((tag) => tagCounts.has(tag))
        .map((tag) => ({ tag, members: tagCounts.get(tag) ?? 0 }))
        .sort((a, b) => b.members - a.members);
      const interest = matchedInterests.reduce((sum, m) => sum + m.members / members, 0);
      const variety =
        plannedCategories.size > 0 && !plannedCategories.has(place.category) ? 0.3 : 0;
      const nearest = plannedPoints.length
        ? Math.min(...plannedPoints.map((point) => haversineKm(point, place)))
        : undefined;
      const closeness = nearest === undefined ? 0 : 0.3 * Math.exp(-nearest / 3);
      const reasons = [
        ...matchedInterests.map((m) => `${m.tag}: ${m.members} of ${members} members`),
        ...(variety > 0 ? [`adds ${place.category} to the plan`] : []),
        ...(nearest !== undefined && nearest < 2
          ? [`${nearest.toFixed(1)} km from a planned stop`]
          : []),
      ];
      return {
        ...place,
        score: Math.round((interest + variety + closeness) * 1000) / 1000,
        matchedInterests,
        reasons,
      };
    })
    .filter((r) => r.matchedInterests.length > 0 || tagCounts.size === 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, request.limit);
  return { results, cityIds: [...cityIds], planned: plannedIds.size };
}
