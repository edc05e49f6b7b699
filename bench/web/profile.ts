/**
 * Where the trip page spends its main-thread time while it loads: a CPU profile of the signed-in
 * workspace of the 30-day x 15-item trip, with the CPU slowed 4x (Lighthouse's mobile setting),
 * summed by source file and by function. With a build made with CARAVAN_WEB_SOURCE_MAPS=1 the
 * samples are mapped back to the original files; otherwise they are named by chunk.
 *
 *   npm run bench:web-profile [-- --days <n>] [--items <n>] [--out <file>]
 *
 * Also lists the long tasks (over 50 ms, slowed) the page ran, which is what Lighthouse's
 * total blocking time is made of. Writes the summary as JSON to --out (default
 * /tmp/caravan-web-profile.json) and the raw profile next to it (.cpuprofile, for DevTools).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { launchDebuggableChromium } from './chromium-debug.js';
import { parseWebBenchArgs } from './options.js';
import { SESSION_COOKIE } from './seed.js';
import { startSeededServer } from './server.js';

const options = parseWebBenchArgs(process.argv.slice(2), '/tmp/caravan-web-profile.json');
const THROTTLE = 4;
const SETTLE_MS = 8000;
const STATIC_DIR = path.resolve('apps/web/.next/static');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, SourceMapConsumer | null>();
function sourceMapOf(url: string): SourceMapConsumer | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  let consumer: SourceMapConsumer | null = null;
  const match = /\/_next\/static\/(.+\.js)$/.exec(new URL(url, 'http://x').pathname);
  const file = match?.[1] ? path.join(STATIC_DIR, decodeURIComponent(match[1]) + '.map') : null;
  if (file && existsSync(file)) {
    consumer = new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap);
  }
  maps.set(url, consumer);
  return consumer;
}

function shortSource(source: string): string {
  return source
    .replace(/^webpack:\/\/_N_E\//, '')
    .replace(/^\.\/node_modules\//, '')
    .replace(/^\.\.\/\.\.\/node_modules\//, '')
    .replace(/^\.\.\/\.\.\/packages\//, 'packages/')
    .replace(/\?.*$/, '');
}

/** Where a frame comes from: the original file and function when a source map knows it. */
function locate(frame: ProfileNode['callFrame']): { file: string; fn: string } {
  if (!frame.url) return { file: `(${frame.functionName || 'native'})`, fn: frame.functionName };
  const map = sourceMapOf(frame.url);
  if (map) {
    const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (pos.source) {
      const file = shortSource(pos.source);
      return { file, fn: `${pos.name ?? frame.functionName ?? '(anonymous)'} ${file}:${pos.line}` };
    }
  }
  const file = new URL(frame.url).pathname.split('/').pop() ?? frame.url;
  return { file, fn: `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` };
}

function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const files = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const { file, fn } = locate(node.callFrame);
    files.set(file, (files.get(file) ?? 0) + ms);
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return { byFile: top(files, 40), byFunction: top(fns, 60), tasks: tasksOf(profile, byId) };
}

/**
 * The profile cut into tasks (runs of samples with no idle gap), and for each task over 50 ms
 * the functions of our own code (src/, packages/) with the most time under them.
 */
function tasksOf(profile: Profile, byId: Map<number, ProfileNode>) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const tasks: {
    start: number;
    ms: number;
    own: Map<string, number>;
    files: Map<string, number>;
  }[] = [];
  let t = 0;
  let current: (typeof tasks)[number] | null = null;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') {
      current = null;
      return;
    }
    if (!current) tasks.push((current = { start: t, ms: 0, own: new Map(), files: new Map() }));
    current.ms += dt;
    const self = locate(node.callFrame).file;
    current.files.set(self, (current.files.get(self) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)?.callFrame;
      if (!frame) break;
      const { file, fn } = locate(frame);
      if (!/^(src|packages)\//.test(file) || seen.has(fn)) continue;
      seen.add(fn);
      current.own.set(fn, (current.own.get(fn) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${Math.round(ms)} ${name}`);
  return tasks
    .filter((task) => task.ms > 50)
    .map((task) => ({
      start: Math.round(task.start),
      ms: Math.round(task.ms),
      files: top(task.files, 6),
      ownCode: top(task.own, 12),
    }));
}

async function main() {
  const { server, trip } = await startSeededServer(options);
  const chromium = await launchDebuggableChromium();
  try {
    const browser = await playwright.connectOverCDP(`http://127.0.0.1:${chromium.port}`);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    await context.addCookies([
      {
        name: SESSION_COOKIE,
        value: trip.ownerCookie.slice(SESSION_COOKIE.length + 1),
        url: server.url,
      },
    ]);
    const page = await context.newPage();
    // Long tasks as the page itself sees them (in slowed-down time).
    await page.addInitScript(`
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    `);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/trips/${trip.tripId}`);
    await page.waitForSelector('.day .item', { timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const longTasks =
      await page.evaluate<{ start: number; duration: number }[]>('window.__longTasks');
    const blocking = longTasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    const summary = {
      throttle: THROTTLE,
      trip: { days: options.days, itemsPerDay: options.itemsPerDay },
      longTasks: longTasks.map((t) => ({ start: Math.round(t.start), ms: Math.round(t.duration) })),
      blockingMs: Math.round(blocking),
      ...summarise(profile),
    };
    Object.assign(summary, { sourceMaps: [...maps.values()].some(Boolean) });
    writeFileSync(options.out, `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(options.out.replace(/\.json$/, '') + '.cpuprofile', JSON.stringify(profile));
    console.log(JSON.stringify(summary, null, 2));
    await browser.close();
  } finally {
    await chromium.close();
    await server.close();
  }
}

await main();
