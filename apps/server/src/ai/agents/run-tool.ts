import type { z } from 'zod';
import type { Emit } from './events.js';
import {
  ToolInputError,
  type AgentTool,
  type ToolContext,
  type ToolOutcome,
} from './tools/types.js';

export type ToolRun<R = unknown> = ({ ok: true } & ToolOutcome<R>) | { ok: false; error: string };

/**
 * Validates the input with the tool's schema, runs it and streams one `step` with the tool's
 * name, an account of the input and the result. Bad input is a failed step, not a failed run.
 */
export async function runTool<S extends z.ZodType, R>(
  tool: AgentTool<S, R>,
  context: ToolContext,
  raw: unknown,
  emit: Emit,
): Promise<ToolRun<R>> {
  const parsed = tool.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const error = `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`;
    emit({
      type: 'step',
      agent: tool.agent,
      tool: tool.name,
      input: JSON.stringify(raw).slice(0, 200),
      ok: false,
      text: `Could not run ${tool.name}: ${error}.`,
    });
    return { ok: false, error };
  }
  const input = parsed.data;
  try {
    const outcome = await tool.run(context, input);
    emit({
      type: 'step',
      agent: tool.agent,
      tool: tool.name,
      input: tool.describeInput(input),
      ok: true,
      text: outcome.summary,
      result: outcome.result,
      ...(outcome.proposalId ? { proposalId: outcome.proposalId } : {}),
    });
    if (outcome.proposalId) {
      emit({ type: 'proposal', proposalId: outcome.proposalId, via: 'engine' });
    }
    return { ok: true, ...outcome };
  } catch (error) {
    if (!(error instanceof ToolInputError)) {
      // One tool failing (a database hiccup) must not end the member's whole run.
      context.report?.(error, tool.name);
      emit({
        type: 'step',
        agent: tool.agent,
        tool: tool.name,
        input: tool.describeInput(input),
        ok: false,
        text: `Could not run ${tool.name}: something went wrong on our side.`,
      });
      return { ok: false, error: 'internal error' };
    }
    emit({
      type: 'step',
      agent: tool.agent,
      tool: tool.name,
      input: tool.describeInput(input),
      ok: false,
      text: `Could not run ${tool.name}: ${error.message}.`,
    });
    return { ok: false, error: error.message };
  }
}
