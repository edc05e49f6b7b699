'use client';
import type { TripSnapshot } from '@caravan/core';
import type { Finding, lintTrip } from '@caravan/planner/lint';
import { useEffect, useRef, useState } from 'react';

interface Lint {
  lintTrip: typeof lintTrip;
}

/** At most one check per this interval, so typing stays smooth; the latest trip is checked. */
const INTERVAL_MS = 250;

/**
 * The planner's checks of the trip as it is now: opening hours, travel times, overlaps, dates,
 * lodging, budget, fixed bookings, attendees and time zones. The checker loads once the page is
 * idle (it carries the opening-hours parser) and runs again after every change; `null` until
 * the first run.
 */
export function useTripChecks(snapshot: TripSnapshot | null, ready: boolean): Finding[] | null {
  const [lint, setLint] = useState<Lint | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);

  useEffect(() => {
    if (!ready || lint) return;
    let cancelled = false;
    import('@caravan/planner/lint').then(
      (module) => {
        if (!cancelled) setLint(module);
      },
      () => {
        // Offline before the checker was ever cached: the plan still works, just unchecked.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ready, lint]);

  const latest = useRef(snapshot);
  latest.current = snapshot;
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!lint || !snapshot || timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      if (latest.current) setFindings(lint.lintTrip(latest.current, { now: new Date() }));
    }, INTERVAL_MS);
  }, [lint, snapshot]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return findings;
}

/** "2 problems" for the tab: errors and warnings; notes do not count. */
export function problemCount(findings: readonly Finding[] | null): number {
  return findings?.filter((f) => f.severity !== 'info').length ?? 0;
}
