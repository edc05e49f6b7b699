import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import type { Member } from './support/pages';
import { addItem, createTripInBrowser, dayItems, signUpInBrowser } from './support/pages';
import type { WebTestServer } from './support/server';
import { startWebServer } from './support/server';

describe('sharing a trip with a public read-only link', () => {
  let server: WebTestServer;
  let browser: Browser;
  let alice: Member;
  let link = '';

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a member create a public link from the People panel', async () => {
    alice = await signUpInBrowser(browser, server.url, 'Alice');
    const page = alice.page;
    await createTripInBrowser(page, {
      title: 'Lisbon in spring',
      destination: 'Lisbon',
      startDate: '2027-04-02',
      endDate: '2027-04-03',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    await addItem(page, 'Day 1', 'Belém Tower', '10:00');
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Belém Tower']);
    await page.getByRole('button', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Create public link' }).click();
    link = await page.getByLabel('Anyone with this link can see the itinerary').inputValue();
    expect(link).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
  });

  it('shows the itinerary, rendered on the server, to someone without an account', async () => {
    // The item reaches the projection a moment after the edit; the page reads the projection.
    await expect
      .poll(async () => (await (await fetch(link)).text()).includes('Belém Tower'))
      .toBe(true);
    const html = await (await fetch(link)).text();
    expect(html).toContain('<meta property="og:title" content="Lisbon in spring"/>');
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Lisbon · 1 stop"/);
    expect(html).toContain('<meta property="og:type" content="website"/>');

    const stranger = await browser.newContext({ baseURL: server.url });
    const page = await stranger.newPage();
    await page.goto(new URL(link).pathname);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lisbon in spring');
    expect(await page.locator('.item-title').allTextContents()).toEqual(['Belém Tower']);
    await stranger.close();
  });

  it('shows a clear page once the link is revoked', async () => {
    await alice.page.getByRole('button', { name: 'Stop sharing' }).click();
    await expect
      .poll(() => alice.page.getByRole('button', { name: 'Create public link' }).count())
      .toBe(1);
    const response = await fetch(link);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Belém Tower');
    const stranger = await browser.newContext({ baseURL: server.url });
    const page = await stranger.newPage();
    await page.goto(new URL(link).pathname);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This link is not available',
    );
    await stranger.close();
  });
});
