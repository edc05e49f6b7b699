import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runAssistant, type AssistantEvent } from '../../ai/agents/orchestrator.js';
import { aiServiceFor } from '../../ai/service.js';
import { problems } from '../../http/problem-schema.js';
import { requireSession } from '../../http/session.js';
import { authorizeTrip } from '../../policies/index.js';
import type { RouteContext } from '../context.js';
import { sharedPlaces } from '../places/shared.js';
import { usageRoutes } from './usage.js';

const paramsSchema = z.strictObject({ tripId: z.string().max(100) });
const bodySchema = z.strictObject({ message: z.string().trim().min(1).max(4000) });

/** The assistant streams each agent's step as server-sent events, then the proposal. */
export const aiRoutes: FastifyPluginAsyncZod<{ context: RouteContext }> = async (
  app,
  { context },
) => {
  await app.register(usageRoutes, { context });
  app.post(
    '/trips/:tripId/assistant',
    {
      schema: {
        tags: ['ai'],
        summary: 'Ask the agents; the answer is a text/event-stream of steps and a proposal',
        params: paramsSchema,
        body: bodySchema,
        response: problems(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const { user } = await requireSession(request, context.sessions);
      const { tripId } = request.params;
      const role = await authorizeTrip(context, tripId, user.id, 'ai.use');
      const memberCount = (await context.memberships.list(tripId)).length;
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const emit = (event: AssistantEvent) => {
        reply.raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      };
      try {
        await runAssistant(
          {
            ai: aiServiceFor(context),
            documents: context.documents,
            places: sharedPlaces(context),
            report: (error, tool) =>
              request.log.error({ err: error, tool }, 'assistant tool failed'),
          },
          { tripId, user, role, message: request.body.message, memberCount },
          emit,
        );
      } catch (error) {
        request.log.error({ err: error }, 'assistant failed');
        emit({ type: 'error', message: 'the assistant failed; try again' });
      } finally {
        reply.raw.end();
      }
    },
  );
};
