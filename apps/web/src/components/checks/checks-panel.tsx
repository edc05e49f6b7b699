'use client';
import type { TripSnapshot } from '@caravan/core';
import type { Finding } from '@caravan/planner/lint';
import { useState } from 'react';
import { dayLabel } from '../assistant/day-label';
import { ruleLabel } from '../assistant/check-report';
import type { RunCommand } from '../../lib/trip/use-trip';

const SEVERITY_LABELS = { error: 'Must fix', warning: 'Check', info: 'Note' } as const;

interface Props {
  findings: Finding[] | null;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
}

/** Every problem the planner finds in the trip, worst first, with a one-click fix where it has one. */
export function ChecksPanel({ findings, snapshot, readOnly, run }: Props) {
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const titles = new Map(
    [...snapshot.days.flatMap((day) => day.items), ...snapshot.ideas].map((item) => [
      item.id,
      item.title,
    ]),
  );

  const fix = async (finding: Finding) => {
    setFailed(null);
    for (const command of finding.fix ?? []) {
      const problem = await run(command);
      if (problem) {
        setFailed({ id: finding.id, message: problem });
        return;
      }
    }
  };

  return (
    <section className="panel checks" aria-labelledby="checks-title">
      <h2 id="checks-title">Checks</h2>
      <p className="muted" aria-live="polite" data-testid="checks-summary">
        {findings === null
          ? 'Checking the plan…'
          : findings.length === 0
            ? `No problems found: opening hours, travel times, dates${snapshot.details.budget ? ', bookings and the budget' : ' and bookings'} check out.`
            : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}, worst first.`}
      </p>
      {findings && findings.length > 0 ? (
        <ul className="findings" aria-label="Findings">
          {findings.map((finding) => (
            <li
              key={finding.id}
              className={`finding finding-${finding.severity}`}
              data-severity={finding.severity}
              data-rule={finding.rule}
            >
              <span className="severity">{SEVERITY_LABELS[finding.severity]}</span>{' '}
              <span className="muted">
                {ruleLabel(finding.rule)}
                {finding.day ? ` · ${dayLabel(finding.day, snapshot.details.startDate)}` : ''}:
              </span>{' '}
              {finding.message}
              {finding.itemIds.length > 0 ? (
                <span className="muted">
                  {' '}
                  ({finding.itemIds.map((id) => titles.get(id) ?? id).join(', ')})
                </span>
              ) : null}
              {finding.fix && !readOnly ? (
                <>
                  {' '}
                  <button type="button" className="secondary" onClick={() => void fix(finding)}>
                    Fix
                  </button>
                </>
              ) : null}
              {failed?.id === finding.id ? (
                <small className="field-error" role="alert">
                  {failed.message}
                </small>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
