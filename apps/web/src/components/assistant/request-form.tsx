'use client';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { AssistantSteps } from './assistant-steps';
import { EXAMPLE_REQUESTS } from './examples';
import { GenerateResult } from './generate-result';
import { useAssistantStream } from './use-assistant-stream';
import { useGenerate } from './use-generate';

/** The request field with examples: plan it directly, or ask the agents step by step. */
export function RequestForm({ tripId }: { tripId: string }) {
  const [request, setRequest] = useState('');
  const [empty, setEmpty] = useState(false);
  const { state, generate } = useGenerate(tripId);
  const { run, ask } = useAssistantStream(tripId);
  const busy = state.status === 'running' || run.status === 'running';
  const failed = state.status === 'failed';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = request.trim();
    setEmpty(!text);
    if (!text) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute('value') === 'ask') void ask(text);
    else void generate(text);
  }

  return (
    <form
      className="card assistant-form"
      onSubmit={submit}
      noValidate
      aria-label="Plan with the assistant"
    >
      <div className="field">
        <label htmlFor="assistant-request">Describe the trip you want</label>
        <textarea
          id="assistant-request"
          name="request"
          rows={3}
          maxLength={4000}
          value={request}
          onChange={(e) => setRequest(e.target.value)}
          aria-invalid={failed || empty}
          aria-describedby="assistant-examples"
        />
        {empty ? (
          <p className="field-error" role="alert">
            Write what you would like, e.g. one of the examples
          </p>
        ) : null}
        <GenerateResult state={state} />
      </div>
      <div id="assistant-examples" className="assistant-examples">
        <span className="muted">Examples:</span>
        {EXAMPLE_REQUESTS.map((example) => (
          <button key={example} type="button" className="chip" onClick={() => setRequest(example)}>
            {example}
          </button>
        ))}
      </div>
      <div className="inline-form">
        <button type="submit" value="generate" className="primary" disabled={busy}>
          Generate plan
        </button>
        <button type="submit" value="ask" className="secondary" disabled={busy}>
          Ask the assistant
        </button>
      </div>
      <AssistantSteps run={run} />
    </form>
  );
}
