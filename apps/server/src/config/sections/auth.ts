import { z } from 'zod';
import { booleanFlag, emailList, integerInRange } from '../parsers.js';

/** Accounts and sessions. */
export const authSection = z
  .object({
    SESSION_TTL_DAYS: integerInRange(1, 365).default(30),
    // Unset: Secure cookies exactly when PUBLIC_URL is https.
    COOKIE_SECURE: booleanFlag.optional(),
    SIGNIN_RATE_LIMIT_PER_MINUTE: integerInRange(1, 10_000).default(10),
    SEED_DEMO: booleanFlag.default(true),
    // Operators of this server (e.g. who may read model usage and cost of everyone).
    ADMIN_EMAILS: emailList,
  })
  .transform((env) => ({
    sessionTtlDays: env.SESSION_TTL_DAYS,
    cookieSecure: env.COOKIE_SECURE,
    signinRateLimitPerMinute: env.SIGNIN_RATE_LIMIT_PER_MINUTE,
    seedDemo: env.SEED_DEMO,
    adminEmails: env.ADMIN_EMAILS,
  }));
