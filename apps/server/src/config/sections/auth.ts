import { z } from 'zod';
import { booleanFlag, integerInRange } from '../parsers.js';

/** Accounts and sessions. */
export const authSection = z
  .object({
    SESSION_TTL_DAYS: integerInRange(1, 365).default(30),
    // Unset: Secure cookies exactly when PUBLIC_URL is https.
    COOKIE_SECURE: booleanFlag.optional(),
    SIGNIN_RATE_LIMIT_PER_MINUTE: integerInRange(1, 10_000).default(10),
    SEED_DEMO: booleanFlag.default(true),
  })
  .transform((env) => ({
    sessionTtlDays: env.SESSION_TTL_DAYS,
    cookieSecure: env.COOKIE_SECURE,
    signinRateLimitPerMinute: env.SIGNIN_RATE_LIMIT_PER_MINUTE,
    seedDemo: env.SEED_DEMO,
  }));
