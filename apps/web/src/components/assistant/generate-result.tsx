'use client';
import { VIA_LABELS } from './examples';
import type { GenerateState } from './use-generate';

/** Progress, the source of the new proposal, or why no plan fits. */
export function GenerateResult({ state }: { state: GenerateState }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <p className="assistant-progress" role="status">
          Planning your trip…
        </p>
      );
    case 'done': {
      const { result } = state;
      return (
        <div className="assistant-result" role="status" data-via={result.via}>
          <p>
            Proposal <strong>{result.proposal.title}</strong> added below, planned by{' '}
            {VIA_LABELS[result.via] ?? result.via}.
          </p>
          {result.fallbackReason ? (
            <p className="muted">Models were skipped: {result.fallbackReason}</p>
          ) : null}
          {result.notes.length > 0 ? (
            <ul className="muted assistant-notes">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
    }
    case 'failed': {
      const { problem } = state;
      const impossible = problem.code === 'plan_impossible';
      return (
        <div className="assistant-reasons" role="alert" id="assistant-request-error">
          <p>{impossible ? 'No plan fits this request:' : problem.title}</p>
          {problem.messages.length > 0 ? (
            <ul>
              {problem.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
    }
  }
}
