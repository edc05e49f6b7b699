import { findCity } from '@caravan/catalogue';
import { gazetteer, haversineKm } from '@caravan/places';
import type { Embedder } from '../embeddings/embedder.js';
import type { VectorSearch } from '../embeddings/vector-search.js';
import type { Provenance } from '../live/errors.js';
import type { PlaceView } from '../model.js';
import type { PlacesRepository } from '../store/places-repository.js';
import { findTextCandidates, type PlaceFilters } from '../store/search-query.js';
import { openAt } from './open-at.js';
import { parseSearchText } from './parse-query.js';

export type SearchMode = 'hybrid' | 'text' | 'semantic';

export interface SearchRequest {
  q?: string | undefined;
  near?: { lat: number; lon: number } | undefined;
  radiusKm?: number | undefined;
  cityId?: string | undefined;
  categories?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  openAt?: Date | 'now' | undefined;
  limit: number;
  mode?: SearchMode;
  /** A trip whose own places are searched too (membership checked by the caller). */
  tripId: string | null;
}

export interface SearchHit extends PlaceView {
  score: number;
  distanceKm: number | null;
  /** Open at the requested instant; null when no instant was asked. */
  open: boolean | null;
  match: { text: number; semantic: number };
}

export interface SearchResponse {
  results: SearchHit[];
  interpreted: {
    text: string;
    near: { lat: number; lon: number; radiusKm: number; label: string } | null;
    cityId: string | null;
    openAt: string | null;
    anchor: {
      text: string;
      resolvedAs: 'city' | 'place' | 'gazetteer' | 'geocoder' | 'unresolved';
    } | null;
  };
  semantic: { used: boolean; model: string; index: VectorSearch['kind']; reason?: string };
  live: Record<string, Provenance>;
}

/** Something that can find a place by name online (the configured geocoder), or nothing. */
export type AnchorGeocoder = (
  text: string,
) => Promise<{ point: { lat: number; lon: number; label: string } | null; provenance: Provenance }>;

/** Adds live places (Overpass) around a point before the database search, when configured. */
export type LivePlaceFetcher = (center: {
  lat: number;
  lon: number;
  radiusKm: number;
  text: string;
}) => Promise<Provenance>;

export interface SearchDeps {
  repository: PlacesRepository;
  embedder: Embedder;
  vectors: VectorSearch;
  geocodeAnchor?: AnchorGeocoder | undefined;
  fetchLivePlaces?: LivePlaceFetcher | undefined;
  now?: () => Date;
}

const DEFAULT_RADIUS_KM = 5;
const PLACE_ANCHOR_RADIUS_KM = 2;
const CITY_ANCHOR_RADIUS_KM = 15;
const MIN_SEMANTIC_ONLY = 0.3;

