/**
 * Lighthouse 12 (the last line that runs on Node 20) against the signed-in trip workspace of a
 * 30-day x 15-item trip: performance, accessibility and best practices with the desktop and the
 * mobile presets, each run several times (3 by default). Every run's scores and key metrics, and
 * each preset's median and range, go to bench/results/lighthouse.json; the full reports (HTML and
 * JSON) to /tmp/caravan-lighthouse-<preset>-<run>.{html,json}.
 *
 *   npm run bench:lighthouse [-- --out <file>] [--runs <n>] [--days <n>] [--items <n>]
 *
 * Each run is in a fresh Chromium profile (empty cache, no IndexedDB copy of the trip).
 * Requests to the OpenStreetMap tile server are blocked: this machine has no internet.
 * The session cookie is set in the browser profile before Lighthouse navigates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Config } from 'lighthouse';
import { chromium as playwright } from 'playwright-core';
import { describeMachine } from '../lib/machine.js';
import { launchDebuggableChromium } from './chromium-debug.js';
import { CATEGORIES, recordRun, summarise, TARGETS, type RunRecord } from './lighthouse-report.js';
import { parseWebBenchArgs } from './options.js';
import { SESSION_COOKIE } from './seed.js';
import { startSeededServer } from './server.js';

const options = parseWebBenchArgs(process.argv.slice(2), 'bench/results/lighthouse.json', 3);
const PRESETS: { name: 'desktop' | 'mobile'; config: Config | undefined }[] = [
  { name: 'desktop', config: desktopConfig },
  // Lighthouse's default: a mid-range phone on slow 4G, simulated throttling.
  { name: 'mobile', config: undefined },
];
const TILE_HOSTS = ['*tile.openstreetmap.org*'];
/** Trace-recording failures Lighthouse asks to retry, and how often to try. */
const RETRYABLE = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_FCP']);
const ATTEMPTS = 3;

/** One Lighthouse run of a preset in a fresh Chromium profile, signed in as the trip's owner. */
async function measure(
  preset: (typeof PRESETS)[number],
  run: number,
  url: string,
  cookie: { name: string; value: string; url: string },
): Promise<RunRecord> {
  const chromium = await launchDebuggableChromium();
  try {
    // The session cookie goes into the profile (Lighthouse clears storage, not cookies), so
    // the page and its sync WebSocket both carry it as they would for a signed-in user.
    const cdp = await playwright.connectOverCDP(`http://127.0.0.1:${chromium.port}`);
    await cdp.contexts()[0]?.addCookies([cookie]);
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
      throw new Error(`Lighthouse failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const [html, json] = Array.isArray(result.report) ? result.report : [result.report];
    const base = `/tmp/caravan-lighthouse-${preset.name}-${run}`;
    writeFileSync(`${base}.html`, html ?? '');
    writeFileSync(`${base}.json`, json ?? '');
    const record = recordRun(lhr, preset.name, run, `${base}.html`);
    console.log(`${preset.name} run ${run}: ${JSON.stringify(record.scores)}`);
    // Each day's header is several elements; the sign-in page has a few dozen in all.
    if (record.domElements < Math.max(100, options.days * 8)) {
      throw new Error(
        `${preset.name}: only ${record.domElements} DOM elements: the trip did not render`,
      );
    }
    return record;
  } finally {
    await chromium.close();
  }
}

async function main() {
  const machine = describeMachine();
  const { server, trip } = await startSeededServer(options);
  const url = `${server.url}/trips/${trip.tripId}`;
  const cookie = {
    name: SESSION_COOKIE,
    value: trip.ownerCookie.slice(SESSION_COOKIE.length + 1),
    url: server.url,
  };
  const runs: RunRecord[] = [];
  try {
    // Presets alternate run by run, so a spell of load on the shared machine falls on both.
    for (let run = 1; run <= options.runs; run++) {
      for (const preset of PRESETS) runs.push(await measure(preset, run, url, cookie));
    }
  } finally {
    await server.close();
  }

  const presets = summarise(runs);
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
    // Judged on each preset's median over the runs; every run is kept below.
    presets,
    met: Object.fromEntries(Object.entries(presets).map(([name, summary]) => [name, summary.met])),
    runs,
  };
  console.log(JSON.stringify({ presets, met: result.met }, null, 2));
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${options.out}`);
}

await main();
