import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startWebServer, type WebTestServer } from './server';

/** Where the browser tests save the screenshots the README shows. */
export const SCREENSHOTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../docs/screenshots',
);

export interface BrowserSuite {
  readonly server: WebTestServer;
  readonly browser: Browser;
}

/**
 * Starts a Caravan server (its own database, the built app mounted) and Chromium before the
 * file's tests, and stops both after them.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: WebTestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