export function createSearchService(deps: SearchDeps) {
  const now = deps.now ?? (() => new Date());

  async function resolveAnchor(
    anchor: { text: string; kind: 'near' | 'in' },
    request: SearchRequest,
    live: Record<string, Provenance>,
  ): Promise<{
    near?: { lat: number; lon: number; radiusKm: number; label: string };
    cityId?: string;
    resolvedAs: 'city' | 'place' | 'gazetteer' | 'geocoder' | 'unresolved';
  }> {
    const city = findCity(anchor.text);
    if (city) return { cityId: city.id, resolvedAs: 'city' };
    if (anchor.kind === 'near') {
      const [place] = await findTextCandidates(
        deps.repository.db,
        anchor.text,
        { tripId: request.tripId, cityId: request.cityId },
        1,
      );
      if (place && place.textScore >= 1) {
        const radiusKm = request.radiusKm ?? PLACE_ANCHOR_RADIUS_KM;
        const { lat, lon, name } = place.place;
        return { near: { lat, lon, radiusKm, label: name }, resolvedAs: 'place' };
      }
    }
    const resolved = gazetteer.resolvePlace(anchor.text);
    if (resolved) {
      const radiusKm = request.radiusKm ?? CITY_ANCHOR_RADIUS_KM;
      if (resolved.catalogueCityId) return { cityId: resolved.catalogueCityId, resolvedAs: 'city' };
      return {
        near: { lat: resolved.lat, lon: resolved.lon, radiusKm, label: resolved.name },
        resolvedAs: 'gazetteer',
      };
    }
    if (deps.geocodeAnchor && anchor.kind === 'near') {
      const found = await deps.geocodeAnchor(anchor.text);
      live.geocoder = found.provenance;
      if (found.point) {
        const radiusKm = request.radiusKm ?? PLACE_ANCHOR_RADIUS_KM;
        return { near: { ...found.point, radiusKm }, resolvedAs: 'geocoder' };
      }
    }
    return { resolvedAs: 'unresolved' };
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const live: Record<string, Provenance> = {};
    const parsed = parseSearchText(request.q ?? '');
    let text = parsed.text;
    let near = request.near
      ? { ...request.near, radiusKm: request.radiusKm ?? DEFAULT_RADIUS_KM, label: 'point' }
      : undefined;
    let cityId = request.cityId;
    let anchorInfo: SearchResponse['interpreted']['anchor'] = null;
    if (parsed.anchor) {
      const anchor = await resolveAnchor(parsed.anchor, request, live);
      anchorInfo = { text: parsed.anchor.text, resolvedAs: anchor.resolvedAs };
      if (anchor.resolvedAs === 'unresolved') {
        // Not a place we know: the words were part of the name ("Museum in the Park").
        text =
          parsed.anchor.kind === 'in' ? (request.q ?? '').trim() : `${text} ${parsed.anchor.text}`;
      }
      near = anchor.near ?? near;
      cityId = anchor.cityId ?? cityId;
    }
    const instant = parsed.openNow ? now() : request.openAt === 'now' ? now() : request.openAt;
    const filters: PlaceFilters = {
      near,
      cityId,
      categories: request.categories,
      tags: request.tags,
      tripId: request.tripId,
    };

    if (deps.fetchLivePlaces && near) {
      live.overpass = await deps.fetchLivePlaces({ ...near, text });
    }

    const mode = request.mode ?? 'hybrid';
    const pool = Math.min(200, request.limit * (instant ? 5 : 2));
    const textHits =
      mode === 'semantic' && text
        ? []
        : await findTextCandidates(deps.repository.db, text || undefined, filters, pool);
    let semanticHits: { id: string; similarity: number }[] = [];
    const semantic: SearchResponse['semantic'] = {
      used: false,
      model: deps.embedder.model,
      index: deps.vectors.kind,
    };
    if (text && mode !== 'text') {
      try {
        const [vector] = await deps.embedder.embed([text]);
        if (vector) {
          semanticHits = await deps.vectors.nearest(deps.embedder.model, vector, filters, pool);
          semantic.used = true;
        }
      } catch (error) {
        semantic.reason = error instanceof Error ? error.message : String(error);
      }
    }

    const scores = new Map<string, { text: number; semantic: number }>();
    for (const hit of textHits) scores.set(hit.id, { text: hit.textScore, semantic: 0 });
    for (const hit of semanticHits) {
      const entry = scores.get(hit.id);
      if (entry) entry.semantic = hit.similarity;
      else if (hit.similarity >= MIN_SEMANTIC_ONLY || mode === 'semantic') {
        scores.set(hit.id, { text: 0, semantic: hit.similarity });
      }
    }
    const center = near ?? undefined;
    const known = new Map(textHits.map((hit) => [hit.id, hit.place]));
    const missing = [...scores.keys()].filter((id) => !known.has(id));
    const views = [...known.values(), ...(await deps.repository.byIds(missing))];
    const hits: SearchHit[] = views.map((view) => {
      const match = scores.get(view.id) ?? { text: 0, semantic: 0 };
      const distanceKm = center ? Math.round(haversineKm(center, view) * 1000) / 1000 : null;
      const proximity = center && distanceKm !== null ? Math.exp(-distanceKm / center.radiusKm) : 0;
      const score = text
        ? match.text + 0.6 * Math.max(0, match.semantic) + 0.25 * proximity
        : proximity;
      return {
        ...view,
        score: Math.round(score * 10_000) / 10_000,
        distanceKm,
        open: instant ? openAt(view, instant) : null,
        match: {
          text: Math.round(match.text * 10_000) / 10_000,
          semantic: Math.round(match.semantic * 10_000) / 10_000,
        },
      };
    });
    const ranked = hits
      .filter((hit) => hit.open !== false)
      .sort(
        (a, b) =>
          b.score - a.score ||
          (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
          a.id.localeCompare(b.id),
      )
      .slice(0, request.limit);
    return {
      results: ranked,
      interpreted: {
        text,
        near: near ?? null,
        cityId: cityId ?? null,
        openAt: instant ? instant.toISOString() : null,
        anchor: anchorInfo,
      },
      semantic,
      live,
    };
  }

  return { search };
}

export type SearchService = ReturnType<typeof createSearchService>;
