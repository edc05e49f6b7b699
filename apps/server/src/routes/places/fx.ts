import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { problems } from '../../http/problem-schema.js';
import { ProblemError } from '../../http/problem.js';
import { UnknownCurrencyError, type Places } from '../../places/index.js';
import type { RouteContext } from '../context.js';
import {
  convertQuerySchema,
  convertResponseSchema,
  fxQuerySchema,
  fxResponseSchema,
} from './schema.js';

function unknownCurrency(error: unknown): never {
  if (error instanceof UnknownCurrencyError) {
    throw new ProblemError('validation_failed', error.message, [
      { field: 'querystring', message: `no rate for ${error.currency}` },
    ]);
  }
  throw error;
}

/** Exchange rates and conversions for budgets, naming the rate, day and source used. */
export const fxRoutes: FastifyPluginCallbackZod<{ context: RouteContext; places: Places }> = (
  app,
  { places },
  done,
) => {
  app.get(
    '/fx',
    {
      schema: {
        tags: ['fx'],
        summary: 'Exchange rates of a day (latest by default), live when configured',
        querystring: fxQuerySchema,
        response: { 200: fxResponseSchema, ...problems(400) },
      },
    },
    async (request) => {
      const { base, symbols, date } = request.query;
      return places.fx
        .rates({ base, ...(symbols ? { symbols } : {}), ...(date ? { date } : {}) })
        .catch(unknownCurrency);
    },
  );

  app.get(
    '/fx/convert',
    {
      schema: {
        tags: ['fx'],
        summary: 'Convert an amount in minor units, with the rate used',
        querystring: convertQuerySchema,
        response: { 200: convertResponseSchema, ...problems(400) },
      },
    },
    async (request) => {
      const { amount, from, to, date } = request.query;
      return places.fx.convert({ amount, currency: from }, to, date).catch(unknownCurrency);
    },
  );
  done();
};
