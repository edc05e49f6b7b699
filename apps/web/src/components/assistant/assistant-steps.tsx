'use client';
import { VIA_LABELS } from './examples';
import type { AssistantRun } from './use-assistant-stream';

/** The assistant's steps as they stream in, announced politely to screen readers. */
export function AssistantSteps({ run }: { run: AssistantRun }) {
  if (run.status === 'idle') return null;
  return (
    <div className="assistant-steps" aria-busy={run.status === 'running'}>
      <h3>Assistant steps</h3>
      <ol aria-live="polite" aria-label="Assistant steps">
        {run.steps.map((step, index) => (
          <li key={index} data-agent={step.agent} data-ok={step.ok ?? true}>
            <span className="step-agent">{step.agent}</span>{' '}
            <code className="step-tool">{step.tool}</code>
            {step.input ? <span className="muted"> · {step.input}</span> : null}
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      {run.status === 'running' ? (
        <p className="muted" role="status">
          Working…
        </p>
      ) : null}
      {run.proposal ? (
        <p role="status">
          A proposal was added below, planned by {VIA_LABELS[run.proposal.via] ?? run.proposal.via}
          {run.proposal.fallbackReason ? ` (${run.proposal.fallbackReason})` : ''}.
        </p>
      ) : null}
      {run.error ? (
        <p className="form-error" role="alert">
          {run.error}
        </p>
      ) : null}
    </div>
  );
}
