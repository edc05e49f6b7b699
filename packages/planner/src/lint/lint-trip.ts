import type { TripSnapshot } from '@caravan/core';
import { buildContext, type LintContext, type LintOptions } from './context.js';
import { sortFindings, type Finding } from './finding.js';
import { budgetRule } from './rules/budget.js';
import { fixedMovedRule } from './rules/fixed-moved.js';
import { lodgingRule } from './rules/lodging.js';
import { openingHoursRule } from './rules/opening-hours.js';
import { outsideDatesRule } from './rules/outside-dates.js';
import { attendeeClashRule, overlapRule } from './rules/overlap.js';
import { timeZoneRule } from './rules/time-zone.js';
import { travelTimeRule } from './rules/travel-time.js';

const rules: ReadonlyArray<(ctx: LintContext) => Finding[]> = [
  openingHoursRule,
  travelTimeRule,
  overlapRule,
  outsideDatesRule,
  lodgingRule,
  budgetRule,
  fixedMovedRule,
  attendeeClashRule,
  timeZoneRule,
];

/**
 * Checks a trip and explains every problem in plain language. Pure and synchronous: the browser
 * runs it on every change and the server on every proposal.
 */
export function lintTrip(snapshot: TripSnapshot, options: LintOptions = {}): Finding[] {
  const ctx = buildContext(snapshot, options);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule(ctx)) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push(f);
    }
  }
  return sortFindings(out);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
