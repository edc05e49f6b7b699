import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { ProblemError, notFound } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { tripParamsSchema } from '../trips/schema.js';
import {
  memberListSchema,
  memberParamsSchema,
  patchMemberBodySchema,
  transferBodySchema,
} from './schema.js';

/** Members of a trip: list, change role, remove, leave, hand over ownership. */
export const memberRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, memberships, members, bus } = context;
  const tags = ['members'];

  const listMembers = async (tripId: string) => ({
    members: (await memberships.list(tripId)).map((member) => ({
      ...member,
      joinedAt: member.joinedAt.toISOString(),
    })),
  });

  app.get(
    '/trips/:tripId/members',
    {
      schema: {
        tags,
        summary: 'Members of the trip and their roles',
        params: tripParamsSchema,
        response: { 200: memberListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      await authorizeTrip(context, request.params.tripId, user.id, 'members.read');
      return listMembers(request.params.tripId);
    },
  );

  app.patch(
    '/trips/:tripId/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role (owner only)",
        params: memberParamsSchema,
        body: patchMemberBodySchema,
        response: { 200: memberListSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId, userId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'members.manage');
      const current = await memberRole(tripId, userId);
      if (current === 'owner') {
        throw new ProblemError('conflict', "the owner's role changes only by transfer-ownership");
      }
      await members.setRole(tripId, userId, request.body.role);
      await bus.publish({ type: 'membership.changed', tripId, userId, role: request.body.role });
      return listMembers(tripId);
    },
  );

  app.delete(
    '/trips/:tripId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member (owner only); they are disconnected at once',
        params: memberParamsSchema,
        response: { 204: noContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId, userId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'members.manage');
      if ((await memberRole(tripId, userId)) === 'owner') {
        throw new ProblemError('conflict', 'the owner cannot be removed; transfer ownership first');
      }
      await members.remove(tripId, userId);
      await bus.publish({ type: 'membership.changed', tripId, userId, role: null });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/trips/:tripId/leave',
    {
      schema: {
        tags,
        summary: 'Leave the trip (the owner must transfer ownership first)',
        params: tripParamsSchema,
        response: { 204: noContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'trip.read');
      if (role === 'owner') {
        throw new ProblemError('conflict', 'the owner must transfer ownership before leaving');
      }
      await authorizeTrip(context, tripId, user.id, 'trip.leave');
      await members.remove(tripId, user.id);
      await bus.publish({ type: 'membership.changed', tripId, userId: user.id, role: null });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/trips/:tripId/transfer-ownership',
    {
      schema: {
        tags,
        summary: 'Make another member the owner; you become an editor',
        params: tripParamsSchema,
        body: transferBodySchema,
        response: { 200: memberListSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const newOwner = request.body.userId;
      await authorizeTrip(context, tripId, user.id, 'ownership.transfer');
      if (newOwner === user.id) throw new ProblemError('conflict', 'you already own this trip');
      await memberRole(tripId, newOwner);
      await members.transferOwnership(tripId, user.id, newOwner);
      await bus.publish({ type: 'membership.changed', tripId, userId: newOwner, role: 'owner' });
      await bus.publish({ type: 'membership.changed', tripId, userId: user.id, role: 'editor' });
      return listMembers(tripId);
    },
  );

  /** The role of a member of the trip, or a 404 naming them. */
  async function memberRole(tripId: string, userId: string) {
    const role = /^[0-9a-f-]{36}$/i.test(userId) ? await memberships.getRole(tripId, userId) : null;
    if (!role) throw notFound(`member ${userId}`);
    return role;
  }
  done();
};
