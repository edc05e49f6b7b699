import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { generateToken, hashToken } from '../../auth/index.js';
import { notFound } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { tripParamsSchema } from '../trips/schema.js';
import { presentPublicTrip } from './present.js';
import {
  PUBLIC_TOKEN,
  createdPublicLinkSchema,
  publicTokenParamsSchema,
  publicTripSchema,
} from './schema.js';

/**
 * Public read-only links: one per trip, a random token shown once and stored as a hash. Whoever
 * may manage invites may share the trip this way; reading needs no account.
 */
export const publicLinkRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, documents, db } = context;
  const tags = ['public links'];

  app.post(
    '/trips/:tripId/public-link',
    {
      schema: {
        tags,
        summary: 'Create the public read-only link (replaces the previous one)',
        params: tripParamsSchema,
        response: { 201: createdPublicLinkSchema, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'invites.manage');
      const token = generateToken();
      const tokenHash = hashToken(token);
      // One row per trip: the upsert swaps the hash, so the old link stops working at once.
      await db
        .insertInto('trip_public_links')
        .values({ trip_id: tripId, token_hash: tokenHash, created_by: user.id })
        .onConflict((oc) =>
          oc.column('trip_id').doUpdateSet({
            token_hash: tokenHash,
            created_by: user.id,
            created_at: new Date(),
          }),
        )
        .execute();
      return reply.status(201).send({ token, url: `/p/${token}` });
    },
  );

  app.delete(
    '/trips/:tripId/public-link',
    {
      schema: {
        tags,
        summary: 'Revoke the public read-only link',
        params: tripParamsSchema,
        response: { 204: noContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'invites.manage');
      await db.deleteFrom('trip_public_links').where('trip_id', '=', tripId).execute();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/public/:token',
    {
      schema: {
        tags,
        summary: 'The trip behind a public link, read-only and without private details',
        params: publicTokenParamsSchema,
        response: { 200: publicTripSchema, ...problems(404) },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      if (!PUBLIC_TOKEN.test(token)) throw notFound('public link');
      const link = await db
        .selectFrom('trip_public_links')
        .innerJoin('trips', 'trips.id', 'trip_public_links.trip_id')
        .select('trip_public_links.trip_id')
        .where('trip_public_links.token_hash', '=', hashToken(token))
        .where('trips.deleted_at', 'is', null)
        .executeTakeFirst();
      if (!link) throw notFound('public link');
      const snapshot = await documents.read(link.trip_id);
      if (!snapshot) throw notFound('public link');
      // Shared caches must not keep a trip after its link is revoked.
      reply.header('cache-control', 'private, no-store');
      return presentPublicTrip(snapshot);
    },
  );
  done();
};
