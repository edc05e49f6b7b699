import { ensureBuild } from '../../apps/web/scripts/ensure-build.js';
import { startWebServer, type WebTestServer } from '../../apps/web/test/support/server.js';
import { seedTrip, type SeedOptions, type SeededTrip } from './seed.js';

export interface SeededServer {
  server: WebTestServer;
  trip: SeededTrip;
}

/**
 * The real Caravan server (own database, the production web build mounted) with the benchmark's
 * trip seeded. Builds the web app only when it is missing or stale (the step `npm start` uses).
 */
export async function startSeededServer(options: SeedOptions): Promise<SeededServer> {
  ensureBuild();
  const server = await startWebServer();
  try {
    const trip = await seedTrip(server.url, options);
    return { server, trip };
  } catch (error) {
    await server.close();
    throw error;
  }
}
