import { findCity, placesOf } from '@caravan/catalogue';
import type { TripSnapshot } from '@caravan/core';
import { z } from 'zod';
import type { AiService } from '../service.js';
import { callStructured, describeAttempts } from '../providers/call.js';
import type { ProviderName } from '../providers/registry.js';
import { renderPrompt } from '../prompts/index.js';
import { repairCommands, type Repaired } from './repair.js';

/** What a model must answer; each command is then checked by core's own schema. */
export const modelProposalSchema = z.object({
  title: z.string().min(1).max(200),
  summary: z.string().max(5000).default(''),
  commands: z.array(z.looseObject({ type: z.string() })).max(200),
});

export type ModelProposal =
  | {
      ok: true;
      via: ProviderName;
      title: string;
      summary: string;
      repaired: Repaired;
      fallbackReason?: string | undefined;
    }
  | { ok: false; fallbackReason: string };

export function tripText(trip: TripSnapshot): string {
  const { details } = trip;
  const lines = [
    `${details.title}, ${details.startDate} to ${details.endDate}, ${details.timezone}, ${details.currency}`,
    ...trip.days.map(
      (day) =>
        `${day.date}: ${day.items.map((i) => `[${i.id}] ${i.startTime ?? '--:--'} ${i.title}`).join('; ') || '(empty)'}`,
    ),
  ];
  return lines.join('\n');
}

function placesText(trip: TripSnapshot): string {
  const cityIds = trip.details.destinations
    .map((d) => d.placeId ?? findCity(d.name)?.id)
    .filter((id): id is string => id !== undefined);
  return cityIds
    .flatMap((id) => placesOf(id).slice(0, 40))
    .map(
      (p) =>
        `${p.id} | ${p.name} | ${p.lat},${p.lon} | ${p.tags.join(',')} | ${p.openingHours} | ${p.typicalCost.amount} ${p.typicalCost.currency}`,
    )
    .join('\n');
}

/** Asks the configured models for a proposal; repaired before anyone sees it. */
export async function proposeWithModels(
  ai: AiService,
  input: { trip: TripSnapshot; tripId: string; userId: string; member: string; request: string },
): Promise<ModelProposal> {
  let repaired: Repaired | undefined;
  const result = await callStructured(ai.providers, ai.policy, ai.ledger, {
    purpose: 'proposal',
    prompt: renderPrompt(ai.prompt('proposal'), {
      trip: tripText(input.trip),
      places: placesText(input.trip) || '(none: the trip has no catalogue destination yet)',
      member: input.member,
      request: input.request,
    }),
    schema: modelProposalSchema,
    check: (value) => {
      repaired = repairCommands(input.trip, value.commands, input.userId);
      if (repaired.commands.length === 0) {
        return `no usable command (${repaired.notes.slice(0, 3).join('; ') || 'none given'})`;
      }
      if (repaired.lint.some((f) => f.severity === 'error')) {
        return `the plan breaks hard rules: ${repaired.lint.find((f) => f.severity === 'error')?.message ?? ''}`;
      }
      return undefined;
    },
    tripId: input.tripId,
    userId: input.userId,
  });
  const fallbackReason = describeAttempts(result.attempts);
  if (!result.ok || !repaired) {
    return { ok: false, fallbackReason: fallbackReason ?? 'no model is configured' };
  }
  return {
    ok: true,
    via: result.via,
    title: result.value.title,
    summary: result.value.summary,
    repaired,
    fallbackReason,
  };
}
