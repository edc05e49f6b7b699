export { SESSION_COOKIE, readSessionToken } from './cookie.js';
export { hashPassword, verifyPassword, dummyPasswordHash } from './passwords.js';
export { SessionService, type ResolvedSession, type SessionSummary } from './session-service.js';
export { generateToken, hashToken } from './tokens.js';
export { UsersRepository, type PublicUser } from './users-repository.js';
