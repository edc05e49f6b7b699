import { z } from 'zod';

export const roleSchema = z.enum(['owner', 'editor', 'viewer']);
export const assignableRoleSchema = z.enum(['editor', 'viewer'], {
  error: 'expected editor or viewer (ownership moves with transfer-ownership)',
});

export const memberParamsSchema = z.strictObject({
  tripId: z.string().max(100),
  userId: z.string().max(100),
});

export const memberSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });

export const memberListSchema = z.object({ members: z.array(memberSchema) });
export const patchMemberBodySchema = z.strictObject({ role: assignableRoleSchema });
export const transferBodySchema = z.strictObject({ userId: z.uuid() });
