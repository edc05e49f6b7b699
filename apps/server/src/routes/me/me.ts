import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { ProblemError } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { clearSessionCookie, requireSession } from '../../http/session.js';
import type { RouteContext } from '../context.js';
import { meSchema, sessionListSchema, sessionParamsSchema } from './schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user and their sessions (list and revoke, e.g. a lost phone). */
export const meRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, cookies } = context;
  const tags = ['me'];

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user',
        response: { 200: meSchema, ...problems(401) },
      },
    },
    async (request) => {
      const session = await requireSession(request, sessions);
      return { user: session.user, sessionId: session.sessionId };
    },
  );

  app.get(
    '/me/sessions',
    {
      schema: {
        tags,
        summary: 'My live sessions',
        response: { 200: sessionListSchema, ...problems(401) },
      },
    },
    async (request) => {
      const session = await requireSession(request, sessions);
      const list = await sessions.list(session.user.id);
      return {
        sessions: list.map((item) => ({
          id: item.id,
          userAgent: item.userAgent,
          createdAt: item.createdAt.toISOString(),
          lastSeenAt: item.lastSeenAt.toISOString(),
          expiresAt: item.expiresAt.toISOString(),
          current: item.id === session.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/me/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Revoke one of my sessions (signs that device out at once)',
        params: sessionParamsSchema,
        response: { 204: noContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const session = await requireSession(request, sessions);
      const { sessionId } = request.params;
      const revoked = UUID.test(sessionId) && (await sessions.revoke(session.user.id, sessionId));
      if (!revoked) throw new ProblemError('not_found', `session ${sessionId} not found`);
      if (sessionId === session.sessionId) clearSessionCookie(request, reply, cookies);
      return reply.status(204).send(null);
    },
  );
  done();
};
