'use client';
import { useCallback, useState } from 'react';
import { z } from 'zod';
import { postJson, readProblem } from './post-json';
import { createSseParser, type SseMessage } from './sse';

const stepSchema = z.object({
  agent: z.string(),
  tool: z.string(),
  text: z.string(),
  /** A short account of the tool's input, when the server gives one. */
  input: z.string().optional(),
  /** false when the tool could not answer. */
  ok: z.boolean().optional(),
});
const proposalSchema = z.object({
  proposalId: z.string(),
  via: z.string(),
  fallbackReason: z.string().optional(),
});
const errorSchema = z.object({ message: z.string() });

export type AssistantStep = z.infer<typeof stepSchema>;

export interface AssistantRun {
  status: 'idle' | 'running' | 'done' | 'failed';
  steps: AssistantStep[];
  proposal: z.infer<typeof proposalSchema> | null;
  error: string | null;
}

const IDLE: AssistantRun = { status: 'idle', steps: [], proposal: null, error: null };

function reduce(run: AssistantRun, message: SseMessage): AssistantRun {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return run;
  }
  switch (message.event) {
    case 'step': {
      const step = stepSchema.safeParse(data);
      return step.success ? { ...run, steps: [...run.steps, step.data] } : run;
    }
    case 'proposal': {
      const proposal = proposalSchema.safeParse(data);
      return proposal.success ? { ...run, proposal: proposal.data } : run;
    }
    case 'done':
      return { ...run, status: 'done' };
    case 'error': {
      const error = errorSchema.safeParse(data);
      return { ...run, status: 'failed', error: error.success ? error.data.message : 'failed' };
    }
    default:
      return run;
  }
}

/**
 * Streams the assistant's answer (POST, so fetch and a ReadableStream rather than EventSource)
 * and shows each agent's step the moment it arrives.
 */
export function useAssistantStream(tripId: string): {
  run: AssistantRun;
  ask: (message: string) => Promise<void>;
} {
  const [run, setRun] = useState<AssistantRun>(IDLE);
  const ask = useCallback(
    async (message: string) => {
      setRun({ ...IDLE, status: 'running' });
      const apply = (messages: SseMessage[]) =>
        setRun((current) => messages.reduce(reduce, current));
      try {
        const res = await postJson(`/trips/${tripId}/assistant`, { message });
        if (!res.ok || !res.body) {
          const problem = await readProblem(res);
          setRun({ ...IDLE, status: 'failed', error: problem.messages[0] ?? problem.title });
          return;
        }
        const parser = createSseParser();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          apply(parser.push(value));
        }
        apply(parser.end());
        setRun((current) =>
          current.status === 'running' ? { ...current, status: 'done' } : current,
        );
      } catch {
        setRun((current) => ({
          ...current,
          status: 'failed',
          error: 'The connection was lost; try again',
        }));
      }
    },
    [tripId],
  );
  return { run, ask };
}
