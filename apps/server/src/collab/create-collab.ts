import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Redis as RedisFanOut } from '@hocuspocus/extension-redis';
import { Hocuspocus } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import { readSessionToken } from '../auth/index.js';
import { compactTrip } from '../documents/compaction.js';
import { createTripDocuments, type TripDocuments } from '../documents/trip-documents.js';
import { UpdateLog } from '../documents/update-log.js';
import { authenticationExtension } from './authentication.js';
import { CloseReason } from './close-codes.js';
import type { CollabContext } from './context.js';
import { durabilityExtension } from './durability.js';
import { LiveSockets, closeSocket, type LiveSocket } from './live-sockets.js';
import { persistenceExtension } from './persistence.js';
import type { CollabDependencies } from './ports.js';
import { Projector } from './projector.js';
import { parseFrame } from './sync-message.js';

export interface Collab {
  hocuspocus: Hocuspocus;
  /** Takes over an HTTP upgrade request for /collab. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  documents: TripDocuments;
  /** Brings every projection and snapshot up to date from the log; run before serving. */
  recover(): Promise<void>;
  /** Number of open sync sockets on this instance. */
  readonly socketCount: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_PAYLOAD = 4 * 1024 * 1024;

/** The sync server: Hocuspocus with our authentication, durability and persistence hooks. */
export function createCollab(deps: CollabDependencies): Collab {
  const db = deps.database.db;
  const logger = deps.logger.child({ component: 'collab' });
  const log = new UpdateLog(db);
  let closed = false;
  const storesInFlight = new Set<Promise<unknown>>();
  const projector = new Projector(db, logger, Math.min(deps.projectionDelayMs ?? 750, 900));
  // Several instances: Redis relays updates and presence between the instances holding the same
  // trip. Each update is logged once, by the instance that accepted it from a client.
  const fanOut = deps.redisUrl
    ? new RedisFanOut({
        redis: new IORedis(deps.redisUrl, { lazyConnect: true }),
        prefix: 'caravan:collab',
      })
    : undefined;
  const hocuspocus = new Hocuspocus({
    name: 'caravan-collab',
    quiet: true,
    // Storing compacts the log (durability comes from the log, not from storing): after a pause
    // in editing, and at least once a minute for a trip edited without pause.
    debounce: 5000,
    maxDebounce: 60_000,
    extensions: [
      authenticationExtension({ db, sessions: deps.sessions, memberships: deps.memberships }),
      durabilityExtension({ log, logger }),
      persistenceExtension({
        db,
        log,
        projector,
        logger,
        isClosed: () => closed,
        inFlight: storesInFlight,
      }),
      ...(fanOut ? [fanOut] : []),
    ],
  });
  const liveSockets = new LiveSockets(hocuspocus);
  const documents = createTripDocuments({ db, hocuspocus, log, liveSockets, logger });
  const unsubscribe = deps.bus.subscribe((event) => liveSockets.handle(event));
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
  });

  const accept = (ws: WebSocket, request: IncomingMessage) => {
    const token = readSessionToken(request.headers.cookie);
    const live: LiveSocket = {
      ws,
      trips: new Map(),
      cookieSession: deps.sessions
        .resolve(token)
        .then((session) =>
          session ? { sessionId: session.sessionId, userId: session.user.id } : null,
        )
        .catch((error: unknown) => {
          logger.error({ err: error }, 'session lookup failed');
          return null;
        }),
    };
    liveSockets.add(live);
    ws.on('error', (error) => logger.debug({ err: error }, 'sync socket error'));
    // Registered before Hocuspocus's own listener: a frame whose envelope does not even decode
    // closes the socket with 1007 (Hocuspocus alone would answer 4401).
    ws.on('message', (data: Buffer) => {
      if (parseFrame(new Uint8Array(data)).kind === 'malformed') {
        closeSocket(ws, CloseReason.malformed);
      }
    });
    const context: CollabContext = { live };
    hocuspocus.handleConnection(ws, request, context);
  };

  return {
    hocuspocus,
    documents,
    get socketCount() {
      return liveSockets.size;
    },
    handleUpgrade(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
    },
    async recover() {
      const trips = await log.tripsWithPendingUpdates();
      for (const tripId of trips) {
        await compactTrip(db, tripId, (trip, problem) =>
          logger.error({ tripId: trip, problem }, 'recovery problem'),
        );
      }
      if (trips.length > 0) logger.info({ trips: trips.length }, 'recovered trips from the log');
    },
    async close() {
      unsubscribe();
      // Stores that the closing sockets would trigger are skipped; those under way finish first.
      closed = true;
      liveSockets.closeAll(CloseReason.shuttingDown);
      await Promise.allSettled([...storesInFlight]);
      await projector.flush();
      // Every accepted update is already in the log; compacting now just makes restarts fast.
      for (const tripId of hocuspocus.documents.keys()) {
        await compactTrip(db, tripId, () => {}).catch((error: unknown) =>
          logger.warn({ err: error, tripId }, 'compaction on close failed'),
        );
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await fanOut?.onDestroy();
    },
  };
}
