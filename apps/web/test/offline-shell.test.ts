import { describe, expect, it } from 'vitest';
import { addItem, createTripInBrowser, dayItems, signUpInBrowser } from './support/pages';
import { useBrowserSuite } from './support/suite';

describe('the app offline', () => {
  const suite = useBrowserSuite();

  it('reopens a trip with no connection at all, from the service worker and IndexedDB', async () => {
    const { page, context } = await signUpInBrowser(suite.browser, suite.server.url, 'Noa');
    await createTripInBrowser(page, {
      title: 'Faroe hikes',
      destination: 'Tórshavn',
      startDate: '2027-08-01',
      endDate: '2027-08-03',
      currency: 'DKK',
      timezone: 'Atlantic/Faroe',
    });
    await addItem(page, 'Day 1', 'Sørvágsvatn');
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Sørvágsvatn']);
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync')).toBe('saved');

    // The service worker registers once the page has settled, and takes the page over.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    // One visit under its control caches the page itself.
    await page.reload();
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Sørvágsvatn']);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Sørvágsvatn']);
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync')).toBe('offline');
    // And it still takes edits, kept for when the connection is back.
    await addItem(page, 'Day 2', 'Gásadalur');
    await expect.poll(() => dayItems(page, 'Day 2').allTextContents()).toEqual(['Gásadalur']);
    await context.setOffline(false);
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync')).toBe('saved');
    await context.close();
  });
});
