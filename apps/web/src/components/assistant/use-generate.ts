'use client';
import type { Proposal } from '@caravan/core';
import { useCallback, useState } from 'react';
import { postJson, readProblem, type ProblemAnswer } from './post-json';

export interface Generated {
  proposal: Proposal;
  via: 'openai' | 'anthropic' | 'engine';
  fallbackReason?: string;
  explanations: string[];
  notes: string[];
}

export type GenerateState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: Generated }
  | { status: 'failed'; problem: ProblemAnswer };

/** Asks the server to plan a request; the proposal itself arrives through the live trip. */
export function useGenerate(tripId: string): {
  state: GenerateState;
  generate: (request: string) => Promise<void>;
} {
  const [state, setState] = useState<GenerateState>({ status: 'idle' });
  const generate = useCallback(
    async (request: string) => {
      setState({ status: 'running' });
      try {
        const res = await postJson(`/trips/${tripId}/proposals/generate`, { request });
        if (!res.ok) {
          setState({ status: 'failed', problem: await readProblem(res) });
          return;
        }
        setState({ status: 'done', result: (await res.json()) as Generated });
      } catch {
        setState({
          status: 'failed',
          problem: { status: 0, code: 'offline', title: 'You are offline', messages: [] },
        });
      }
    },
    [tripId],
  );
  return { state, generate };
}
