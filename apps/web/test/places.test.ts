import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Member } from './support/pages';
import {
  createTripInBrowser,
  dayItems,
  seriousAxeViolations,
  signUpInBrowser,
} from './support/pages';
import { SCREENSHOTS, useBrowserSuite } from './support/suite';

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' }).locator('.place-name');
}

function status(page: Page) {
  return page.getByTestId('place-status');
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search places').fill(text);
  await page.getByLabel('Search places').press('Enter');
}

/** The names of the markers on the Places map, in their numbered order. */
function markerNames(page: Page): Promise<string[]> {
  return page
    .locator('.places-map .place-marker')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

describe('finding places and adding them to the trip', () => {
  const suite = useBrowserSuite();
  let alice: Member;
  let tripUrl = '';

  it('recommends places for a new Paris trip while the search box is empty', async () => {
    alice = await signUpInBrowser(suite.browser, suite.server.url, 'Alice');
    await createTripInBrowser(alice.page, {
      title: 'Paris in spring',
      destination: 'Paris',
      startDate: '2027-05-01',
      endDate: '2027-05-03',
      currency: 'EUR',
      timezone: 'Europe/Paris',
    });
    tripUrl = new URL(alice.page.url()).pathname;
    await alice.page.getByRole('button', { name: 'Places', exact: true }).click();
    const page = alice.page;
    const list = page.getByRole('list', { name: 'Recommended for this group' });
    await expect.poll(() => list.locator('.place-name').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.places-map .place-marker').count()).toBeGreaterThan(0);
  });

  it('finds the Louvre first for "louvre", in the trip’s city, and marks it on the map', async () => {
    const page = alice.page;
    await search(page, 'louvre');
    await expect.poll(() => results(page).first().textContent()).toBe('Louvre Museum');
    await expect.poll(() => status(page).textContent()).toMatch(/found in Paris/);
    expect(await page.locator('.place-source').textContent()).toContain('Offline data');
    await expect.poll(async () => (await markerNames(page))[0]).toBe('1. Louvre Museum');
    const first = page.getByRole('list', { name: 'Search results' }).locator('li').first();
    expect(await first.textContent()).toMatch(/Museum · about €22\.00/);
    await results(page).first().click();
    await expect
      .poll(() => page.locator('.places-map .place-marker.is-active').getAttribute('aria-label'))
      .toBe('1. Louvre Museum');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'places.png') });
  });

  it('has no serious accessibility violations with results on screen', async () => {
    expect((await seriousAxeViolations(alice.page)).join('\n')).toBe('');
  });

  it('understands typos, missing accents and other languages', async () => {
    const page = alice.page;
    await search(page, 'lovre');
    await expect.poll(() => results(page).first().textContent()).toBe('Louvre Museum');
    await search(page, 'musee d orsay');
    await expect.poll(() => results(page).first().textContent()).toBe('Musée d’Orsay');
    await page.getByLabel('Look in').selectOption('');
    await search(page, 'museo del prado');
    await expect.poll(() => results(page).first().textContent()).toBe('Museo del Prado');
    await expect.poll(async () => (await markerNames(page))[0]).toBe('1. Museo del Prado');
    await page.getByLabel('Look in').selectOption('Paris');
  });

  it('adds a result to the selected day and saves another as an idea', async () => {
    const page = alice.page;
    await search(page, 'louvre');
    await page.getByRole('button', { name: 'Add to Day 1: Louvre Museum' }).click();
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Louvre Museum']);
    const item = page.locator('section.day', { has: page.getByRole('heading', { name: 'Day 1' }) });
    expect(await item.locator('.item-place').textContent()).toContain('Louvre Museum');
    expect(await item.locator('.item-cost').textContent()).toContain('22.00');

    await page.getByLabel('Look in').selectOption({ label: 'Around Day 1’s stops' });
    await search(page, 'museum');
    await expect.poll(() => status(page).textContent()).toMatch(/found around Day 1’s stops/);
    const metas = await page
      .getByRole('list', { name: 'Search results' })
      .locator('.place-meta')
      .allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => / (\d+ m|[0-4]\.\d km|5\.0 km) from Louvre Museum$/.test(m))).toBe(
      true,
    );
    await page.getByLabel('Look in').selectOption('Paris');

    await search(page, 'eiffel tower');
    await page.getByRole('button', { name: 'Save as idea: Eiffel Tower' }).click();
    await expect.poll(() => dayItems(page, 'Ideas').allTextContents()).toEqual(['Eiffel Tower']);
  });

  it('narrows results by kind of place', async () => {
    const page = alice.page;
    await page.getByLabel('Search places').fill('');
    const kinds = () =>
      page.getByRole('list', { name: 'Search results' }).locator('.place-meta').allTextContents();
    await page.getByLabel('Kind of place', { exact: true }).selectOption('museum');
    await expect
      .poll(async () => {
        const metas = await kinds();
        return metas.length > 2 && metas.every((m) => m.startsWith('Museum'));
      })
      .toBe(true);
    await page.getByLabel('Kind of place', { exact: true }).selectOption('park');
    await expect
      .poll(async () => {
        const metas = await kinds();
        return metas.length > 0 && metas.every((m) => m.startsWith('Park'));
      })
      .toBe(true);
    await page.getByLabel('Kind of place', { exact: true }).selectOption('');
  });

  it('saves a place of our own that trip searches then find, and "Open now" leaves out closed places', async () => {
    const page = alice.page;
    await page.getByText('Add your own place').click();
    await page.getByLabel('Place name').fill('Chez Mamie');
    await page.getByLabel('Type of place').selectOption('food');
    await page.getByLabel('Latitude').fill('48.8625');
    await page.getByLabel('Longitude').fill('2.3400');
    await page.getByLabel('Opening hours (optional)').fill('Mo-Su off');
    await page.getByRole('button', { name: 'Save place' }).click();
    await expect.poll(() => page.getByText('Chez Mamie is saved').count()).toBe(1);

    await search(page, 'chez mamie');
    await expect.poll(() => results(page).first().textContent()).toBe('Chez Mamie');
    expect(await page.getByText('Added by your group').count()).toBeGreaterThan(0);
    expect(await page.locator('.place-hours').first().textContent()).toBe(
      'Closed now · Closed today',
    );

    await page.getByLabel('Open now').check();
    await expect
      .poll(async () => {
        const text = (await status(page).textContent()) ?? '';
        const names = await results(page).allTextContents();
        return /No places match|found/.test(text) && !names.includes('Chez Mamie');
      })
      .toBe(true);
    await search(page, 'montmartre');
    await expect.poll(() => results(page).first().textContent()).toBe('Montmartre');
    expect(await page.locator('.place-hours').first().textContent()).toContain('Open now');
    await page.getByLabel('Open now').uncheck();
  });

  it('explains an empty search, a rejected one and a failed one next to the field', async () => {
    const page = alice.page;
    await search(page, '');
    await expect
      .poll(() => page.locator('#place-search-error').textContent())
      .toContain('Type a place');
    await search(page, '!!!');
    await expect
      .poll(() => page.locator('#place-search-error').textContent())
      .toContain('must contain letters or digits');
    await search(page, 'zzzzqqqq xxyyzz');
    await expect.poll(() => status(page).textContent()).toMatch(/No places match/);

    await alice.context.setOffline(true);
    await search(page, 'louvre');
    await expect.poll(() => status(page).textContent()).toMatch(/needs the Caravan server/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Paris in spring');
    expect(await dayItems(page, 'Day 1').allTextContents()).toEqual(['Louvre Museum']);
    await alice.context.setOffline(false);
    await search(page, 'louvre');
    await expect.poll(() => results(page).first().textContent()).toBe('Louvre Museum');
  });

  it('shows a viewer the results without any way to add them', async () => {
    const a = alice.page;
    await a.getByRole('button', { name: 'People' }).click();
    await a.getByLabel('Role', { exact: true }).selectOption('viewer');
    await a.getByRole('button', { name: 'Create invite link' }).click();
    const link = await a.getByLabel(/Invite link/).inputValue();
    const carol = await signUpInBrowser(
      suite.browser,
      suite.server.url,
      'Carol',
      new URL(link).pathname,
    );
    const c = carol.page;
    await c.waitForURL((url) => url.pathname === tripUrl);
    await expect.poll(() => c.getByText('View only').count()).toBeGreaterThan(0);
    await c.getByRole('button', { name: 'Places', exact: true }).click();
    await search(c, 'louvre');
    await expect.poll(() => results(c).first().textContent()).toBe('Louvre Museum');
    expect(await c.getByRole('button', { name: /^Add to Day/ }).count()).toBe(0);
    expect(await c.getByRole('button', { name: /^Save as idea/ }).count()).toBe(0);
    expect(await c.getByText('Add your own place').count()).toBe(0);
    await carol.context.close();
  });

  it('fits a 375 px phone', async () => {
    const phone = await suite.browser.newContext({
      baseURL: suite.server.url,
      viewport: { width: 375, height: 780 },
      storageState: await alice.context.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(tripUrl);
    await page.getByRole('button', { name: 'Places', exact: true }).click();
    await search(page, 'louvre');
    await expect.poll(() => results(page).first().textContent()).toBe('Louvre Museum');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
