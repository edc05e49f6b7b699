import { findCity, placesOf } from '@caravan/catalogue';
import type { MemberRole, TripSnapshot } from '@caravan/core';
import { formatMoney, interestsIn, lintTrip } from '@caravan/planner';
import type { TripDocuments } from '../../documents/index.js';
import { interestTags } from '../engine/catalogue.js';
import { generateProposal } from '../generate.js';
import type { AiService } from '../service.js';

export type AssistantEvent =
  | {
      type: 'step';
      agent: 'local guide' | 'budget analyst' | 'planner';
      tool: string;
      text: string;
    }
  | { type: 'proposal'; proposalId: string; via: string; fallbackReason?: string | undefined }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** The local guide's tool: catalogue places of the trip's cities matching the asked interests. */
function localGuide(trip: TripSnapshot, message: string): string {
  const wanted = interestsIn(message, interestTags);
  const cities = trip.details.destinations
    .map((d) => d.placeId ?? findCity(d.name)?.id)
    .filter((id): id is string => id !== undefined);
  const picks = cities
    .flatMap((id) => placesOf(id))
    .filter((p) => wanted.length === 0 || p.tags.some((t) => wanted.includes(t)))
    .slice(0, 5);
  if (picks.length === 0)
    return 'No catalogue places match yet: add a destination the catalogue knows.';
  return `Worth a look${wanted.length ? ` for ${wanted.join(', ')}` : ''}: ${picks
    .map((p) => `${p.name} (${p.openingHours})`)
    .join('; ')}.`;
}

/** The budget analyst's tool: planned costs and the lint's budget findings. */
function budgetAnalyst(trip: TripSnapshot): string {
  const findings = lintTrip(trip).filter((f) => f.rule === 'budget');
  const planned = trip.days
    .flatMap((d) => d.items)
    .filter((i) => i.cost?.currency === trip.details.currency)
    .reduce((sum, i) => sum + (i.cost?.amount ?? 0), 0);
  const total = formatMoney({ amount: planned, currency: trip.details.currency });
  return findings.length === 0
    ? `Planned costs come to ${total}; no day is over budget.`
    : `Planned costs come to ${total}. ${findings.map((f) => f.message).join(' ')}`;
}

/**
 * Runs the agents in turn and reports each step as it happens. Offline every agent works on
 * the deterministic engine; the planner uses the configured models first when there are any.
 */
export async function runAssistant(
  deps: { ai: AiService; documents: TripDocuments },
  input: { tripId: string; user: { id: string; name: string }; role: MemberRole; message: string },
  emit: (event: AssistantEvent) => void,
): Promise<void> {
  const trip = await deps.documents.read(input.tripId);
  if (!trip) {
    emit({ type: 'error', message: `trip ${input.tripId} has no document` });
    return;
  }
  emit({
    type: 'step',
    agent: 'local guide',
    tool: 'searchPlaces',
    text: localGuide(trip, input.message),
  });
  emit({ type: 'step', agent: 'budget analyst', tool: 'estimateCosts', text: budgetAnalyst(trip) });
  const outcome = await generateProposal(deps.ai, deps.documents, trip, {
    tripId: input.tripId,
    user: input.user,
    role: input.role,
    request: input.message,
    use: 'auto',
  });
  if (!outcome.ok) {
    emit({
      type: 'step',
      agent: 'planner',
      tool: 'generatePlan',
      text: `No plan fits: ${outcome.reasons.map((r) => r.message).join(' ')}`,
    });
  } else {
    emit({
      type: 'step',
      agent: 'planner',
      tool: 'generatePlan',
      text: `Proposed "${outcome.proposal.title}" with ${outcome.proposal.commands.length} changes.`,
    });
    emit({
      type: 'proposal',
      proposalId: outcome.proposal.id,
      via: outcome.via,
      fallbackReason: outcome.fallbackReason,
    });
  }
  emit({ type: 'done' });
}
