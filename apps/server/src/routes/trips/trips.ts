import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { notFound } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { presentSummary, presentTrip } from './present.js';
import {
  createTripBodySchema,
  listTripsQuerySchema,
  patchTripBodySchema,
  tripListSchema,
  tripParamsSchema,
  tripSchema,
  tripSummarySchema,
} from './schema.js';

/** Trips: the row and membership are relational; the content lives in the trip's document. */
export const tripRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, trips, documents, bus } = context;
  const tags = ['trips'];

  app.get(
    '/trips',
    {
      schema: {
        tags,
        summary: 'My trips, soonest first',
        querystring: listTripsQuerySchema,
        response: { 200: tripListSchema, ...problems(400, 401) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { limit, offset } = request.query;
      const [list, total] = await Promise.all([
        trips.listForUser(user.id, limit, offset),
        trips.countForUser(user.id),
      ]);
      return {
        total,
        trips: list.map((trip) => presentSummary(trip, trip.role)),
      };
    },
  );

  app.post(
    '/trips',
    {
      schema: {
        tags,
        summary: 'Create a trip; you become its owner',
        body: createTripBodySchema,
        response: { 201: tripSchema, ...problems(400, 401, 413, 415) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const tripId = await trips.create(user.id);
      try {
        const snapshot = await documents.create(tripId, request.body, user.id);
        return reply.status(201).send(presentTrip(tripId, 'owner', snapshot));
      } catch (error) {
        await trips.discard(tripId);
        throw error;
      }
    },
  );

  app.get(
    '/trips/:tripId',
    {
      schema: {
        tags,
        summary: 'One trip with its full content',
        params: tripParamsSchema,
        response: { 200: tripSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'trip.read');
      const snapshot = await documents.read(tripId);
      if (!snapshot) throw notFound(`trip ${tripId}`);
      return presentTrip(tripId, role, snapshot);
    },
  );

  app.get(
    '/trips/:tripId/summary',
    {
      schema: {
        tags,
        summary: "One trip's title and dates, without its content (what a page heading needs)",
        params: tripParamsSchema,
        response: { 200: tripSummarySchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'trip.read');
      const trip = await trips.summary(tripId);
      if (!trip) throw notFound(`trip ${tripId}`);
      return presentSummary(trip, role);
    },
  );

  app.patch(
    '/trips/:tripId',
    {
      schema: {
        tags,
        summary: "Change any of the trip's details (live: connected editors see it at once)",
        params: tripParamsSchema,
        body: patchTripBodySchema,
        response: { 200: tripSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'trip.edit');
      const { snapshot } = await documents.apply(tripId, user.id, {
        type: 'updateTripDetails',
        patch: request.body,
      });
      return presentTrip(tripId, role, snapshot);
    },
  );

  app.delete(
    '/trips/:tripId',
    {
      schema: {
        tags,
        summary: 'Delete the trip for everyone (owner only)',
        params: tripParamsSchema,
        response: { 204: noContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'trip.delete');
      if (!(await trips.markDeleted(tripId))) throw notFound(`trip ${tripId}`);
      await documents.remove(tripId);
      await bus.publish({ type: 'trip.deleted', tripId });
      return reply.status(204).send(null);
    },
  );
  done();
};
