import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

let counter = 0;

export interface Member {
  context: BrowserContext;
  page: Page;
  name: string;
}

/** A new browser context that signs up through the UI and lands on `next` (default dashboard). */
export async function signUpInBrowser(
  browser: Browser,
  baseURL: string,
  name: string,
  next = '/trips',
  viewport = { width: 1280, height: 860 },
): Promise<Member> {
  counter += 1;
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  await page.goto(`/signup?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase()}-${counter}-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  return { context, page, name };
}

export interface TripFormInput {
  title: string;
  destination: string;
  startDate: string;
  endDate: string;
  currency: string;
  timezone: string;
  /** In the trip's currency, as typed: "1200". */
  budget?: string;
}

/** Creates a trip through the dashboard's "New trip" form and waits for its workspace. */
export async function createTripInBrowser(page: Page, trip: TripFormInput): Promise<void> {
  await page.getByRole('link', { name: 'New trip' }).first().click();
  await page.getByLabel('Trip name').fill(trip.title);
  await page.getByLabel('Destinations').fill(trip.destination);
  await page.getByLabel('Start date').fill(trip.startDate);
  await page.getByLabel('End date').fill(trip.endDate);
  await page.getByLabel('Currency').fill(trip.currency);
  await page.getByLabel('Time zone').fill(trip.timezone);
  if (trip.budget) await page.getByLabel('Budget (optional)').fill(trip.budget);
  await page.getByRole('button', { name: 'Create trip' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(trip.title);
}

/** Adds an item through the quick-add form of a day section (`Day 1`, `Ideas`). */
export async function addItem(
  page: Page,
  day: string,
  title: string,
  time?: string,
): Promise<void> {
  const section = page.locator('section.day', { has: page.getByRole('heading', { name: day }) });
  await section.getByLabel(`New item for ${day}`).fill(title);
  if (time) await section.getByLabel('Start time').fill(time);
  await section.getByRole('button', { name: 'Add' }).click();
}

export function dayItems(page: Page, day: string) {
  return page
    .locator('section.day', { has: page.getByRole('heading', { name: day }) })
    .locator('.item-title');
}

const require = createRequire(import.meta.url);

/** Serious or critical axe-core violations on the page, by rule id. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const ids = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return ids;
}

interface AxeResult {
  violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
}
