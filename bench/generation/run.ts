import { mkdirSync, writeFileSync } from 'node:fs';
import { getCity, placesOf } from '@caravan/catalogue';
import { generatePlan, lintTrip, planToSnapshot, requestDayCount } from '@caravan/planner';
import { convertMoney, FX_SNAPSHOT, timezoneAt } from '@caravan/places';
import { describeMachine } from '../lib/machine.js';
import { generatedRequests } from './requests.js';

// Usage: npm run bench:generation [-- --out bench/results/generation.json]
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : 'bench/results/generation.json';

const options = {
  catalogue: { getCity, placesOf },
  convert: (m: { amount: number; currency: string }, to: string) =>
    convertMoney(FX_SNAPSHOT, m, to)?.to,
  timeZoneAt: timezoneAt,
};
const requests = generatedRequests(50);

/** Runs `f` and measures its CPU time (steadier than wall time on a shared machine). */
function timed<T>(f: () => T): { value: T; ms: number } {
  const t = process.cpuUsage();
  const value = f();
  const c = process.cpuUsage(t);
  return { value, ms: (c.user + c.system) / 1000 };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

// Warm-up on other requests: a running server has compiled code and parsed common hours.
for (const r of generatedRequests(5, 99)) generatePlan(r, options);

const rows = requests.map((request, i) => {
  // Each request is timed on its first planning, as a user would meet it.
  const { value: result, ms } = timed(() => generatePlan(request, options));
  // Baseline in the same run: linting the finished plan, the cheapest full pass over it.
  const lintMs = result.ok ? timed(() => lintTrip(planToSnapshot(result.plan))).ms : 0;
  const errors = result.ok
    ? result.lint.filter((f) => f.severity === 'error').map((f) => f.message)
    : [];
  return {
    index: i,
    days: requestDayCount(request),
    people: request.party.length,
    cities: request.destinations.map((d) => d.city),
    pace: request.pace,
    budget: request.budget ?? null,
    ok: result.ok,
    reasons: result.ok ? [] : result.reasons,
    hardViolations: errors,
    visits: result.ok
      ? result.plan.days.flatMap((d) => d.slots.filter((s) => s.kind === 'visit')).length
      : 0,
    minSatisfaction: result.ok ? Math.min(...result.satisfaction.map((s) => s.score)) : null,
    cpuMs: Math.round(ms * 10) / 10,
    lintCpuMs: Math.round(lintMs * 10) / 10,
  };
});

const clean = rows.filter((r) => r.ok && r.hardViolations.length === 0).length;
const seven = rows.filter((r) => r.days === 7).map((r) => r.cpuMs);
const summary = {
  benchmark: 'itinerary generation',
  requests: rows.length,
  noHardViolationShare: clean / rows.length,
  refused: rows.filter((r) => !r.ok).length,
  p50CpuMs: percentile(
    rows.map((r) => r.cpuMs),
    50,
  ),
  p95CpuMs: percentile(
    rows.map((r) => r.cpuMs),
    95,
  ),
  sevenDay: {
    count: seven.length,
    p50CpuMs: percentile(seven, 50),
    p95CpuMs: percentile(seven, 95),
  },
  p95CpuMsPerDay: percentile(
    rows.map((r) => r.cpuMs / r.days),
    95,
  ),
  generationToLintRatio:
    Math.round(
      (rows.reduce((s, r) => s + r.cpuMs, 0) /
        Math.max(
          1,
          rows.reduce((s, r) => s + r.lintCpuMs, 0),
        )) *
        10,
    ) / 10,
  targets: { noHardViolationShare: 1, sevenDayP95CpuMs: 200 },
  machine: describeMachine(),
  measuredAt: new Date().toISOString(),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(out, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
