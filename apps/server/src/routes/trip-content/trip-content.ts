import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemError } from '../../http/problem.js';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { commandsBodySchema, commandsResponseSchema, tripParamsSchema } from './schema.js';
import { tripSnapshotSchema } from '@caravan/core';

/**
 * Trip content over REST: commands go through the live document (connected editors see them at
 * once, and they are in the update log before the response) and reads come from the projection.
 * Refused commands answer with core's stable codes (see http/content-problems.ts).
 */
export const tripContentRoutes: FastifyPluginAsyncZod<{ context: RouteContext }> = (
  app,
  { context },
) => {
  const { sessions, documents } = context;
  const tags = ['trip content'];

  app.post(
    '/trips/:tripId/commands',
    {
      schema: {
        tags,
        summary: 'Apply one command or a batch (all or nothing) to the trip',
        params: tripParamsSchema,
        body: commandsBodySchema,
        response: {
          200: commandsResponseSchema,
          ...problems(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'trip.edit');
      return documents.apply(tripId, user.id, request.body, { role });
    },
  );

  app.get(
    '/trips/:tripId/document',
    {
      schema: {
        tags,
        summary: "The trip's content (its projection, at most a second behind live edits)",
        params: tripParamsSchema,
        response: { 200: tripSnapshotSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'trip.read');
      const snapshot = await documents.read(tripId);
      if (!snapshot) throw new ProblemError('not_found', `trip ${tripId} has no document`);
      return snapshot;
    },
  );
  return Promise.resolve();
};
