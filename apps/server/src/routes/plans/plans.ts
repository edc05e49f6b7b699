import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planWithEngine } from '../../ai/engine/plan.js';
import { addProposal, summaryOf } from '../../ai/proposals.js';
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
        summary: 'Plan a request with the engine and add it to the trip as an open proposal',
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
      const outcome = planWithEngine(request.body.request, {
        trip,
        ...(request.body.seed === undefined ? {} : { seed: request.body.seed }),
      });
      if (!outcome.ok) {
        throw new ProblemError(
          'plan_impossible',
          outcome.reasons.map((r) => r.message).join(' '),
          outcome.reasons.map((r) => ({ field: `body.request.${r.field}`, message: r.message })),
        );
      }
      const proposal = await addProposal(
        documents,
        { tripId, actorId: user.id, role },
        {
          title: outcome.plan.title,
          summary: summaryOf(outcome.satisfaction, outcome.explanations),
          source: 'engine',
          commands: outcome.commands,
          lint: outcome.lint,
          satisfaction: outcome.satisfaction,
        },
      );
      return {
        proposal,
        via: 'engine' as const,
        explanations: outcome.explanations,
        notes: outcome.notes,
      };
    },
  );
  return Promise.resolve();
};
