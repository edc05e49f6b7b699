import type { Emit } from './events.js';
import { chooseAgents, describeChoice, type AgentChoice } from './intent.js';
import { runWithModel } from './model-agents.js';
import { generatePlanStep, type AssistantDeps, type AssistantInput } from './plan-step.js';
import { runTool } from './run-tool.js';
import {
  estimateCostsTool,
  openingHoursTool,
  routeDayTool,
  searchPlacesTool,
  weatherOutlookTool,
  type AgentName,
  type ToolContext,
} from './tools/index.js';

export type { AssistantEvent } from './events.js';
export type { AssistantDeps, AssistantInput } from './plan-step.js';

/** The deterministic script of each agent: which tools, with which inputs, from the message. */
async function runAgentOffline(
  agent: AgentName,
  choice: AgentChoice,
  context: ToolContext,
  run: { deps: AssistantDeps; input: AssistantInput; emit: Emit },
): Promise<void> {
  const { emit } = run;
  switch (agent) {
    case 'local guide': {
      const found = await runTool(searchPlacesTool, context, { interests: choice.interests }, emit);
      const top = found.ok ? found.result.places[0] : undefined;
      if (top) {
        await runTool(
          openingHoursTool,
          context,
          { place: top.id, ...(choice.date ? { date: choice.date } : {}) },
          emit,
        );
      }
      await runTool(weatherOutlookTool, context, {}, emit);
      return;
    }
    case 'budget analyst':
      await runTool(
        estimateCostsTool,
        context,
        choice.currency ? { currency: choice.currency } : {},
        emit,
      );
      return;
    case 'planner': {
      if (choice.wants.route) {
        await runTool(routeDayTool, context, choice.date ? { date: choice.date } : {}, emit);
      }
      if (choice.wants.plan || !choice.wants.route) {
        await generatePlanStep(run.deps, context.trip, run.input, run.input.message, emit);
      }
      return;
    }
  }
}

/**
 * Runs the agents and streams every step. With a model configured the model picks the agents'
 * tools (AI SDK tool calls); otherwise, or when every model fails, keyword and intent rules pick
 * the agents and each runs its tools on the deterministic engine. The stream says which.
 */
export async function runAssistant(
  deps: AssistantDeps,
  input: AssistantInput,
  emit: Emit,
): Promise<void> {
  const trip = await deps.documents.read(input.tripId);
  if (!trip) {
    emit({ type: 'error', message: `trip ${input.tripId} has no document` });
    return;
  }
  const context: ToolContext = {
    tripId: input.tripId,
    trip,
    actor: { id: input.user.id, name: input.user.name, role: input.role },
    memberCount: input.memberCount,
    places: deps.places,
    documents: deps.documents,
    now: deps.now ?? (() => new Date()),
    report: deps.report,
  };
  let modelFailure: string | undefined;
  if (deps.ai.enabled) {
    const online = await runWithModel(deps, context, input, emit);
    if (online.ok) {
      emit({ type: 'done' });
      return;
    }
    modelFailure = online.reason;
  }
  const choice = chooseAgents(
    input.message,
    trip.details.currency,
    trip.days.map((d) => d.date),
  );
  emit({
    type: 'step',
    agent: 'orchestrator',
    tool: 'chooseAgents',
    agents: choice.agents,
    decidedBy: 'rules',
    text: modelFailure
      ? `The models could not help (${modelFailure}); asking ${describeChoice(choice)}, chosen by keyword rules instead.`
      : `Asking ${describeChoice(choice)}, chosen by keyword rules.`,
  });
  for (const agent of choice.agents) {
    await runAgentOffline(agent, choice, context, { deps, input, emit });
  }
  emit({ type: 'done' });
}
