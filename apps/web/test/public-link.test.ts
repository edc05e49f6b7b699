import { describe, expect, it } from 'vitest';
import type { Member } from './support/pages';
import { addItem, createTripInBrowser, dayItems, signUpInBrowser } from './support/pages';
import { useBrowserSuite } from './support/suite';

describe('sharing a trip with a public read-only link', () => {
  const suite = useBrowserSuite();
  let alice: Member;
  let link = '';

  it('lets a member create a public link from the People panel', async () => {
    alice = await signUpInBrowser(suite.browser, suite.server.url, 'Alice');
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

    const stranger = await suite.browser.newContext({ baseURL: suite.server.url });
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
    const stranger = await suite.browser.newContext({ baseURL: suite.server.url });
    const page = await stranger.newPage();
    await page.goto(new URL(link).pathname);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This link is not available',
    );
    await stranger.close();
  });
});
