import type { MemberRole, TripSnapshot } from '@caravan/core';
import type { TripDocuments } from '../../documents/index.js';
import { generateProposal } from '../generate.js';
import type { AiService } from '../service.js';
import type { Emit } from './events.js';
import type { AgentPlaces } from './tools/index.js';

export interface AssistantDeps {
  ai: AiService;
  documents: TripDocuments;
  /** The places services; without them the tools answer from bundled data. */
  places?: AgentPlaces | undefined;
  now?: () => Date;
  /** Where unexpected tool failures are reported (the request's logger). */
  report?: (error: unknown, tool: string) => void;
}

export interface AssistantInput {
  tripId: string;
  user: { id: string; name: string };
  role: MemberRole;
  message: string;
  /** How many members share the trip (costs per person). */
  memberCount: number;
}

/** The planner's own action: a whole plan as a proposal (models first when configured). */
export async function generatePlanStep(
  deps: AssistantDeps,
  trip: TripSnapshot,
  input: AssistantInput,
  request: string,
  emit: Emit,
): Promise<{ ok: boolean; text: string }> {
  const outcome = await generateProposal(deps.ai, deps.documents, trip, {
    tripId: input.tripId,
    user: input.user,
    role: input.role,
    request,
    use: 'auto',
  });
  const text = outcome.ok
    ? `Proposed "${outcome.proposal.title}" with ${outcome.proposal.commands.length} changes.`
    : `No plan fits: ${outcome.reasons.map((r) => r.message).join(' ')}`;
  emit({
    type: 'step',
    agent: 'planner',
    tool: 'generatePlan',
    input: request.slice(0, 200),
    ok: outcome.ok,
    text,
  });
  if (outcome.ok) {
    emit({
      type: 'proposal',
      proposalId: outcome.proposal.id,
      via: outcome.via,
      fallbackReason: outcome.fallbackReason,
    });
  }
  return { ok: outcome.ok, text };
}
