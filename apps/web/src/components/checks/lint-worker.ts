/// <reference lib="webworker" />
import type { TripSnapshot } from '@caravan/core';
import { lintTrip } from '@caravan/planner/lint';

/** A trip to check, numbered so the page keeps only the answer to its latest request. */
export interface LintRequest {
  seq: number;
  snapshot: TripSnapshot;
  now: number;
}

// The checker (and its opening-hours parser) runs here, off the page's main thread, so
// checking a long trip never delays typing or dragging.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<LintRequest>) => {
  const { seq, snapshot, now } = event.data;
  scope.postMessage({ seq, findings: lintTrip(snapshot, { now: new Date(now) }) });
};
