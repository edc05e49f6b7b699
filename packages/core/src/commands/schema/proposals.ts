import { z } from 'zod';
import { idSchema } from '../../schema/primitives';
import { itineraryCommandSchemas } from './itinerary';
import { sharedCommandSchemas } from './shared';

/** Commands that change trip content; a proposal carries only these (no nested proposals). */
export const contentCommandSchema = z.discriminatedUnion('type', [
  ...itineraryCommandSchemas,
  ...sharedCommandSchemas,
]);
export type ContentCommand = z.infer<typeof contentCommandSchema>;

export const proposalSourceSchema = z.enum(['engine', 'ai', 'member']);
export type ProposalSource = z.infer<typeof proposalSourceSchema>;

export const proposalStatusSchema = z.enum(['open', 'applied', 'dismissed']);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

export const proposalVoteSchema = z.enum(['up', 'down']);
export type ProposalVote = z.infer<typeof proposalVoteSchema>;

/** Free-form check results (e.g. planner lint findings) shown next to the diff. */
export const findingsSchema = z.array(z.json()).max(1000);

export const addProposalCommandSchema = z.strictObject({
  type: z.literal('addProposal'),
  proposalId: idSchema.optional(),
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).optional(),
  source: proposalSourceSchema,
  commands: z.array(contentCommandSchema).min(1).max(1000),
  findings: findingsSchema.optional(),
});

export const voteProposalCommandSchema = z.strictObject({
  type: z.literal('voteProposal'),
  proposalId: idSchema,
  /** `null` withdraws the member's vote. */
  vote: proposalVoteSchema.nullable(),
});

export const applyProposalCommandSchema = z.strictObject({
  type: z.literal('applyProposal'),
  proposalId: idSchema,
});

export const dismissProposalCommandSchema = z.strictObject({
  type: z.literal('dismissProposal'),
  proposalId: idSchema,
});

export const proposalCommandSchemas = [
  addProposalCommandSchema,
  voteProposalCommandSchema,
  applyProposalCommandSchema,
  dismissProposalCommandSchema,
] as const;
