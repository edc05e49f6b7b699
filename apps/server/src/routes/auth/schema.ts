import { z } from 'zod';

export const emailSchema = z
  .email({ error: 'expected an email address' })
  .max(254)
  .transform((email) => email.trim());

export const userSchema = z
  .object({ id: z.uuid(), email: z.string(), name: z.string() })
  .meta({ id: 'User' });

export const signUpBodySchema = z.strictObject({
  email: emailSchema,
  password: z
    .string()
    .min(8, { error: 'use at least 8 characters' })
    .max(256, { error: 'use at most 256 characters' }),
  name: z.string().trim().min(1).max(100),
});

export const signInBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const signedInSchema = z.object({ user: userSchema });
