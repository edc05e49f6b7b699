import { gazetteer } from '@caravan/places';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../../http/problem-schema.js';
import type { Places } from '../../places/index.js';
import type { RouteContext } from '../context.js';
import {
  provenanceSchema,
  resolveQuerySchema,
  travelQuerySchema,
  weatherQuerySchema,
} from './schema.js';

const weatherDay = z.object({
  date: z.string(),
  maxC: z.number().nullable(),
  minC: z.number().nullable(),
  precipitationMm: z.number().nullable(),
  precipitationChance: z.number().nullable(),
  code: z.number().nullable(),
});

/** Geocoding, weather and travel times: live when configured, offline otherwise. */
export const travelDataRoutes: FastifyPluginCallbackZod<{
  context: RouteContext;
  places: Places;
}> = (app, { places }, done) => {
  const tags = ['places'];

  app.get(
    '/places/resolve',
    {
      schema: {
        tags,
        summary:
          'Resolve a city name, local name or airport code (offline gazetteer, then geocoder)',
        querystring: resolveQuerySchema,
        response: {
          200: z.object({
            results: z.array(
              z.object({
                name: z.string(),
                lat: z.number(),
                lon: z.number(),
                country: z.string().nullable(),
                timezone: z.string().nullable(),
                currency: z.string().nullable(),
                population: z.number().nullable(),
                catalogueCityId: z.string().nullable(),
                via: z.enum(['gazetteer', 'geocoder']),
              }),
            ),
            provenance: provenanceSchema,
          }),
          ...problems(400),
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const offline = gazetteer.resolvePlaces(q, limit).map((city) => ({
        name: city.name,
        lat: city.lat,
        lon: city.lon,
        country: city.country,
        timezone: city.timezone,
        currency: city.currency ?? null,
        population: city.population,
        catalogueCityId: city.catalogueCityId ?? null,
        via: 'gazetteer' as const,
      }));
      if (offline.length > 0)
        return { results: offline, provenance: { source: 'offline' as const, degraded: false } };
      const { data, provenance } = await places.live.geocode(q);
      return {
        results: data.slice(0, limit).map((hit) => ({
          name: hit.name,
          lat: hit.lat,
          lon: hit.lon,
          country: hit.country ?? null,
          timezone: null,
          currency: null,
          population: null,
          catalogueCityId: null,
          via: 'geocoder' as const,
        })),
        provenance,
      };
    },
  );

  app.get(
    '/places/weather',
    {
      schema: {
        tags,
        summary: 'Daily forecast at a point (Open-Meteo when configured)',
        querystring: weatherQuerySchema,
        response: {
          200: z.object({
            forecast: z.object({ timezone: z.string(), days: z.array(weatherDay) }).nullable(),
            provenance: provenanceSchema,
          }),
          ...problems(400),
        },
      },
    },
    async (request) => {
      const { data, provenance } = await places.live.forecast(
        request.query.near,
        request.query.days,
      );
      return { forecast: data, provenance };
    },
  );

  app.get(
    '/places/travel-time',
    {
      schema: {
        tags,
        summary: 'Travel time between two points (OSRM when configured, else an estimate)',
        querystring: travelQuerySchema,
        response: {
          200: z.object({
            distanceKm: z.number(),
            durationMinutes: z.number(),
            mode: z.string(),
            provenance: provenanceSchema,
          }),
          ...problems(400),
        },
      },
    },
    async (request) => {
      const { from, to, mode } = request.query;
      const { data, provenance } = await places.live.travel(from, to, mode);
      return { ...data, mode, provenance };
    },
  );
  done();
};
