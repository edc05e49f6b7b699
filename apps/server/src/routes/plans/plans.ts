import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { generateProposal } from '../../ai/generate.js';
import { aiServiceFor } from '../../ai/service.js';
import { ProblemError } from '../../http/problem.js';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { generateBodySchema, generateResponseSchema, tripParamsSchema } from './schema.js';

/**
 * Plans from the deterministic engine arrive as proposals: members inspect the diff and the
 * check report, vote, and apply it as one transaction (core's applyProposal over /commands).
 */
export const planRoutes: FastifyPluginAsyncZod<{ context: RouteContext }> = (app, { context }) => {
  const { sessions, documents } = context;

  app.post(
    '/trips/:tripId/proposals/generate',
    {
      schema: {
        tags: ['plans'],
        summary: 'Plan a request (models when configured, else the engine) as an open proposal',
        params: tripParamsSchema,
        body: generateBodySchema,
        response: { 200: generateResponseSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { user } = await requireSession(request, sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'ai.use');
      const trip = await documents.read(tripId);
      const outcome = await generateProposal(aiServiceFor(context), documents, trip, {
        tripId,
        user,
        role,
        request: request.body.request,
        seed: request.body.seed,
        use: request.body.use,
      });
      if (!outcome.ok) {
        throw new ProblemError(
          'plan_impossible',
          outcome.reasons.map((r) => r.message).join(' '),
          outcome.reasons.map((r) => ({ field: `body.request.${r.field}`, message: r.message })),
        );
      }
      const { ok: _ok, ...body } = outcome;
      return body;
    },
  );
  return Promise.resolve();
};
