/** Shapes Lighthouse results into the benchmark's record: one entry per run, a median per preset. */
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];
export const TARGETS: Record<Category, number> = {
  performance: 90,
  accessibility: 95,
  'best-practices': 95,
};
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
  'max-potential-fid',
] as const;

export interface RunRecord {
  preset: string;
  run: number;
  scores: Record<Category, number | null>;
  metricsMs: Record<string, number>;
  domElements: number;
  benchmarkIndex: number;
  failing: { category: string; id: string; title: string; score: number; value?: string }[];
  warnings: Result['runWarnings'];
  report: string;
}

function score(category: Result.Category | undefined): number | null {
  return category?.score == null ? null : Math.round(category.score * 100);
}

/** Audits of the measured categories that did not pass, with what they found. */
function failingAudits(lhr: Result): RunRecord['failing'] {
  const failing: RunRecord['failing'] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || ref.weight === 0) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable')
        continue;
      failing.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { value: audit.displayValue } : {}),
      });
    }
  }
  return failing;
}

export function recordRun(lhr: Result, preset: string, run: number, report: string): RunRecord {
  return {
    preset,
    run,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr.categories[id])])) as Record<
      Category,
      number | null
    >,
    metricsMs: Object.fromEntries(
      METRICS.map((id) => [id, Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000]),
    ),
    // A signed-in page shows every day's header and the stops of the days near the top;
    // a few dozen elements would mean the sign-in or an error page was measured instead.
    domElements: lhr.audits['dom-size']?.numericValue ?? 0,
    // Lighthouse's CPU benchmark of the machine during the run; a busy machine scores low.
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings,
    report,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Each preset's median score per category, with the range, over its runs. Lighthouse's own
 * guidance is to judge the median of several runs: one run's performance score moves by several
 * points with the machine's load.
 */
export function summarise(runs: RunRecord[]) {
  const presets = [...new Set(runs.map((run) => run.preset))];
  return Object.fromEntries(
    presets.map((preset) => {
      const own = runs.filter((run) => run.preset === preset);
      const of = (id: Category) => own.map((run) => run.scores[id] ?? 0);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [
          id,
          { median: median(of(id)), min: Math.min(...of(id)), max: Math.max(...of(id)) },
        ]),
      ) as Record<Category, { median: number; min: number; max: number }>;
      return [
        preset,
        {
          runs: own.length,
          scores,
          totalBlockingTimeMs: median(own.map((run) => run.metricsMs['total-blocking-time'] ?? 0)),
          largestContentfulPaintMs: median(
            own.map((run) => run.metricsMs['largest-contentful-paint'] ?? 0),
          ),
          benchmarkIndex: median(own.map((run) => run.benchmarkIndex)),
          met: CATEGORIES.every((id) => scores[id].median >= TARGETS[id]),
        },
      ];
    }),
  );
}
