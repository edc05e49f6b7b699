import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { hashPassword, UsersRepository } from '../auth/index.js';
import { TripsRepository } from '../db/repositories/trips.js';
import type { DB } from '../db/schema.js';
import type { TripDocuments } from '../documents/index.js';
import { demoTripCommands, demoTripDetails } from './demo-trip.js';

export const DEMO_EMAIL = 'demo@caravan.local';

export interface DemoCredentials {
  email: string;
  password: string;
}

/**
 * On the first start of an empty database: a demo account and a demo trip. The random password
 * is kept in DATA_DIR so every later start can print it again.
 */
export async function seedDemo(deps: {
  db: Kysely<DB>;
  documents: TripDocuments;
  dataDir: string;
  logger: Logger;
}): Promise<DemoCredentials | null> {
  const { db, documents, logger } = deps;
  const credentialsFile = path.resolve(deps.dataDir, 'demo-credentials.json');
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return readCredentials(credentialsFile);

  const password = randomBytes(9).toString('base64url');
  const users = new UsersRepository(db);
  const user = await users.create({
    email: DEMO_EMAIL,
    name: 'Demo Traveller',
    passwordHash: await hashPassword(password),
  });
  if (!user) return readCredentials(credentialsFile);

  const trips = new TripsRepository(db);
  const tripId = await trips.create(user.id);
  const details = demoTripDetails();
  await documents.create(tripId, details, user.id);
  await documents.apply(tripId, user.id, demoTripCommands(details, user.id));
  logger.info({ tripId }, 'seeded the demo account and trip');

  const credentials = { email: DEMO_EMAIL, password };
  await mkdir(deps.dataDir, { recursive: true });
  await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 }).catch(
    (error: unknown) => logger.warn({ err: error }, 'could not keep the demo credentials'),
  );
  return credentials;
}

async function readCredentials(file: string): Promise<DemoCredentials | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<DemoCredentials>;
    return parsed.email && parsed.password
      ? { email: parsed.email, password: parsed.password }
      : null;
  } catch {
    return null;
  }
}
