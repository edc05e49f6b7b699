import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type ResolvedSession, type SessionService } from '../auth/index.js';
import { ProblemError } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved lazily, once per request. */
    sessionPromise?: Promise<ResolvedSession | null>;
  }
}

export interface CookieSettings {
  /** true/false forces the Secure flag; undefined: Secure on TLS requests or https PUBLIC_URL. */
  secure: boolean | undefined;
  publicUrlIsHttps: boolean;
  ttlSeconds: number;
}

/** The signed-in session of a request, or null. */
export function currentSession(
  request: FastifyRequest,
  sessions: SessionService,
): Promise<ResolvedSession | null> {
  request.sessionPromise ??= sessions.resolve(request.cookies[SESSION_COOKIE]);
  return request.sessionPromise;
}

/** The signed-in session, or a 401 problem. */
export async function requireSession(
  request: FastifyRequest,
  sessions: SessionService,
): Promise<ResolvedSession> {
  const session = await currentSession(request, sessions);
  if (!session) throw new ProblemError('unauthorized', 'sign in to continue');
  return session;
}

function isSecure(request: FastifyRequest, settings: CookieSettings): boolean {
  return settings.secure ?? (settings.publicUrlIsHttps || request.protocol === 'https');
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: CookieSettings,
  token: string,
) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, settings),
    path: '/',
    maxAge: settings.ttlSeconds,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: CookieSettings,
) {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, settings),
    path: '/',
  });
}
