import { z } from 'zod';

export type Severity = 'error' | 'warning' | 'info';

const lintFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  day: z.string().optional(),
});
export type LintFinding = z.infer<typeof lintFindingSchema>;

const memberScoreSchema = z.object({
  name: z.string(),
  score: z.number().min(0).max(1),
  matchedVisits: z.number().optional(),
  visits: z.number().optional(),
});
export type MemberScore = z.infer<typeof memberScoreSchema>;

const satisfactionSchema = z.object({
  rule: z.literal('satisfaction'),
  members: z.array(memberScoreSchema),
});

/** A proposal's checks: the planner's lint findings (worst first) and each member's match. */
export interface CheckReport {
  findings: LintFinding[];
  satisfaction: MemberScore[];
  counts: Record<Severity, number>;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const RULE_LABELS: Record<string, string> = {
  'opening-hours': 'Opening hours',
  'travel-time': 'Travel time',
  overlap: 'Overlapping times',
  'outside-dates': 'Outside the trip dates',
  lodging: 'Where to sleep',
  budget: 'Budget',
  'fixed-moved': 'Fixed booking moved',
  'attendee-clash': 'Someone in two places',
  'time-zone': 'Time zone',
};

/** The lint rule in words a member understands. */
export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule.replaceAll('-', ' ');
}

/**
 * Reads the free-form findings stored with a proposal. Entries written by a peer in an
 * unknown shape are skipped rather than shown half-understood.
 */
export function readCheckReport(findings: readonly unknown[] | undefined): CheckReport {
  const report: CheckReport = {
    findings: [],
    satisfaction: [],
    counts: { error: 0, warning: 0, info: 0 },
  };
  for (const entry of findings ?? []) {
    const satisfaction = satisfactionSchema.safeParse(entry);
    if (satisfaction.success) {
      report.satisfaction.push(...satisfaction.data.members);
      continue;
    }
    const finding = lintFindingSchema.safeParse(entry);
    if (!finding.success) continue;
    report.findings.push(finding.data);
    report.counts[finding.data.severity] += 1;
  }
  report.findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return report;
}
