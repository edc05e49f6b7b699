import { z } from 'zod';
import { booleanFlag, integerInRange } from '../parsers.js';

export const SERVICES = ['api', 'collab', 'worker', 'web'] as const;
export type Service = (typeof SERVICES)[number];

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const servicesList = z
  .string()
  .optional()
  .transform((value, ctx): Service[] => {
    if (value === undefined || value.trim() === '') return [...SERVICES];
    const names = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !(SERVICES as readonly string[]).includes(name));
    if (unknown.length > 0 || names.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown service "${unknown.join(', ')}" (expected a comma list of ${SERVICES.join(', ')})`,
      });
      return z.NEVER;
    }
    return [...new Set(names)] as Service[];
  });

/** Process, network and storage settings of the server itself. */
export const serverSection = z
  .object({
    PORT: integerInRange(0, 65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
    TRUST_PROXY: booleanFlag.default(false),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    SERVICES: servicesList,
    BODY_LIMIT_BYTES: integerInRange(1024, 50 * 1024 * 1024).default(1024 * 1024),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    services: env.SERVICES,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
  }));
