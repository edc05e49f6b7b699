import { CommandError, type CommandInput } from '@caravan/core';
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { readSessionToken } from '../../auth/index.js';
import type { MembershipLookup, SessionLookup } from '../../collab/ports.js';
import { TripNotFoundError, type TripDocuments } from '../../documents/index.js';
import { can, type TripAction, type TripRole } from '../../policies/index.js';
import { commandProblem, problem, type Problem } from './problems.js';
import { commandsBodySchema, tripParamsSchema } from './schema.js';

export interface TripContentOptions {
  documents: TripDocuments;
  sessions: SessionLookup;
  memberships: MembershipLookup;
}

function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/**
 * Trip content over REST: commands go through the live document (connected editors see them at
 * once) and reads come from the projection.
 */
export const tripContentRoutes: FastifyPluginCallback<TripContentOptions> = (
  app,
  options,
  done,
) => {
  const { documents, sessions, memberships } = options;

  /** The member behind the request, if allowed the action; otherwise the problem was sent. */
  async function authorize(
    request: FastifyRequest,
    reply: FastifyReply,
    action: TripAction,
  ): Promise<{ tripId: string; userId: string; role: TripRole } | null> {
    const params = tripParamsSchema.safeParse(request.params);
    if (!params.success) {
      sendProblem(
        reply,
        problem(400, 'invalid_trip_id', 'Invalid trip id', 'tripId: expected a UUID'),
      );
      return null;
    }
    const session = await sessions.resolve(readSessionToken(request.headers.cookie));
    if (!session) {
      sendProblem(reply, problem(401, 'unauthenticated', 'Sign in first'));
      return null;
    }
    const { tripId } = params.data;
    const role = await memberships.getRole(tripId, session.user.id);
    // Non-members learn nothing about whether the trip exists.
    if (!role) {
      sendProblem(reply, problem(404, 'trip_not_found', 'Trip not found'));
      return null;
    }
    if (!can(role, action)) {
      sendProblem(reply, problem(403, 'forbidden', `A ${role} may not do this`));
      return null;
    }
    return { tripId, userId: session.user.id, role };
  }

  app.post('/api/v1/trips/:tripId/commands', async (request, reply) => {
    const who = await authorize(request, reply, 'trip.edit');
    if (!who) return reply;
    const body = commandsBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendProblem(
        reply,
        problem(
          400,
          'invalid_command',
          'Invalid command',
          'body: expected a command object or an array of 1 to 100 commands',
        ),
      );
    }
    try {
      const result = await documents.apply(
        who.tripId,
        who.userId,
        body.data as CommandInput | CommandInput[],
        { role: who.role },
      );
      return reply.send(result);
    } catch (error) {
      if (error instanceof CommandError) return sendProblem(reply, commandProblem(error));
      if (error instanceof TripNotFoundError) {
        return sendProblem(reply, problem(404, 'trip_not_found', 'Trip not found'));
      }
      throw error;
    }
  });

  app.get('/api/v1/trips/:tripId/document', async (request, reply) => {
    const who = await authorize(request, reply, 'trip.read');
    if (!who) return reply;
    const snapshot = await documents.read(who.tripId);
    if (!snapshot) return sendProblem(reply, problem(404, 'trip_not_found', 'Trip not found'));
    return reply.send(snapshot);
  });
  done();
};
