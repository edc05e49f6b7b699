'use client';
import type { CheckReport } from './check-report';
import { ruleLabel } from './check-report';

const SEVERITY_LABELS = { error: 'Must fix', warning: 'Check', info: 'Note' } as const;

function summary(report: CheckReport): string {
  const { error, warning, info } = report.counts;
  if (error + warning + info === 0)
    return 'No problems found: opening hours, travel times, budget and bookings check out.';
  const parts = [
    error ? `${error} ${error === 1 ? 'error' : 'errors'}` : '',
    warning ? `${warning} ${warning === 1 ? 'warning' : 'warnings'}` : '',
    info ? `${info} ${info === 1 ? 'note' : 'notes'}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** The planner's checks of a proposal in plain words, and how well it suits each traveller. */
export function CheckReportView({ report }: { report: CheckReport }) {
  return (
    <div className="check-report" data-errors={report.counts.error}>
      <h4>Check report</h4>
      <p className={report.counts.error ? 'field-error' : 'muted'}>{summary(report)}</p>
      {report.findings.length > 0 ? (
        <ul className="findings">
          {report.findings.map((finding, index) => (
            <li
              key={index}
              className={`finding finding-${finding.severity}`}
              data-severity={finding.severity}
            >
              <span className="severity">{SEVERITY_LABELS[finding.severity]}</span>{' '}
              <span className="muted">{ruleLabel(finding.rule)}:</span> {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      {report.satisfaction.length > 0 ? (
        <>
          <h4>Interests matched</h4>
          <ul className="satisfaction">
            {report.satisfaction.map((member, index) => {
              const percent = Math.round(member.score * 100);
              return (
                <li key={index}>
                  <span>{member.name}</span>{' '}
                  <meter
                    min={0}
                    max={100}
                    value={percent}
                    aria-label={`${member.name}: interests matched`}
                  />{' '}
                  <span>{percent}%</span>
                  {member.visits ? (
                    <span className="muted">
                      {' '}
                      ({member.matchedVisits ?? 0} of {member.visits} visits)
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
