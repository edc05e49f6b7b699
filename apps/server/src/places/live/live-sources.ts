import { timezoneAt, type LatLon } from '@caravan/places';
import type { PlacesConfig } from '../../config/sections/places.js';
import type { PlaceInput } from '../model.js';
import { CACHE_TTL_MS, type LiveCache } from './cache.js';
import type { Provenance } from './errors.js';
import { geocode, type GeocodeResult } from './geocoder.js';
import { fetchOverpassPlaces, type OsmPlace } from './overpass.js';
import {
  createResilientHttp,
  type ResilientHttp,
  type ResilientHttpOptions,
} from './resilient-http.js';
import { estimateTravel, fetchRoute, type TravelEstimate, type TravelMode } from './routing.js';
import { fetchClimate, fetchForecast, type WeatherReport } from './weather.js';
import { liveOrOffline, type Sourced } from './with-fallback.js';

type LiveConfig = PlacesConfig['live'];

/** Every optional live source, each with its own breaker, sharing one cache. */
export interface LiveSources {
  http: Partial<
    Record<'overpass' | 'geocoder' | 'weather' | 'climate' | 'routing' | 'fx', ResilientHttp>
  >;
  cache: LiveCache;
  overpassPlaces(center: LatLon & { radiusKm: number; text: string }): Promise<Sourced<OsmPlace[]>>;
  geocode(text: string): Promise<Sourced<GeocodeResult[]>>;
  forecast(point: LatLon, days: number): Promise<Sourced<WeatherReport | null>>;
  climate(
    point: LatLon,
    startDate: string,
    endDate: string,
  ): Promise<Sourced<WeatherReport | null>>;
  travel(from: LatLon, to: LatLon, mode: TravelMode): Promise<Sourced<TravelEstimate>>;
  shutdown(): void;
}

/** An Overpass place as a row of the places table (shared by everyone, no trip). */
export function osmPlaceInput(place: OsmPlace): PlaceInput {
  return {
    id: place.id,
    tripId: null,
    cityId: null,
    source: 'overpass',
    name: place.name,
    aliases: [],
    category: place.category,
    tags: place.tags,
    lat: place.lat,
    lon: place.lon,
    durationMinutes: null,
    priceLevel: null,
    cost: null,
    openingHours: place.openingHours ?? null,
    timezone: timezoneAt(place.lat, place.lon),
    country: null,
    description: [place.cuisine?.replace(/;/g, ', '), place.category].filter(Boolean).join(' '),
    address: place.address ?? null,
    createdBy: null,
  };
}

const round = (value: number, digits = 3) => value.toFixed(digits);

export function createLiveSources(
  config: LiveConfig,
  cache: LiveCache,
  overrides: Partial<Omit<ResilientHttpOptions, 'source'>> = {},
): LiveSources {
  const make = (source: string) =>
    createResilientHttp({
      source,
      timeoutMs: config.timeoutMs,
      retries: config.retries,
      userAgent: config.userAgent,
      ...overrides,
    });
  const http: LiveSources['http'] = {
    ...(config.overpassUrl ? { overpass: make('overpass') } : {}),
    ...(config.geocoder ? { geocoder: make(config.geocoder.kind) } : {}),
    ...(config.openMeteoUrl ? { weather: make('open-meteo') } : {}),
    ...(config.openMeteoClimateUrl ? { climate: make('open-meteo-climate') } : {}),
    ...(config.osrmUrl ? { routing: make('osrm') } : {}),
    ...(config.fxUrl ? { fx: make('fx') } : {}),
  };

  return {
    http,
    cache,
    overpassPlaces(center) {
      const client = http.overpass;
      const url = config.overpassUrl;
      const radiusM = Math.min(center.radiusKm, 5) * 1000;
      return liveOrOffline({
        provider: 'overpass',
        cache,
        key: `${round(center.lat)},${round(center.lon)},${Math.round(radiusM)}`,
        ttlMs: CACHE_TTL_MS.search,
        live:
          client && url
            ? () => fetchOverpassPlaces(client, url, { lat: center.lat, lon: center.lon, radiusM })
            : undefined,
        offline: () => [],
      });
    },
    geocode(text) {
      const client = http.geocoder;
      const geocoder = config.geocoder;
      return liveOrOffline({
        provider: geocoder?.kind ?? 'geocoder',
        cache,
        key: text.trim().toLowerCase(),
        ttlMs: CACHE_TTL_MS.geocode,
        live: client && geocoder ? () => geocode(client, geocoder, text) : undefined,
        offline: () => [],
      });
    },
    forecast(point, days) {
      const client = http.weather;
      const url = config.openMeteoUrl;
      return liveOrOffline<WeatherReport | null>({
        provider: 'open-meteo',
        cache,
        key: `forecast:${round(point.lat, 2)},${round(point.lon, 2)},${days}`,
        ttlMs: CACHE_TTL_MS.weather,
        live: client && url ? () => fetchForecast(client, url, { ...point, days }) : undefined,
        // There is no offline forecast; the reply says so rather than inventing one.
        offline: () => null,
      });
    },
    climate(point, startDate, endDate) {
      const client = http.climate;
      const url = config.openMeteoClimateUrl;
      return liveOrOffline<WeatherReport | null>({
        provider: 'open-meteo-climate',
        cache,
        key: `climate:${round(point.lat, 2)},${round(point.lon, 2)},${startDate},${endDate}`,
        ttlMs: CACHE_TTL_MS.climate,
        live:
          client && url
            ? () => fetchClimate(client, url, { ...point, startDate, endDate })
            : undefined,
        offline: () => null,
      });
    },
    travel(from, to, mode) {
      const client = http.routing;
      const url = config.osrmUrl;
      return liveOrOffline({
        provider: 'osrm',
        cache,
        key: `${mode}:${round(from.lat, 4)},${round(from.lon, 4)};${round(to.lat, 4)},${round(to.lon, 4)}`,
        ttlMs: CACHE_TTL_MS.route,
        live: client && url ? () => fetchRoute(client, url, from, to, mode) : undefined,
        offline: () => estimateTravel(from, to, mode),
      });
    },
    shutdown() {
      for (const client of Object.values(http)) client.shutdown();
    },
  };
}

export type { Provenance };
