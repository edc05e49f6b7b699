import type { Command } from '@caravan/core';

export type Severity = 'error' | 'warning' | 'info';

export const lintRules = [
  'opening-hours',
  'travel-time',
  'overlap',
  'outside-dates',
  'lodging',
  'budget',
  'fixed-moved',
  'attendee-clash',
  'time-zone',
] as const;
export type LintRule = (typeof lintRules)[number];

/** One problem in a trip, explained in plain language, with a one-click fix where one exists. */
export interface Finding {
  /** Stable across runs for the same problem, so the UI can remember a dismissal. */
  id: string;
  rule: LintRule;
  /** error: the plan cannot work as written; warning: likely a mistake; info: worth a look. */
  severity: Severity;
  message: string;
  itemIds: string[];
  day?: string;
  fix?: Command[];
}

export function finding(
  rule: LintRule,
  severity: Severity,
  message: string,
  itemIds: readonly string[],
  extra: { day?: string; fix?: Command[]; key?: string } = {},
): Finding {
  const ids = [...itemIds];
  const id = [rule, extra.day ?? '', [...ids].sort().join('+'), extra.key ?? ''].join(':');
  const f: Finding = { id, rule, severity, message, itemIds: ids };
  if (extra.day !== undefined) f.day = extra.day;
  if (extra.fix !== undefined && extra.fix.length > 0) f.fix = extra.fix;
  return f;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by day and id, so reports read in trip order and diff cleanly. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (a.day ?? '').localeCompare(b.day ?? '') ||
      a.id.localeCompare(b.id),
  );
}
