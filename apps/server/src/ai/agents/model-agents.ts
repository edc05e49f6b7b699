import { generateText, stepCountIs, tool, type ToolSet } from 'ai';
import { z } from 'zod';
import { tripText } from '../model/propose.js';
import { renderPrompt } from '../prompts/index.js';
import { classify } from '../providers/errors.js';
import type { ModelProvider } from '../providers/registry.js';
import type { Emit } from './events.js';
import { generatePlanStep, type AssistantDeps, type AssistantInput } from './plan-step.js';
import { runTool } from './run-tool.js';
import { AGENT_TOOLS, type AgentName, type AgentTool, type ToolContext } from './tools/index.js';

/** Tool rounds a model may take before it must answer. */
const MAX_STEPS = 6;

const ORDER: readonly AgentName[] = ['local guide', 'budget analyst', 'planner'];

const all: readonly AgentTool[] = Object.values(AGENT_TOOLS);

/** The agents' tools as AI SDK tools; each call is streamed as a step like the offline path's. */
function toolsFor(
  deps: AssistantDeps,
  context: ToolContext,
  input: AssistantInput,
  emit: Emit,
  used: Set<AgentName>,
): ToolSet {
  const tools: ToolSet = {};
  // One tool at a time, in the order the model called them: the stream reads as a sequence
  // and two proposals never race on the document.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
  for (const agentTool of all) {
    tools[agentTool.name] = tool({
      description: `${agentTool.description} (the ${agentTool.agent}'s tool)`,
      inputSchema: agentTool.input as z.ZodType<Record<string, unknown>>,
      execute: (raw: unknown) =>
        inTurn(async () => {
          used.add(agentTool.agent);
          const outcome = await runTool(agentTool, context, raw, emit);
          return outcome.ok
            ? { summary: outcome.summary, result: outcome.result }
            : { error: outcome.error };
        }),
    });
  }
  tools.generatePlan = tool({
    description:
      "Plan a whole request (cities, dates, party, budget, interests) with the planning engine and add it to the trip as a proposal (the planner's tool).",
    inputSchema: z.object({ request: z.string().trim().min(1).max(4000) }),
    execute: ({ request }: { request: string }) =>
      inTurn(() => {
        used.add('planner');
        return generatePlanStep(deps, context.trip, input, request, emit);
      }),
  });
  return tools;
}

async function account(
  deps: AssistantDeps,
  provider: ModelProvider,
  input: AssistantInput,
  started: number,
  outcome: string,
  usage: { inputTokens: number | undefined; outputTokens: number | undefined } | undefined,
): Promise<void> {
  await deps.ai.ledger.record(
    {
      provider: provider.name,
      model: provider.modelId,
      purpose: 'assistant',
      outcome,
      inputTokens: usage?.inputTokens ?? 0,
      outputTokens: usage?.outputTokens ?? 0,
      durationMs: Date.now() - started,
      tripId: input.tripId,
      userId: input.user.id,
    },
    provider.price,
  );
}

/**
 * The model picks the agents' tools (tool calls over the AI SDK), each call streamed as a step;
 * its answer closes the run. Providers are tried in order; when none answers, the caller falls
 * back to the rules. A provider that failed after tools already ran is not followed by another,
 * so no step runs twice: the rules finish the run.
 */
export async function runWithModel(
  deps: AssistantDeps,
  context: ToolContext,
  input: AssistantInput,
  emit: Emit,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const failures: string[] = [];
  const system = renderPrompt(deps.ai.prompt('agent'), {
    today: context.now().toISOString().slice(0, 10),
    trip: tripText(context.trip),
  });
  for (const provider of deps.ai.providers) {
    const used = new Set<AgentName>();
    const started = Date.now();
    emit({
      type: 'step',
      agent: 'orchestrator',
      tool: 'chooseAgents',
      decidedBy: 'model',
      text: `The ${provider.name} model picks the agents and their tools.`,
    });
    try {
      const answer = (await provider.breaker.fire(async () => {
        const result = await generateText({
          model: provider.model,
          system,
          prompt: input.message,
          tools: toolsFor(deps, context, input, emit, used),
          stopWhen: stepCountIs(MAX_STEPS),
          // Calls the SDK refused before running them (input the schema rejects, unknown tool)
          // are steps too: the member sees what the model tried.
          onStepFinish: (step) => {
            for (const part of step.content) {
              if (part.type !== 'tool-error') continue;
              const known = all.find((t) => t.name === part.toolName);
              const why = part.error instanceof Error ? part.error.message : String(part.error);
              emit({
                type: 'step',
                agent:
                  known?.agent ?? (part.toolName === 'generatePlan' ? 'planner' : 'orchestrator'),
                tool: part.toolName,
                input: JSON.stringify(part.input ?? null).slice(0, 200),
                ok: false,
                text: `Could not run ${part.toolName}: ${why.split('\n')[0]?.slice(0, 300) ?? 'invalid input'}`,
              });
            }
          },
          maxRetries: 0,
          abortSignal: AbortSignal.timeout(deps.ai.policy.timeoutMs * MAX_STEPS),
        });
        return { text: result.text, usage: result.totalUsage };
      })) as {
        text: string;
        usage: { inputTokens: number | undefined; outputTokens: number | undefined };
      };
      await account(deps, provider, input, started, 'ok', answer.usage);
      const agents = ORDER.filter((agent) => used.has(agent));
      emit({
        type: 'step',
        agent: 'orchestrator',
        tool: 'answer',
        decidedBy: 'model',
        agents,
        text:
          answer.text.trim() ||
          (agents.length > 0
            ? `The model asked the ${agents.join(', the ')}.`
            : 'The model answered without asking any agent.'),
      });
      return { ok: true };
    } catch (error) {
      const reason = classify(error);
      await account(deps, provider, input, started, reason, undefined);
      failures.push(`${provider.name}: ${reason}`);
      if (used.size > 0) break;
    }
  }
  return { ok: false, reason: failures.join('; ') };
}
