import { z } from 'zod';
import {
  contentCommandSchema,
  findingsSchema,
  proposalSourceSchema,
  proposalStatusSchema,
  proposalVoteSchema,
} from '../commands/schema/proposals';
import { idSchema, timestampSchema, userIdSchema } from './primitives';

export const proposalSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).optional(),
  source: proposalSourceSchema,
  authorId: userIdSchema,
  createdAt: timestampSchema,
  commands: z.array(contentCommandSchema),
  findings: findingsSchema.optional(),
  votes: z.record(userIdSchema, proposalVoteSchema),
  status: proposalStatusSchema,
});
export type Proposal = z.infer<typeof proposalSchema>;
