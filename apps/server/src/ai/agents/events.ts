import type { AgentName } from './tools/types.js';

/**
 * What the assistant streams (server-sent events). `step` keeps its original fields (`agent`,
 * `tool`, `text`); the rest are additions a client may ignore.
 */
export type AssistantEvent =
  | {
      type: 'step';
      /** `orchestrator` for the steps that say which agents run and why. */
      agent: AgentName | 'orchestrator';
      tool: string;
      /** What came out, in a sentence or two. */
      text: string;
      /** A short account of the tool's input. */
      input?: string | undefined;
      /** false when the tool could not answer (bad input, nothing found). */
      ok?: boolean | undefined;
      /** The structured result of the tool, as the model sees it. */
      result?: unknown;
      proposalId?: string | undefined;
      /** On orchestrator steps: the agents chosen, and whether rules or a model chose them. */
      agents?: AgentName[] | undefined;
      decidedBy?: 'rules' | 'model' | undefined;
    }
  | { type: 'proposal'; proposalId: string; via: string; fallbackReason?: string | undefined }
  | { type: 'done' }
  | { type: 'error'; message: string };

export type Emit = (event: AssistantEvent) => void;
