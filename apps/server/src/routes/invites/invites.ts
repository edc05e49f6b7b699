import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { generateToken, hashToken } from '../../auth/index.js';
import type { InviteRow } from '../../db/tables/accounts.js';
import { ProblemError, notFound } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { tripParamsSchema } from '../trips/schema.js';
import { inviteStatus, presentInvite } from './present.js';
import {
  acceptedInviteSchema,
  createInviteBodySchema,
  createdInviteSchema,
  inviteListSchema,
  inviteParamsSchema,
  invitePreviewSchema,
  tokenParamsSchema,
} from './schema.js';

/** Invite links: a random token shown once, stored as a hash, with a role and an expiry. */
export const inviteRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, invites, members, memberships, bus, db } = context;
  const tags = ['invites'];

  app.post(
    '/trips/:tripId/invites',
    {
      schema: {
        tags,
        summary: 'Create an invite link (the token is shown only in this response)',
        params: tripParamsSchema,
        body: createInviteBodySchema,
        response: { 201: createdInviteSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'invites.manage');
      const token = generateToken();
      const invite = await invites.create({
        tripId,
        tokenHash: hashToken(token),
        role: request.body.role,
        createdBy: user.id,
        expiresAt: new Date(Date.now() + request.body.expiresInHours * 3_600_000),
      });
      const url = `${context.config.server.publicUrl}/invite/${token}`;
      return reply.status(201).send({ ...presentInvite(invite), token, url });
    },
  );

  app.get(
    '/trips/:tripId/invites',
    {
      schema: {
        tags,
        summary: "The trip's invite links (without their tokens)",
        params: tripParamsSchema,
        response: { 200: inviteListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'invites.read');
      return { invites: (await invites.listForTrip(tripId)).map(presentInvite) };
    },
  );

  app.delete(
    '/trips/:tripId/invites/:inviteId',
    {
      schema: {
        tags,
        summary: 'Revoke an invite link',
        params: inviteParamsSchema,
        response: { 204: noContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, sessions);
      const { tripId, inviteId } = request.params;
      await authorizeTrip(context, tripId, user.id, 'invites.manage');
      const revoked = /^[0-9a-f-]{36}$/i.test(inviteId) && (await invites.revoke(tripId, inviteId));
      if (!revoked) throw notFound(`active invite ${inviteId}`);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/invites/:token',
    {
      schema: {
        tags,
        summary: 'What an invite link leads to (before accepting it)',
        params: tokenParamsSchema,
        response: { 200: invitePreviewSchema, ...problems(404) },
      },
    },
    async (request) => {
      const invite = await findInvite(request.params.token);
      const title = await db
        .selectFrom('trip_projections')
        .select('title')
        .where('trip_id', '=', invite.trip_id)
        .executeTakeFirst();
      return {
        tripId: invite.trip_id,
        tripTitle: title?.title ?? '',
        role: invite.role,
        status: inviteStatus(invite),
        expiresAt: invite.expires_at.toISOString(),
      };
    },
  );

  app.post(
    '/invites/:token/accept',
    {
      schema: {
        tags,
        summary: 'Join the trip with an invite link',
        params: tokenParamsSchema,
        response: { 200: acceptedInviteSchema, ...problems(401, 404, 410) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const invite = await findInvite(request.params.token);
      const existing = await memberships.getRole(invite.trip_id, user.id);
      // Already a member: keep the role and leave the link for whoever it was meant for.
      if (existing) return { tripId: invite.trip_id, role: existing };
      refuseUnusable(invite);
      if (!(await invites.markAccepted(invite.id, user.id))) {
        const fresh = await invites.findByTokenHash(invite.token_hash);
        refuseUnusable(fresh ?? invite, true);
      }
      const role = await members.add(invite.trip_id, user.id, invite.role);
      await bus.publish({
        type: 'membership.changed',
        tripId: invite.trip_id,
        userId: user.id,
        role,
      });
      return { tripId: invite.trip_id, role };
    },
  );

  /** The invite behind a token, if its trip still exists. */
  async function findInvite(token: string): Promise<InviteRow> {
    const invite = await invites.findByTokenHash(hashToken(token));
    if (!invite) throw notFound('invite');
    const trip = await db
      .selectFrom('trips')
      .select('id')
      .where('id', '=', invite.trip_id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!trip) throw notFound('invite');
    return invite;
  }
  done();
};

function refuseUnusable(invite: InviteRow, lostRace = false): void {
  const status = inviteStatus(invite);
  switch (status) {
    case 'active':
      if (lostRace) throw new ProblemError('invite_used');
      return;
    case 'expired':
      throw new ProblemError('invite_expired', `expired at ${invite.expires_at.toISOString()}`);
    case 'revoked':
      throw new ProblemError('invite_revoked');
    case 'used':
      throw new ProblemError('invite_used');
  }
}
