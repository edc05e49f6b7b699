import { randomUUID } from 'node:crypto';
import { startCaravan, type RunningCaravan } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config/index.js';
import { createLogger } from '../../../server/src/http/logger.js';
import { registerWeb } from '../../../server/src/web/register-web.js';
import { createTestDatabase } from '../../../server/test/support/database.js';

export interface WebTestServer {
  url: string;
  running: RunningCaravan;
  close(): Promise<void>;
}

/** The real server on port 0 (own test database) serving the production build of the web app. */
export async function startWebServer(): Promise<WebTestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SERVICES: 'api,collab,worker,web',
    SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    SEED_DEMO: 'false',
  });
  const running = await startCaravan(config, {
    database,
    logger: createLogger(config.server.logLevel),
    busChannel: `caravan:web-test:${randomUUID()}`,
    mountWeb: (app) => registerWeb(app, { dev: false }),
  });
  return {
    url: running.url,
    running,
    close: async () => {
      await running.close();
      await database.close();
    },
  };
}
