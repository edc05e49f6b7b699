import { z } from 'zod';
import { assignableRoleSchema, roleSchema } from '../members/schema.js';

export const createInviteBodySchema = z.strictObject({
  role: assignableRoleSchema,
  /** How long the link works: an hour to 30 days (default a week). */
  expiresInHours: z.number().int().min(1).max(720).default(168),
});

export const inviteParamsSchema = z.strictObject({
  tripId: z.string().max(100),
  inviteId: z.string().max(100),
});
export const tokenParamsSchema = z.strictObject({ token: z.string().max(200) });

export const inviteStatusSchema = z.enum(['active', 'expired', 'revoked', 'used']);

export const inviteSchema = z
  .object({
    id: z.uuid(),
    role: assignableRoleSchema,
    status: inviteStatusSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invite' });

export const createdInviteSchema = inviteSchema.extend({
  /** Shown once: only its hash is stored. */
  token: z.string(),
  url: z.string(),
});

export const inviteListSchema = z.object({ invites: z.array(inviteSchema) });

export const invitePreviewSchema = z.object({
  tripId: z.uuid(),
  tripTitle: z.string(),
  role: assignableRoleSchema,
  status: inviteStatusSchema,
  expiresAt: z.iso.datetime(),
});

export const acceptedInviteSchema = z.object({ tripId: z.uuid(), role: roleSchema });
