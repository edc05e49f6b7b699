import { contentCommandSchema, type ContentCommand, type TripSnapshot } from '@caravan/core';
import {
  generatePlan,
  parseRequestJson,
  parseRequestText,
  planToCommands,
  type Finding,
  type MemberSatisfaction,
  type Plan,
  type PlanRequest,
} from '@caravan/planner';
import { generateOptions, interestTags, resolveCity } from './catalogue.js';

/** A plan request as a member writes it: plain English or the structured request. */
export type RequestInput = string | Record<string, unknown>;

export interface PlannedTrip {
  request: PlanRequest;
  plan: Plan;
  commands: ContentCommand[];
  lint: Finding[];
  satisfaction: MemberSatisfaction[];
  explanations: string[];
  notes: string[];
}

/** Why no plan: each reason names the field or constraint at fault. */
export interface PlanRefusal {
  reasons: { field: string; message: string }[];
}

export type PlanOutcome = ({ ok: true } & PlannedTrip) | ({ ok: false } & PlanRefusal);

/** Dates in a text request are read relative to the trip's start, else to today. */
function referenceDate(trip: TripSnapshot | null, now: Date): string {
  return trip?.details.startDate ?? now.toISOString().slice(0, 10);
}

/** Parses, generates and lints with the deterministic engine: same input, same plan. */
export function planWithEngine(
  input: RequestInput,
  options: { trip?: TripSnapshot | null; now?: Date; seed?: number } = {},
): PlanOutcome {
  const parsed =
    typeof input === 'string'
      ? parseRequestText(input, {
          referenceDate: referenceDate(options.trip ?? null, options.now ?? new Date()),
          ...(options.trip ? { defaultStartDate: options.trip.details.startDate } : {}),
          resolveCity,
          interestTags,
        })
      : parseRequestJson(input, resolveCity);
  if (!parsed.ok) {
    return {
      ok: false,
      reasons: parsed.issues.map((issue) => ({ field: issue.field, message: issue.message })),
    };
  }
  const result = generatePlan(parsed.value, generateOptions(options.seed));
  if (!result.ok) {
    return { ok: false, reasons: result.reasons.map((message) => ({ field: 'request', message })) };
  }
  return {
    ok: true,
    request: parsed.value,
    plan: result.plan,
    commands: toContentCommands(planToCommands(result.plan)),
    lint: result.lint,
    satisfaction: result.satisfaction,
    explanations: result.explanations,
    notes: parsed.notes,
  };
}

/** Keeps the commands a proposal may carry (content changes), validated by core's schema. */
export function toContentCommands(commands: readonly unknown[]): ContentCommand[] {
  const kept: ContentCommand[] = [];
  for (const command of commands) {
    const parsed = contentCommandSchema.safeParse(command);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}
