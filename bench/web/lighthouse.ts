/**
 * Lighthouse 12 (the last line that runs on Node 20) against the signed-in trip workspace of a
 * 30-day x 15-item trip: performance, accessibility and best practices with the desktop and the
 * mobile presets. Scores and key metrics go to bench/results/lighthouse.json; the full reports
 * (HTML and JSON) to /tmp/caravan-lighthouse-<preset>.{html,json}.
 *
 *   npm run bench:lighthouse [-- --out <file>] [--days <n>] [--items <n>]
 *
 * Each preset runs in a fresh Chromium profile (empty cache, no IndexedDB copy of the trip).
 * Requests to the OpenStreetMap tile server are blocked: this machine has no internet.
 * The session cookie is set in the browser profile before Lighthouse navigates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Config, Result } from 'lighthouse';
import { chromium as playwright } from 'playwright-core';
import { describeMachine } from '../lib/machine.js';
import { launchDebuggableChromium } from './chromium-debug.js';
import { parseWebBenchArgs } from './options.js';
import { SESSION_COOKIE } from './seed.js';
import { startSeededServer } from './server.js';

const options = parseWebBenchArgs(process.argv.slice(2), 'bench/results/lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const TARGETS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const PRESETS: { name: 'desktop' | 'mobile'; config: Config | undefined }[] = [
  { name: 'desktop', config: desktopConfig },
  // Lighthouse's default: a mid-range phone on slow 4G, simulated throttling.
  { name: 'mobile', config: undefined },
];
const TILE_HOSTS = ['*tile.openstreetmap.org*'];
/** Trace-recording failures Lighthouse asks to retry, and how often to try. */
const RETRYABLE = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_FCP']);
const ATTEMPTS = 3;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
  'max-potential-fid',
] as const;

function score(category: Result.Category | undefined): number | null {
  return category?.score == null ? null : Math.round(category.score * 100);
}

/** Audits of the measured categories that did not pass, with what they found. */
function failingAudits(lhr: Result) {
  const failing: { category: string; id: string; title: string; score: number; value?: string }[] =
    [];
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

async function main() {
  const machine = describeMachine();
  const { server, trip } = await startSeededServer(options);
  const url = `${server.url}/trips/${trip.tripId}`;
  const runs = [];
  try {
    for (const preset of PRESETS) {
      const chromium = await launchDebuggableChromium();
      try {
        // The session cookie goes into the profile (Lighthouse clears storage, not cookies), so
        // the page and its sync WebSocket both carry it as they would for a signed-in user.
        const cdp = await playwright.connectOverCDP(`http://127.0.0.1:${chromium.port}`);
        await cdp.contexts()[0]?.addCookies([
          {
            name: SESSION_COOKIE,
            value: trip.ownerCookie.slice(SESSION_COOKIE.length + 1),
            url: server.url,
          },
        ]);
        await cdp.close();
        // Lighthouse sometimes fails to record the trace ("Please run Lighthouse again"); a page
        // that is really broken fails every attempt.
        let result: Awaited<ReturnType<typeof lighthouse>>;
        for (let attempt = 1; ; attempt++) {
          result = await lighthouse(
            url,
            {
              port: chromium.port,
              output: ['html', 'json'],
              logLevel: 'error',
              onlyCategories: [...CATEGORIES],
              // Map tiles come from the internet (tile.openstreetmap.org by default), which this
              // machine cannot reach; failed lookups would show as console errors. Blocked requests
              // are reported as ERR_BLOCKED_BY_CLIENT.Inspector, which Lighthouse does not count.
              blockedUrlPatterns: TILE_HOSTS,
            },
            preset.config,
          );
          const code = result?.lhr.runtimeError?.code;
          if (!code || !RETRYABLE.has(code) || attempt === ATTEMPTS) break;
          console.warn(`${preset.name}: Lighthouse reported ${code}; running it again`);
        }
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) {
          throw new Error(
            `Lighthouse failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
        }
        const [html, json] = Array.isArray(result.report) ? result.report : [result.report];
        const base = `/tmp/caravan-lighthouse-${preset.name}`;
        writeFileSync(`${base}.html`, html ?? '');
        writeFileSync(`${base}.json`, json ?? '');
        const domSize = lhr.audits['dom-size']?.numericValue ?? 0;
        runs.push({
          preset: preset.name,
          scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr.categories[id])])),
          metricsMs: Object.fromEntries(
            METRICS.map((id) => [
              id,
              Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000,
            ]),
          ),
          // A signed-in page shows every day's header and the stops of the days near the top;
          // a few dozen elements would mean the sign-in or an error page was measured instead.
          domElements: domSize,
          // Lighthouse's CPU benchmark of the machine during the run; a busy machine scores low.
          benchmarkIndex: lhr.environment.benchmarkIndex,
          failing: failingAudits(lhr),
          warnings: lhr.runWarnings,
          report: `${base}.html`,
        });
        console.log(`${preset.name}: ${JSON.stringify(runs.at(-1)?.scores)}`);
        // Each day's header is several elements; the sign-in page has a few dozen in all.
        if (domSize < Math.max(100, options.days * 8)) {
          throw new Error(`${preset.name}: only ${domSize} DOM elements: the trip did not render`);
        }
      } finally {
        await chromium.close();
      }
    }
  } finally {
    await server.close();
  }

  const result = {
    benchmark: 'lighthouse',
    date: new Date().toISOString(),
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default
      .version,
    machine,
    loadAverageAfter: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    page: '/trips/[tripId] (signed in as the owner)',
    trip: { days: options.days, itemsPerDay: options.itemsPerDay },
    targets: TARGETS,
    runs,
    met: Object.fromEntries(
      runs.map((run) => [
        run.preset,
        CATEGORIES.every((id) => (run.scores[id] ?? 0) >= TARGETS[id]),
      ]),
    ),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${options.out}`);
}

await main();
