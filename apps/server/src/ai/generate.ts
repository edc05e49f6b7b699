import type { MemberRole, Proposal, TripSnapshot } from '@caravan/core';
import type { TripDocuments } from '../documents/index.js';
import { planWithEngine, type PlanRefusal, type RequestInput } from './engine/plan.js';
import { proposeWithModels } from './model/propose.js';
import { addProposal, summaryOf } from './proposals.js';
import type { AiService } from './service.js';

export interface GenerateInput {
  tripId: string;
  user: { id: string; name: string };
  role: MemberRole;
  request: RequestInput;
  seed?: number | undefined;
  /** `engine` skips the models even when configured. */
  use: 'auto' | 'engine';
}

export type GenerateOutcome =
  | {
      ok: true;
      proposal: Proposal;
      via: 'openai' | 'anthropic' | 'engine';
      fallbackReason?: string | undefined;
      explanations: string[];
      notes: string[];
    }
  | ({ ok: false; fallbackReason?: string | undefined } & PlanRefusal);

/**
 * A proposal for the request: from the first model that gives a usable, repaired answer, else
 * from the deterministic engine, saying which happened and why.
 */
export async function generateProposal(
  ai: AiService,
  documents: TripDocuments,
  trip: TripSnapshot | null,
  input: GenerateInput,
): Promise<GenerateOutcome> {
  const target = { tripId: input.tripId, actorId: input.user.id, role: input.role };
  let fallbackReason: string | undefined;
  if (ai.enabled && input.use === 'auto' && trip) {
    const model = await proposeWithModels(ai, {
      trip,
      tripId: input.tripId,
      userId: input.user.id,
      member: input.user.name,
      request:
        typeof input.request === 'string' ? input.request : JSON.stringify(input.request, null, 2),
    });
    if (model.ok) {
      const proposal = await addProposal(documents, target, {
        title: model.title,
        summary: [model.summary, ...model.repaired.notes].filter(Boolean).join('\n'),
        source: 'ai',
        commands: model.repaired.commands,
        lint: model.repaired.lint,
        satisfaction: [],
      });
      return {
        ok: true,
        proposal,
        via: model.via,
        fallbackReason: model.fallbackReason,
        explanations: [],
        notes: model.repaired.notes,
      };
    }
    fallbackReason = model.fallbackReason;
  }
  const outcome = planWithEngine(input.request, {
    trip,
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  });
  if (!outcome.ok) return { ok: false, reasons: outcome.reasons, fallbackReason };
  const proposal = await addProposal(documents, target, {
    title: outcome.plan.title,
    summary: summaryOf(outcome.satisfaction, outcome.explanations),
    source: 'engine',
    commands: outcome.commands,
    lint: outcome.lint,
    satisfaction: outcome.satisfaction,
  });
  return {
    ok: true,
    proposal,
    via: 'engine',
    fallbackReason,
    explanations: outcome.explanations,
    notes: outcome.notes,
  };
}
