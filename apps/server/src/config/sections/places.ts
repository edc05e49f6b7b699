import { z } from 'zod';
import { booleanFlag, integerInRange } from '../parsers.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });

/** Place search, embeddings and the optional live sources (each enabled by its URL). */
export const placesSection = z
  .object({
    PLACES_SEED_CATALOGUE: booleanFlag.default(true),
    EMBEDDINGS_URL: httpUrl.optional(),
    EMBEDDINGS_KEY: z.string().min(1).optional(),
    EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
    OVERPASS_URL: httpUrl.optional(),
    GEOCODER_URL: httpUrl.optional(),
    GEOCODER_KIND: z.enum(['nominatim', 'photon']).default('nominatim'),
    OPEN_METEO_URL: httpUrl.optional(),
    OPEN_METEO_CLIMATE_URL: httpUrl.optional(),
    OSRM_URL: httpUrl.optional(),
    FX_URL: httpUrl.optional(),
    LIVE_TIMEOUT_MS: integerInRange(100, 60_000).default(4000),
    LIVE_RETRIES: integerInRange(0, 5).default(2),
    LIVE_USER_AGENT: z.string().min(1).default('Caravan travel planner (self-hosted)'),
  })
  .transform((env) => ({
    seedCatalogue: env.PLACES_SEED_CATALOGUE,
    embeddings: env.EMBEDDINGS_URL
      ? { url: env.EMBEDDINGS_URL, key: env.EMBEDDINGS_KEY, model: env.EMBEDDINGS_MODEL }
      : undefined,
    live: {
      overpassUrl: env.OVERPASS_URL,
      geocoder: env.GEOCODER_URL ? { url: env.GEOCODER_URL, kind: env.GEOCODER_KIND } : undefined,
      openMeteoUrl: env.OPEN_METEO_URL,
      openMeteoClimateUrl: env.OPEN_METEO_CLIMATE_URL,
      osrmUrl: env.OSRM_URL,
      fxUrl: env.FX_URL,
      timeoutMs: env.LIVE_TIMEOUT_MS,
      retries: env.LIVE_RETRIES,
      userAgent: env.LIVE_USER_AGENT,
    },
  }));

export type PlacesConfig = z.output<typeof placesSection>;
