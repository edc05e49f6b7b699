import type { Kysely } from 'kysely';
import type { EventBus } from '../bus/index.js';
import type { DB } from '../db/schema.js';
import { generateToken, hashToken } from './tokens.js';
import type { PublicUser } from './users-repository.js';

export interface ResolvedSession {
  sessionId: string;
  user: PublicUser;
}

export interface SessionSummary {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

// Touch last_seen_at at most this often, so reads do not turn into writes on every request.
const TOUCH_INTERVAL_MS = 5 * 60_000;

/** Sessions: a random token in the cookie, only its SHA-256 in the database. */
export class SessionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly bus: EventBus,
    private readonly ttlDays: number,
  ) {}

  get ttlSeconds(): number {
    return this.ttlDays * 86_400;
  }

  async create(userId: string, userAgent?: string): Promise<{ token: string; expiresAt: Date }> {
    const token = generateToken();
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    await this.db
      .insertInto('sessions')
      .values({
        user_id: userId,
        token_hash: hashToken(token),
        user_agent: userAgent?.slice(0, 300) ?? null,
        expires_at: expiresAt,
        last_seen_at: new Date(),
      })
      .execute();
    return { token, expiresAt };
  }

  /** The live session behind a token, or null when unknown, expired or revoked. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token) return null;
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id as sessionId',
        'sessions.last_seen_at as lastSeenAt',
        'users.id',
        'users.email',
        'users.name',
      ])
      .where('sessions.token_hash', '=', hashToken(token))
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', new Date())
      .executeTakeFirst();
    if (!row) return null;
    if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date() })
        .where('id', '=', row.sessionId)
        .execute();
    }
    return { sessionId: row.sessionId, user: { id: row.id, email: row.email, name: row.name } };
  }

  async list(userId: string): Promise<SessionSummary[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_agent', 'created_at', 'last_seen_at', 'expires_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date())
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      userAgent: row.user_agent,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    }));
  }

  /** Revokes one of the user's own sessions; false when there is no such live session. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    // Open WebSocket connections of this session are closed by whoever listens.
    await this.bus.publish({ type: 'session.revoked', sessionId, userId });
    return true;
  }
}
