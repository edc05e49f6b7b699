import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { ProblemError } from './problem.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Reuses a caller's (or proxy's) request id when it is sane, else makes one. */
export function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Cross-cutting HTTP plugins: security headers, cookies, rate limits, lenient empty JSON. */
export async function registerHttpPlugins(
  app: FastifyInstance,
  options: { redisUrl?: string | undefined },
): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  // The pages and the API docs use inline scripts; the web app sets its own policy.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);

  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        connectTimeout: 1000,
        maxRetriesPerRequest: 1,
        lazyConnect: true,
      })
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'rate-limit store error'));
    await redis.connect();
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => undefined);
    });
  }
  // Only routes that opt in (sign-in, sign-up) are limited; with Redis, across instances.
  await app.register(fastifyRateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'caravan:ratelimit:' } : {}),
    errorResponseBuilder: (_request, context) =>
      new ProblemError('rate_limited', `too many attempts; try again in ${context.after}`),
  });

  // A JSON content type with an empty body (common from fetch helpers) counts as no body.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request, body: string | Buffer, done) => {
      if (body.length === 0) {
        done(null, undefined);
        return;
      }
      void jsonParser(request, body.toString(), done);
    },
  );
}
