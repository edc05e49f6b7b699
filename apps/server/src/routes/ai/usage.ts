import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { aiServiceFor } from '../../ai/service.js';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeOperator } from '../../policies/index.js';
import type { RouteContext } from '../context.js';

const totalsSchema = z.object({
  provider: z.string(),
  calls: z.number().int(),
  failures: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  /** Millionths of a US dollar. */
  costMicroUsd: z.number().int(),
});

const usageQuerySchema = z.strictObject({
  /** Only calls from this moment on (ISO 8601); all time when omitted. */
  since: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
});

const usageResponseSchema = z.object({
  scope: z.enum(['all', 'me']),
  since: z.string().nullable(),
  providers: z.array(totalsSchema),
});

/**
 * Model tokens and cost: everyone's for operators (ADMIN_EMAILS), one's own for every member.
 * Calls on behalf of nobody (start-up, background) count only in the operators' totals.
 */
export const usageRoutes: FastifyPluginCallbackZod<{ context: RouteContext }> = (
  app,
  { context },
  done,
) => {
  app.get(
    '/ai/usage',
    {
      schema: {
        tags: ['ai'],
        summary: 'Model calls, tokens and cost per provider, of everyone (operators only)',
        querystring: usageQuerySchema,
        response: { 200: usageResponseSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, context.sessions);
      authorizeOperator(context.config, user, 'ai.usage.all');
      const since = request.query.since ? new Date(request.query.since) : undefined;
      return {
        scope: 'all' as const,
        since: since?.toISOString() ?? null,
        providers: await aiServiceFor(context).ledger.totals(since),
      };
    },
  );

  app.get(
    '/me/ai-usage',
    {
      schema: {
        tags: ['ai', 'me'],
        summary: 'My model calls, tokens and cost per provider',
        querystring: usageQuerySchema,
        response: { 200: usageResponseSchema, ...problems(400, 401) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, context.sessions);
      const since = request.query.since ? new Date(request.query.since) : undefined;
      return {
        scope: 'me' as const,
        since: since?.toISOString() ?? null,
        providers: await aiServiceFor(context).ledger.totals(since, { userId: user.id }),
      };
    },
  );
  done();
};
