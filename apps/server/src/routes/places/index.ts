import { Redis } from 'ioredis';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createPlaces, type Places } from '../../places/index.js';
import type { RouteContext } from '../context.js';
import { fxRoutes } from './fx.js';
import { placeSearchRoutes } from './search.js';
import { sharePlaces } from './shared.js';
import { travelDataRoutes } from './travel-data.js';
import { tripPlaceRoutes } from './trip-places.js';

export interface PlacesRouteOptions {
  context: RouteContext;
  /** Tests pass their own (e.g. with a fake clock); otherwise built from the configuration. */
  places?: Places;
}

/**
 * Places, search, recommendations, live travel data and exchange rates. Builds the places
 * service, seeds the catalogue (idempotent) before the first request and closes it on shutdown.
 */
export const placesRoutes: FastifyPluginAsyncZod<PlacesRouteOptions> = async (app, options) => {
  const { context } = options;
  const redisUrl = context.config.server.redisUrl;
  const redis =
    options.places || !redisUrl
      ? undefined
      : new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  redis?.on('error', (error) => context.logger.warn({ err: error }, 'places cache: redis error'));
  const places =
    options.places ??
    (await createPlaces({
      db: context.db,
      config: context.config.places,
      redis,
      warn: (message) => context.logger.warn(message),
    }));
  if (!options.places) {
    const { seeded, indexed } = await places.start();
    context.logger.info({ seeded, indexed }, 'place catalogue ready');
  }
  sharePlaces(context, places);
  app.addHook('onClose', async () => {
    if (!options.places) places.close();
    await redis?.quit().catch(() => undefined);
  });

  await app.register(placeSearchRoutes, { context, places });
  await app.register(tripPlaceRoutes, { context, places });
  await app.register(travelDataRoutes, { context, places });
  await app.register(fxRoutes, { context, places });
};
