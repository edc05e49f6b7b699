import { describe, expect, it } from 'vitest';
import { addItem, createTripInBrowser, dayItems, signUpInBrowser } from './support/pages';
import { useBrowserSuite } from './support/suite';

/**
 * Holds a read-write transaction on the trip's IndexedDB store open from the page, as a slow disk
 * would: the trip worker's next write waits behind it until `window.releaseTripStore` is set.
 * A string, so it reaches the page exactly as written.
 */
const HOLD_TRIP_STORE = (database: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open(${JSON.stringify(database)});
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const transaction = db.transaction('updates', 'readwrite');
    const store = transaction.objectStore('updates');
    window.releaseTripStore = false;
    const keepBusy = () => {
      if (!window.releaseTripStore) store.count().onsuccess = keepBusy;
    };
    keepBusy();
    transaction.oncomplete = () => db.close();
    resolve();
  };
})`;

/** Records every text the sync status's live region takes from now on, in `window.announced`. */
const RECORD_ANNOUNCEMENTS = `(() => {
  const region = document.querySelector('[data-sync] [role=status]');
  window.announced = [];
  new MutationObserver(() => window.announced.push(region.textContent)).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
})()`;

describe('the sync status', () => {
  const suite = useBrowserSuite();

  it('tells screen readers of lasting states, not of every edit', async () => {
    const { page, context } = await signUpInBrowser(suite.browser, suite.server.url, 'Ana');
    await createTripInBrowser(page, {
      title: 'Coimbra day trip',
      destination: 'Coimbra',
      startDate: '2027-05-08',
      endDate: '2027-05-08',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    const status = page.locator('[data-sync] [role=status]');
    await expect.poll(() => status.textContent()).toBe('All changes synced');
    await page.evaluate(RECORD_ANNOUNCEMENTS);

    // Each edit syncs in milliseconds: nothing worth interrupting a screen reader for.
    for (const title of ['Joanina Library', 'Sé Velha', 'Jardim Botânico']) {
      await addItem(page, 'Day 1', title);
      await expect.poll(() => dayItems(page, 'Day 1').last().textContent()).toBe(title);
    }
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync')).toBe('saved');
    // Losing the connection lasts, and is said; it is the first thing said since the edits.
    await context.setOffline(true);
    await expect.poll(() => status.textContent()).toBe('Offline · changes kept on this device');
    expect(await page.evaluate('window.announced')).toEqual([
      'Offline · changes kept on this device',
    ]);
    await context.close();
  });

  it('keeps the page from closing without asking until the edit is stored', async () => {
    const { page, context } = await signUpInBrowser(suite.browser, suite.server.url, 'Ines');
    await createTripInBrowser(page, {
      title: 'Porto weekend',
      destination: 'Porto',
      startDate: '2027-05-07',
      endDate: '2027-05-09',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    const tripUrl = page.url();
    const tripId = new URL(tripUrl).pathname.split('/').pop() ?? '';
    const indicator = page.locator('[data-sync]');
    await expect.poll(() => indicator.getAttribute('data-sync')).toBe('saved');
    // Reopening offline needs the service worker in charge and the page in its cache.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.reload();
    await expect.poll(() => indicator.getAttribute('data-sync')).toBe('saved');

    await context.setOffline(true);
    await expect.poll(() => indicator.getAttribute('data-sync')).toBe('offline');
    await page.evaluate(HOLD_TRIP_STORE(`caravan-trip-${tripId}`));
    await addItem(page, 'Day 1', 'Mercado do Bolhão');
    await expect
      .poll(() => dayItems(page, 'Day 1').allTextContents())
      .toEqual(['Mercado do Bolhão']);
    // Offline and not yet on this device's disk: the edit exists only in this page.
    const status = indicator.getByRole('status');
    await expect.poll(() => indicator.getAttribute('data-unsaved')).toBe('true');
    await expect
      .poll(() => status.textContent())
      .toBe('Offline · not saved yet, keep this page open');

    // Closing the page now asks first, and the member can stay.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await dayItems(page, 'Day 1').allTextContents()).toEqual(['Mercado do Bolhão']);

    // Once the write has gone through, the page says so and closes without a question.
    await page.evaluate('window.releaseTripStore = true');
    await expect.poll(() => indicator.getAttribute('data-unsaved')).toBe('false');
    await expect.poll(() => status.textContent()).toBe('Offline · changes kept on this device');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(dialogs).toEqual(['beforeunload']);

    // Reopened with no connection at all, the trip has the edit.
    const reopened = await context.newPage();
    await reopened.goto(tripUrl);
    await expect
      .poll(() => dayItems(reopened, 'Day 1').allTextContents())
      .toEqual(['Mercado do Bolhão']);
    await context.setOffline(false);
    await expect
      .poll(() => reopened.locator('[data-sync]').getAttribute('data-sync'))
      .toBe('saved');
    await context.close();
  });
});
