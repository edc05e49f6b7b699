import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { PlacesConfig } from '../config/sections/places.js';
import type { DB } from '../db/schema.js';
import type { Embedder } from './embeddings/embedder.js';
import { createLocalEmbedder } from './embeddings/local-embedder.js';
import { createOpenAiEmbedder } from './embeddings/openai-embedder.js';
import {
  createMemoryVectorSearch,
  createPgvectorSearch,
  hasPgvector,
  type VectorSearch,
} from './embeddings/vector-search.js';
import { createFxService, type FxService } from './fx/fx-service.js';
import { createMemoryCache, createRedisCache, type LiveCache } from './live/cache.js';
import type { Clock } from './live/clock.js';
import { createLiveSources, osmPlaceInput, type LiveSources } from './live/live-sources.js';
import { createResilientHttp, type ResilientHttpOptions } from './live/resilient-http.js';
import { embeddingText } from './model.js';
import { recommendPlaces, type RecommendationRequest } from './recommendations.js';
import { createSearchService, type SearchService } from './search/search-service.js';
import { PlacesRepository } from './store/places-repository.js';
import { seedCatalogue } from './store/seed-catalogue.js';
import { addTripPlace, type NewTripPlace } from './trip-places.js';

export interface PlacesDeps {
  db: Kysely<DB>;
  config: PlacesConfig;
  /** Shared cache for live answers when the server runs with Redis. */
  redis?: Redis | undefined;
  /** Tests inject a clock for cache lifetimes and an embedder of their choice. */
  clock?: Clock;
  embedder?: Embedder;
  httpOverrides?: Partial<Omit<ResilientHttpOptions, 'source'>>;
  warn?: (message: string) => void;
}

export interface Places {
  repository: PlacesRepository;
  embedder: Embedder;
  vectors: VectorSearch;
  search: SearchService['search'];
  fx: FxService;
  live: LiveSources;
  cache: LiveCache;
  addTripPlace(
    tripId: string,
    userId: string,
    input: NewTripPlace,
  ): ReturnType<typeof addTripPlace>;
  recommend(request: RecommendationRequest): ReturnType<typeof recommendPlaces>;
  /** Embeds places that have no vector of the current model (all, or just `ids`). */
  index(ids?: readonly string[]): Promise<number>;
  /** Seeds the catalogue (when configured) and indexes it; safe to run at every start. */
  start(): Promise<{ seeded: number; indexed: number }>;
  close(): void;
}

/** Assembles search, live sources and FX for the server from configuration. */
export async function createPlaces(deps: PlacesDeps): Promise<Places> {
  const { db, config } = deps;
  const warn = deps.warn ?? (() => {});
  const repository = new PlacesRepository(db);
  const cache = deps.redis
    ? createRedisCache(deps.redis)
    : createMemoryCache({ clock: deps.clock });
  const live = createLiveSources(config.live, cache, deps.httpOverrides);
  const embedder =
    deps.embedder ??
    (config.embeddings
      ? createOpenAiEmbedder({
          ...config.embeddings,
          http: createResilientHttp({
            source: 'embeddings',
            timeoutMs: config.live.timeoutMs,
            retries: config.live.retries,
            ...deps.httpOverrides,
          }),
        })
      : createLocalEmbedder());
  const pgvector = await hasPgvector(db);
  const vectors = pgvector ? createPgvectorSearch(db) : createMemoryVectorSearch(db);

  async function index(ids?: readonly string[]): Promise<number> {
    const missing = await repository.missingEmbeddings(embedder.model, ids);
    let done = 0;
    for (let start = 0; start < missing.length; start += 64) {
      const batch = missing.slice(start, start + 64);
      try {
        const vectors = await embedder.embed(batch.map(embeddingText));
        await repository.saveEmbeddings(
          embedder.model,
          batch.map((place, i) => ({ placeId: place.id, vector: vectors[i] ?? [] })),
          pgvector,
        );
        done += batch.length;
      } catch (error) {
        // Text search still finds these places; the next start-up retries them.
        warn(`embedding ${batch.length} places failed: ${(error as Error).message}`);
        break;
      }
    }
    return done;
  }

  const { search } = createSearchService({
    repository,
    embedder,
    vectors,
    geocodeAnchor: config.live.geocoder
      ? async (text) => {
          const { data, provenance } = await live.geocode(text);
          const first = data[0];
          return {
            point: first ? { lat: first.lat, lon: first.lon, label: first.displayName } : null,
            provenance,
          };
        }
      : undefined,
    fetchLivePlaces: config.live.overpassUrl
      ? async (center) => {
          const { data, provenance } = await live.overpassPlaces(center);
          if (data.length > 0 && provenance.source === 'live' && !provenance.cached) {
            const written = await repository.upsert(data.map(osmPlaceInput));
            await index(written);
          }
          return provenance;
        }
      : undefined,
  });

  const fx = createFxService({ http: live.http.fx, url: config.live.fxUrl, cache });

  return {
    repository,
    embedder,
    vectors,
    search,
    fx,
    live,
    cache,
    addTripPlace: (tripId, userId, input) =>
      addTripPlace({ repository, index }, tripId, userId, input),
    recommend: (request) => recommendPlaces({ db, repository }, request),
    index,
    async start() {
      const seeded = config.seedCatalogue ? (await seedCatalogue(repository)).written.length : 0;
      const indexed = await index();
      return { seeded, indexed };
    },
    close: () => live.shutdown(),
  };
}
