import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import type { Places } from '../../places/index.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { tripParamsSchema } from '../trips/schema.js';
import {
  newTripPlaceSchema,
  placeSchema,
  recommendationsQuerySchema,
  recommendationsResponseSchema,
} from './schema.js';

/** A trip's own places and the group's recommendations. */
export const tripPlaceRoutes: FastifyPluginCallbackZod<{
  context: RouteContext;
  places: Places;
}> = (app, { context, places }, done) => {
  const tags = ['places'];

  app.post(
    '/trips/:tripId/places',
    {
      schema: {
        tags,
        summary: 'Add a place of your own to the trip; only this trip can find it',
        params: tripParamsSchema,
        body: newTripPlaceSchema,
        response: { 201: placeSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, context.sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'trip.edit');
      const place = await places.addTripPlace(tripId, user.id, request.body);
      return reply.status(201).send(place);
    },
  );

  app.get(
    '/trips/:tripId/recommendations',
    {
      schema: {
        tags,
        summary: "Places for the group, ranked by members' interests and the trip's plan",
        params: tripParamsSchema,
        querystring: recommendationsQuerySchema,
        response: { 200: recommendationsResponseSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, context.sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'trip.read');
      return places.recommend({
        tripId,
        memberInterests: request.query.interests ?? [],
        categories: request.query.categories,
        limit: request.query.limit,
      });
    },
  );
  done();
};
