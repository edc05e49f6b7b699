import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { startCaravan } from './app.js';
import { ConfigError, loadConfig, type Config } from './config/index.js';
import { warmUpEngine } from './ai/engine/warm-up.js';
import { createLogger } from './http/logger.js';
import { seedDemo } from './seed/seed.js';

function readConfig(): Config {
  try {
    const config = loadConfig(process.env);
    // `npm start` runs in apps/server; a relative DATA_DIR means where the command was typed.
    const base = process.env.INIT_CWD ?? process.cwd();
    return {
      ...config,
      server: { ...config.server, dataDir: path.resolve(base, config.server.dataDir) },
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line naming the variable; no stack trace for an operator's typo.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The Next.js front end on the same origin: the production build if there is one, else dev. */
function webMounter(logger: Logger) {
  return async (app: FastifyInstance) => {
    try {
      const { isWebBuilt, registerWeb } = await import('./web/register-web.js');
      const dev = !isWebBuilt();
      if (dev) logger.info('web app not built: serving it in development mode (slower first load)');
      await registerWeb(app, { dev });
    } catch (error) {
      logger.error({ err: error }, 'the web app could not start; the API keeps running');
    }
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.server.logLevel);
  const running = await startCaravan(config, { logger, mountWeb: webMounter(logger) });

  if (config.auth.seedDemo) {
    const demo = await seedDemo({
      db: running.database.db,
      documents: running.collab.documents,
      dataDir: config.server.dataDir,
      logger,
    });
    if (demo) {
      console.log(
        `\n  Caravan is running at ${config.server.publicUrl}\n` +
          `  Sign in with the demo account: ${demo.email} / ${demo.password}\n`,
      );
    }
  }
  logger.info(
    { url: running.url, services: config.server.services, database: running.database.dialect },
    'caravan started',
  );
  if (config.server.services.includes('api')) setTimeout(() => warmUpEngine(logger), 100).unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Caravan could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
