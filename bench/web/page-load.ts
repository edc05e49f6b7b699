import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ScriptSize {
  /** Path of the script on the server. */
  path: string;
  gzipKB: number;
  /** Referenced by the page's HTML (first-load JS), as opposed to loaded later on demand. */
  initial: boolean;
}

export interface PageLoad {
  /** gzip size of the scripts the page's HTML references (Next's "first-load JS"). */
  firstLoadJsGzipKB: number;
  /** gzip size of every script downloaded until the page was interactive (adds lazy chunks). */
  jsUntilInteractiveGzipKB: number;
  /** From navigation start until `ready` held. */
  readyMs: number;
  /** `readyMs`, or the end of the last long task before 2 s passed without one, if later. */
  timeToInteractiveMs: number;
  scripts: ScriptSize[];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const QUIET_MS = 2000;
const MAX_SETTLE_MS = 15_000;

function scriptsInHtml(html: string, base: string): Set<string> {
  const paths = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    // noModule scripts (Next's legacy polyfills) are never fetched by a current browser.
    if (!src || /\snomodule/i.test(tag)) continue;
    paths.add(new URL(src.replaceAll('&amp;', '&'), base).pathname);
  }
  return paths;
}

/**
 * Opens `url` in `page` (a fresh context: empty HTTP cache, no service worker yet) and measures
 * what the browser downloads and when the page becomes usable. `ready` is a JavaScript
 * expression evaluated in the page until it is true. Scripts are re-compressed here with gzip's
 * default level so sizes do not depend on how the server compresses.
 */
export async function measurePageLoad(page: Page, url: string, ready: string): Promise<PageLoad> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.set(
      new URL(response.url()).pathname,
      response.body().catch(() => null),
    );
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status() ?? 'no response'}`);
  const initial = scriptsInHtml(await response.text(), response.url());
  const readyHandle = await page.waitForFunction(`(${ready}) ? performance.now() : 0`, undefined, {
    timeout: 120_000,
  });
  const readyMs = Number(await readyHandle.jsonValue());

  // Long tasks after the page shows: interactive once 2 s pass without one.
  let lastLongTaskEnd = 0;
  for (;;) {
    const { now, last } = await page.evaluate<{ now: number; last: number }>(
      '({ now: performance.now(), last: Math.max(0, ...window.__bench.longTasks.map((t) => t.end)) })',
    );
    lastLongTaskEnd = last;
    if (now - Math.max(readyMs, last) >= QUIET_MS || now - readyMs > MAX_SETTLE_MS) break;
    await page.waitForTimeout(250);
  }

  const scripts: ScriptSize[] = [];
  for (const [path, body] of bodies) {
    const buffer = await body;
    if (buffer)
      scripts.push({ path, gzipKB: kb(gzipSync(buffer).length), initial: initial.has(path) });
  }
  scripts.sort((a, b) => b.gzipKB - a.gzipKB);
  const sum = (list: ScriptSize[]) => Math.round(list.reduce((s, x) => s + x.gzipKB, 0) * 10) / 10;
  const missing = [...initial].filter((p) => !bodies.has(p));
  if (missing.length > 0) throw new Error(`scripts of ${url} never loaded: ${missing.join(', ')}`);
  return {
    firstLoadJsGzipKB: sum(scripts.filter((s) => s.initial)),
    jsUntilInteractiveGzipKB: sum(scripts),
    readyMs: Math.round(readyMs),
    timeToInteractiveMs: Math.round(Math.max(readyMs, lastLongTaskEnd)),
    scripts,
  };
}
