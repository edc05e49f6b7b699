import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.js';
import { aiRoutes } from './ai/index.js';
import { authRoutes } from './auth/auth.js';
import { healthRoutes } from './health/health.js';
import { inviteRoutes } from './invites/invites.js';
import { meRoutes } from './me/me.js';
import { memberRoutes } from './members/members.js';
import { placesRoutes } from './places/index.js';
import { planRoutes } from './plans/index.js';
import { publicLinkRoutes } from './public-links/index.js';
import { tripContentRoutes } from './trip-content/index.js';
import { tripRoutes } from './trips/trips.js';

export type { RouteContext } from './context.js';

/** Every HTTP route. Areas add their plugin here with one line. */
export async function registerRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await app.register(healthRoutes, { context });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { context });
      await api.register(meRoutes, { context });
      await api.register(tripRoutes, { context });
      await api.register(memberRoutes, { context });
      await api.register(inviteRoutes, { context });
      await api.register(placesRoutes, { context });
      await api.register(tripContentRoutes, { context });
      await api.register(planRoutes, { context });
      await api.register(publicLinkRoutes, { context });
      await api.register(aiRoutes, { context });
    },
    { prefix: '/api/v1' },
  );
}
