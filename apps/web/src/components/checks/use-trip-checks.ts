'use client';
import type { TripSnapshot } from '@caravan/core';
import type { Finding } from '@caravan/planner/lint';
import { useEffect, useRef, useState } from 'react';
import type { LintRequest } from './lint-worker';

/** At most one check per this interval while the trip changes; the latest trip is checked. */
const INTERVAL_MS = 250;

/**
 * The planner's checks of the trip as it is now: opening hours, travel times, overlaps, dates,
 * lodging, budget, fixed bookings, attendees and time zones. They run in a Web Worker, started
 * once the page is idle, again after every change; `null` until the first answer.
 */
export function useTripChecks(snapshot: TripSnapshot | null, ready: boolean): Finding[] | null {
  const [worker, setWorker] = useState<Worker | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const sent = useRef(0);

  useEffect(() => {
    if (!ready) return;
    const started = new Worker(new URL('./lint-worker.ts', import.meta.url));
    started.onmessage = (event: MessageEvent<{ seq: number; findings: Finding[] }>) => {
      if (event.data.seq === sent.current) setFindings(event.data.findings);
    };
    setWorker(started);
    return () => started.terminate();
  }, [ready]);

  const latest = useRef(snapshot);
  latest.current = snapshot;
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!worker || !snapshot || timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      if (!latest.current) return;
      sent.current += 1;
      const request: LintRequest = { seq: sent.current, snapshot: latest.current, now: Date.now() };
      worker.postMessage(request);
    }, INTERVAL_MS);
  }, [worker, snapshot]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return findings;
}

/** "2 problems" for the tab: errors and warnings; notes do not count. */
export function problemCount(findings: readonly Finding[] | null): number {
  return findings?.filter((f) => f.severity !== 'info').length ?? 0;
}
