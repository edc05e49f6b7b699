/**
 * Web app benchmark: first-load JavaScript (gzip) of the trip workspace, time until the
 * itinerary is interactive, and input latency p95 (Event Timing) while typing and dragging in a
 * 30-day x 15-item trip while a second member edits through the API. The sign-in page, measured in
 * the same run, is the baseline for the ratios.
 *
 *   npx tsx bench/web/trip-page.ts            (builds nothing: run `npm run build -w @caravan/web` first)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../apps/web/test/support/browser.js';
import { startWebServer } from '../../apps/web/test/support/server.js';
import { describeMachine } from '../lib/machine.js';

const DAYS = 30;
const ITEMS_PER_DAY = 15;
const here = path.dirname(fileURLToPath(import.meta.url));

async function json<T>(
  url: string,
  init: RequestInit & { cookie?: string },
): Promise<{ body: T; res: Response }> {
  const res = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as T, res };
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Sums gzip sizes of every script the page downloads until `done` resolves. */
async function measureJs(page: Page, url: string, ready: () => Promise<void>) {
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.body().catch(() => null));
  });
  const start = Date.now();
  await page.goto(url);
  await ready();
  const interactiveMs = Date.now() - start;
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  const gzipBytes = buffers.reduce((sum, b) => sum + gzipSync(b).length, 0);
  return { gzipKB: Math.round(gzipBytes / 102.4) / 10, scripts: buffers.length, interactiveMs };
}

const OBSERVE = `window.__latencies = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__latencies.push(e.duration); })
  .observe({ type: 'event', durationThreshold: 16, buffered: false });`;

function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

async function typeLatency(page: Page, selector: string, text: string): Promise<number[]> {
  await page.evaluate(OBSERVE);
  await page.locator(selector).first().click();
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(300);
  return page.evaluate('window.__latencies');
}

async function main() {
  const server = await startWebServer();
  const browser = await launchChromium();
  try {
    const signup = await json<{ user: { id: string } }>(`${server.url}/api/v1/auth/signup`, {
      method: 'POST',
      body: JSON.stringify({
        email: 'bench@example.com',
        password: 'correct horse battery',
        name: 'Bench',
      }),
    });
    const cookie = (signup.res.headers.getSetCookie()[0] ?? '').split(';', 1)[0] ?? '';
    const start = '2027-06-01';
    const trip = await json<{ id: string }>(`${server.url}/api/v1/trips`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({
        title: 'Thirty days',
        startDate: start,
        endDate: addDays(start, DAYS - 1),
        timezone: 'Europe/Rome',
        currency: 'EUR',
      }),
    });
    const tripId = trip.body.id;
    for (let d = 0; d < DAYS; d++) {
      const commands = Array.from({ length: ITEMS_PER_DAY }, (_, i) => ({
        type: 'addItem',
        to: addDays(start, d),
        item: {
          kind: 'place',
          title: `Stop ${d + 1}.${i + 1}`,
          startTime: `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
          place: { name: `Stop ${i + 1}`, lat: 41.9 + i * 0.002, lon: 12.48 + i * 0.002 },
        },
      }));
      await json(`${server.url}/api/v1/trips/${tripId}/commands`, {
        method: 'POST',
        cookie,
        body: JSON.stringify(commands),
      });
    }

    const host = new URL(server.url).hostname;
    const context = await browser.newContext({ baseURL: server.url });
    await context.addCookies([
      { name: 'caravan_session', value: cookie.split('=')[1] ?? '', domain: host, path: '/' },
    ]);
    const baselinePage = await context.newPage();
    const baseline = await measureJs(baselinePage, '/signin', () =>
      baselinePage.getByRole('button', { name: 'Sign in' }).waitFor(),
    );
    const baselineLatency = await typeLatency(baselinePage, '#main input', 'someone@example.com');

    const page = await context.newPage();
    const tripPage = await measureJs(page, `/trips/${tripId}`, () =>
      page.locator('.item-title', { hasText: `Stop ${DAYS}.${ITEMS_PER_DAY}` }).waitFor(),
    );

    // A second member edits through the live document while we type and drag.
    let editing = true;
    const editor = (async () => {
      let n = 0;
      while (editing) {
        n += 1;
        await json(`${server.url}/api/v1/trips/${tripId}/commands`, {
          method: 'POST',
          cookie,
          body: JSON.stringify({
            type: 'addItem',
            to: 'ideas',
            item: { kind: 'note', title: `Idea ${n}` },
          }),
        });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const typing = await typeLatency(page, 'input[name="title"]', 'Gelato near the Pantheon');
    await page.evaluate(OBSERVE);
    for (let i = 0; i < 5; i++) {
      const handle = page.locator('.drag-handle').nth(i);
      const box = await handle.boundingBox();
      if (!box) continue;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let s = 1; s <= 10; s++) await page.mouse.move(box.x + 5, box.y + s * 12, { steps: 2 });
      await page.mouse.up();
    }
    const dragging: number[] = await page.evaluate('window.__latencies');
    editing = false;
    await editor;

    const latencies = [...typing, ...dragging];
    const result = {
      benchmark: 'web-trip-page',
      date: new Date().toISOString(),
      machine: describeMachine(),
      trip: { days: DAYS, itemsPerDay: ITEMS_PER_DAY },
      firstLoadJsGzipKB: tripPage.gzipKB,
      scripts: tripPage.scripts,
      timeToInteractiveMs: tripPage.interactiveMs,
      inputLatencyP95Ms: p95(latencies),
      slowEvents: latencies.length,
      baseline: {
        page: '/signin',
        firstLoadJsGzipKB: baseline.gzipKB,
        timeToInteractiveMs: baseline.interactiveMs,
        inputLatencyP95Ms: p95(baselineLatency),
      },
      ratios: {
        firstLoadJs: Math.round((tripPage.gzipKB / baseline.gzipKB) * 100) / 100,
        timeToInteractive:
          Math.round((tripPage.interactiveMs / Math.max(1, baseline.interactiveMs)) * 100) / 100,
      },
      targets: { firstLoadJsGzipKB: 250, inputLatencyP95Ms: 100 },
      notes:
        'Event Timing only reports events slower than 16 ms, so the p95 is over slow events (0 when none were slow). Lighthouse 12 was not run.',
    };
    console.log(JSON.stringify(result, null, 2));
    writeFileSync(
      path.join(here, '../results/web-trip-page.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
