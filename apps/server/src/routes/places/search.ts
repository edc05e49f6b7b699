import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import type { Places } from '../../places/index.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { searchQuerySchema, searchResponseSchema } from './schema.js';

/** GET /places/search: one endpoint for text, typo, accent, radius, open-at and semantic search. */
export const placeSearchRoutes: FastifyPluginCallbackZod<{
  context: RouteContext;
  places: Places;
}> = (app, { context, places }, done) => {
  app.get(
    '/places/search',
    {
      schema: {
        tags: ['places'],
        summary:
          'Search places by text, near a point or in a city, by category, tag and opening time',
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const query = request.query;
      let tripId: string | null = null;
      if (query.tripId) {
        const { user } = await requireSession(request, context.sessions);
        await authorizeTrip(context, query.tripId, user.id, 'trip.read');
        tripId = query.tripId;
      }
      const response = await places.search({
        q: query.q,
        near: query.near,
        radiusKm: query.radiusKm,
        cityId: query.city,
        categories: query.categories,
        tags: query.tags,
        openAt: query.openAt,
        limit: query.limit,
        mode: query.mode,
        tripId,
      });
      const failed = Object.values(response.live).find((p) => p.degraded);
      const usedLive = Object.values(response.live).some((p) => p.source === 'live');
      return {
        ...response,
        source: usedLive ? ('live' as const) : ('offline' as const),
        degraded: failed !== undefined,
        ...(failed && failed.source === 'offline' && failed.reason
          ? { reason: failed.reason }
          : {}),
      };
    },
  );
  done();
};
