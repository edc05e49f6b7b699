import type { MemberRole, TripSnapshot } from '@caravan/core';
import type { z } from 'zod';
import type { TripDocuments } from '../../../documents/index.js';
import type { Places } from '../../../places/index.js';

export type AgentName = 'local guide' | 'budget analyst' | 'planner';

/** The places services the tools read (search, exchange rates, live weather). */
export type AgentPlaces = Pick<Places, 'search' | 'fx' | 'live'>;

/** What every tool may use; one per assistant run. */
export interface ToolContext {
  tripId: string;
  trip: TripSnapshot;
  actor: { id: string; name: string; role: MemberRole };
  /** How many people share the trip (its members), for costs per person. */
  memberCount: number;
  /** Absent when this process has no places service: tools then answer from bundled data. */
  places?: AgentPlaces | undefined;
  /** For tools that offer a change as a proposal (route a day). */
  documents?: TripDocuments | undefined;
  now: () => Date;
  /** Told about a tool's unexpected failure (logged by the route); the run goes on. */
  report?: ((error: unknown, tool: string) => void) | undefined;
}

/** A tool's answer: a one-line summary for people and the structured result for models. */
export interface ToolOutcome<R = unknown> {
  summary: string;
  result: R;
  /** Set when the tool added a proposal to the trip. */
  proposalId?: string | undefined;
}

/** One tool: a zod input schema, shared by the deterministic path and the model path. */
export interface AgentTool<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  /** The agent whose tool this is, named in each streamed step. */
  agent: AgentName;
  /** For the model: what the tool does and when to use it. */
  description: string;
  input: S;
  /** A short account of the input for the stream ("Lisbon, 2027-05-01"). */
  describeInput(input: z.output<S>): string;
  run(context: ToolContext, input: z.output<S>): Promise<ToolOutcome<R>>;
}

/** Helps TypeScript infer S and R from an object literal. */
export function defineTool<S extends z.ZodType, R>(tool: AgentTool<S, R>): AgentTool<S, R> {
  return tool;
}

/** A bad tool input: the message names the field, for the stream and for the model. */
export class ToolInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ToolInputError';
  }
}
