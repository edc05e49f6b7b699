import { z } from 'zod';
import { userSchema } from '../auth/schema.js';

export const meSchema = z.object({ user: userSchema, sessionId: z.uuid() });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    userAgent: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });

export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) });
export const sessionParamsSchema = z.strictObject({ sessionId: z.string().max(100) });
