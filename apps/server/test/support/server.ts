import { randomUUID } from 'node:crypto';
import { startCaravan, type RunningCaravan } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import type { Database } from '../../src/db/index.js';
import { createLogger } from '../../src/http/logger.js';
import { createTestDatabase } from './database.js';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The sync endpoint, e.g. ws://127.0.0.1:41234/collab */
  wsUrl: string;
  database: Database;
  running: RunningCaravan;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Extra environment, as the real server would read it (e.g. SIGNIN_RATE_LIMIT_PER_MINUTE). */
  env?: Record<string, string>;
  /** Share a database (e.g. to restart on the same data); otherwise a fresh one, dropped on close. */
  database?: Database;
  /** Event bus channel on Redis; servers given the same one hear each other. */
  busChannel?: string;
}

/** The real app on port 0 with a test database (own schema on PostgreSQL, or PGlite). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SERVICES: 'api,collab,worker',
    SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    SEED_DEMO: 'false',
    ...options.env,
  });
  try {
    const running = await startCaravan(config, {
      database,
      logger: createLogger(config.server.logLevel),
      busChannel: options.busChannel ?? `caravan:test:${randomUUID()}`,
    });
    return {
      url: running.url,
      wsUrl: `${running.url.replace(/^http/, 'ws')}/collab`,
      database,
      running,
      close: async () => {
        await running.close();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }
}

export interface SignedUp {
  /** A Cookie header value: `caravan_session=...` */
  cookie: string;
  user: { id: string; email: string; name: string };
  password: string;
}

let counter = 0;

/** Creates an account through the API and returns its session cookie. */
export async function signUp(
  server: { url: string },
  input: { email?: string; name?: string; password?: string } = {},
): Promise<SignedUp> {
  counter += 1;
  const password = input.password ?? 'correct horse battery staple';
  const body = {
    email: input.email ?? `user-${counter}-${randomUUID().slice(0, 8)}@example.com`,
    name: input.name ?? `User ${counter}`,
    password,
  };
  const response = await fetch(`${server.url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  }
  const { user } = (await response.json()) as SignedUp;
  return { cookie: sessionCookie(response), user, password };
}

/** Creates a trip through the API as `owner` and returns its id. */
export async function createTrip(
  server: { url: string },
  owner: { cookie: string },
  details: object,
): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/trips`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: owner.cookie },
    body: JSON.stringify(details),
  });
  if (response.status !== 201) {
    throw new Error(`trip creation failed: ${response.status} ${await response.text()}`);
  }
  return ((await response.json()) as { id: string }).id;
}

/** The `caravan_session=...` pair from a response's Set-Cookie. */
export function sessionCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('caravan_session='));
  if (!header) throw new Error('no session cookie in the response');
  return header.split(';', 1)[0] ?? '';
}
