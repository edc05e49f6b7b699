import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { SessionService, UsersRepository } from './auth/index.js';
import { createBus, type EventBus } from './bus/index.js';
import { createCollab, type Collab } from './collab/create-collab.js';
import type { Config } from './config/index.js';
import { createDatabase, type Database } from './db/index.js';
import { InvitesRepository } from './db/repositories/invites.js';
import { MembersRepository } from './db/repositories/members.js';
import { TripsRepository } from './db/repositories/trips.js';
import type { TripDocuments } from './documents/index.js';
import { contentProblems } from './http/content-problems.js';
import { installErrorHandling } from './http/error-handler.js';
import { createLogger } from './http/logger.js';
import { registerOpenApi } from './http/openapi.js';
import { registerHttpPlugins, requestId } from './http/plugins.js';
import { MembershipRepository } from './policies/index.js';
import { registerRoutes, type RouteContext } from './routes/index.js';

export interface AppDeps {
  config: Config;
  database: Database;
  bus: EventBus;
  logger: Logger;
  documents: TripDocuments;
  /** Mounts the web front end (GET pages) when this process serves it. */
  mountWeb?: (app: FastifyInstance) => Promise<void>;
}

/** The HTTP application: plugins, error handling, OpenAPI, routes. Not listening yet. */
export async function buildApp(
  deps: AppDeps,
): Promise<{ app: FastifyInstance; context: RouteContext }> {
  const { config, database, bus, logger, documents } = deps;
  const loggerInstance: FastifyBaseLogger = logger;
  const app = fastify({
    loggerInstance,
    bodyLimit: config.server.bodyLimitBytes,
    trustProxy: config.server.trustProxy,
    genReqId: (request) => requestId(request.headers['x-request-id']),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, [contentProblems]);
  await registerHttpPlugins(app, { redisUrl: config.server.redisUrl });

  const db = database.db;
  const sessions = new SessionService(db, bus, config.auth.sessionTtlDays);
  const context: RouteContext = {
    config,
    db,
    bus,
    logger,
    sessions,
    users: new UsersRepository(db),
    memberships: new MembershipRepository(db),
    trips: new TripsRepository(db),
    members: new MembersRepository(db),
    invites: new InvitesRepository(db),
    documents,
    cookies: {
      secure: config.auth.cookieSecure,
      publicUrlIsHttps: config.server.publicUrl.startsWith('https://'),
      ttlSeconds: sessions.ttlSeconds,
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };

  const services = config.server.services;
  if (services.includes('api')) {
    await registerOpenApi(app, config.server.publicUrl);
    await registerRoutes(app, context);
  } else {
    await app.register((await import('./routes/health/health.js')).healthRoutes, { context });
  }
  if (deps.mountWeb && services.includes('web')) await deps.mountWeb(app);
  return { app, context };
}

export interface RunningCaravan {
  app: FastifyInstance;
  context: RouteContext;
  database: Database;
  bus: EventBus;
  collab: Collab;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use this database (tests); otherwise opened from the config and closed with the server. */
  database?: Database;
  logger?: Logger;
  mountWeb?: AppDeps['mountWeb'];
  /** Redis channel of the event bus (tests isolate themselves with their own). */
  busChannel?: string;
}

/**
 * Opens everything in order (database, bus, sync, projections recovered from the log), then
 * listens; close() undoes it in reverse.
 */
export async function startCaravan(
  config: Config,
  options: StartOptions = {},
): Promise<RunningCaravan> {
  const logger = options.logger ?? createLogger(config.server.logLevel);
  const ownsDatabase = !options.database;
  const database =
    options.database ??
    (await createDatabase({
      databaseUrl: config.server.databaseUrl,
      dataDir: config.server.dataDir,
      onWarning: (message) => logger.warn(message),
    }));
  const bus = await createBus({
    redisUrl: config.server.redisUrl,
    ...(options.busChannel ? { channel: options.busChannel } : {}),
    onError: (error) => logger.error({ err: error }, 'event bus error'),
  });
  const sessions = new SessionService(database.db, bus, config.auth.sessionTtlDays);
  const collab = createCollab({
    database,
    bus,
    sessions,
    memberships: new MembershipRepository(database.db),
    logger,
    redisUrl: config.server.redisUrl,
  });
  // Every projection catches up with the log before the first request is served.
  await collab.recover();

  const { app, context } = await buildApp({
    config,
    database,
    bus,
    logger,
    documents: collab.documents,
    ...(options.mountWeb ? { mountWeb: options.mountWeb } : {}),
  });
  const serveCollab = config.server.services.includes('collab');
  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0] ?? '';
    const isCollab = pathname === '/collab' || pathname.startsWith('/collab/');
    if (isCollab && serveCollab) collab.handleUpgrade(request, socket, head);
    // Other upgrades belong to another listener (the web app's dev server) if there is one.
    else if (isCollab || app.server.listenerCount('upgrade') === 1) socket.destroy();
  });
  const address = await app.listen({ port: config.server.port, host: config.server.host });
  const url = address.replace('[::1]', 'localhost').replace('0.0.0.0', '127.0.0.1');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await collab.close();
      await app.close();
      await bus.close();
      if (ownsDatabase) await database.close();
    })();
    return closing;
  };
  return { app, context, database, bus, collab, url, close };
}
