import type {} from '@fastify/rate-limit';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../auth/index.js';
import { ProblemError } from '../../http/problem.js';
import { noContent, problems } from '../../http/problem-schema.js';
import { clearSessionCookie, currentSession, setSessionCookie } from '../../http/session.js';
import type { RouteContext } from '../context.js';
import { signInBodySchema, signUpBodySchema, signedInSchema } from './schema.js';

/** Sign-up, sign-in and sign-out. Both entry points are rate-limited per client. */
export const authRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  const { sessions, users, cookies } = context;
  const limit = context.config.auth.signinRateLimitPerMinute;
  const tags = ['auth'];

  app.post(
    '/auth/signup',
    {
      config: { rateLimit: { max: limit * 3, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Create an account and sign in',
        body: signUpBodySchema,
        response: { 201: signedInSchema, ...problems(400, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { email, name, password } = request.body;
      const user = await users.create({ email, name, passwordHash: await hashPassword(password) });
      if (!user) throw new ProblemError('email_taken', `${email} already has an account`);
      const session = await sessions.create(user.id, request.headers['user-agent']);
      setSessionCookie(request, reply, cookies, session.token);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/auth/signin',
    {
      config: {
        rateLimit: {
          max: limit,
          timeWindow: 60_000,
          // After parsing, so the key can include the email.
          hook: 'preHandler',
          // Per client and account: one noisy account does not lock out a shared office IP.
          keyGenerator: (request) => `${request.ip}:${emailKey(request.body)}`,
        },
      },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInBodySchema,
        response: { 200: signedInSchema, ...problems(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const found = await users.findByEmail(email);
      const valid = await verifyPassword(
        found?.password_hash ?? (await dummyPasswordHash()),
        password,
      );
      if (!found || !valid) throw new ProblemError('invalid_credentials');
      const session = await sessions.create(found.id, request.headers['user-agent']);
      setSessionCookie(request, reply, cookies, session.token);
      return { user: { id: found.id, email: found.email, name: found.name } };
    },
  );

  app.post(
    '/auth/signout',
    { schema: { tags, summary: 'Sign out of this session', response: { 204: noContent } } },
    async (request, reply) => {
      const session = await currentSession(request, sessions);
      if (session) await sessions.revoke(session.user.id, session.sessionId);
      clearSessionCookie(request, reply, cookies);
      return reply.status(204).send(null);
    },
  );
  done();
};

function emailKey(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}
