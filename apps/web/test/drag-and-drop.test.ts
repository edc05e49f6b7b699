import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTripInBrowser, dayItems, signUpInBrowser } from './support/pages';
import { useBrowserSuite } from './support/suite';

const TRIP = {
  title: 'Kyoto temples',
  destination: 'Kyoto',
  startDate: '2027-04-01',
  endDate: '2027-04-02',
  currency: 'JPY',
  timezone: 'Asia/Tokyo',
};
const DAY_1 = ['Kinkaku-ji', 'Ryoan-ji', 'Ninna-ji', 'Myoshin-ji'];

/** A trip with four stops on day 1, nothing on day 2 and one idea, made through the API. */
async function seedTrip(page: Page): Promise<string> {
  await createTripInBrowser(page, TRIP);
  const tripId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const added = await page.request.post(`/api/v1/trips/${tripId}/commands`, {
    data: [
      ...DAY_1.map((title, i) => ({
        type: 'addItem',
        to: TRIP.startDate,
        item: { id: `stop-${i}`, kind: 'place', title },
      })),
      {
        type: 'addItem',
        to: 'ideas',
        item: { id: 'idea', kind: 'activity', title: 'Tea ceremony' },
      },
    ],
  });
  expect(added.ok()).toBe(true);
  await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(DAY_1);
  return tripId;
}

const handle = (page: Page, title: string) => page.getByRole('button', { name: `Move ${title}` });

async function centre(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, height: box.height };
}

describe('drag and drop in the itinerary', () => {
  const suite = useBrowserSuite();

  it('reorders a day and schedules an idea with the mouse, and the order is saved', async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Emi');
    await seedTrip(page);

    // The first stop goes below the third.
    const from = await centre(page, handle(page, 'Kinkaku-ji'));
    const to = await centre(page, page.locator('.item', { hasText: 'Ninna-ji' }));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y + 10, { steps: 3 });
    await page.mouse.move(from.x, to.y + to.height / 3, { steps: 15 });
    await page.mouse.up();
    await expect
      .poll(() => dayItems(page, 'Day 1').allTextContents())
      .toEqual(['Ryoan-ji', 'Ninna-ji', 'Kinkaku-ji', 'Myoshin-ji']);

    // The idea goes onto the empty second day, once the rows have slid into their new places.
    await page.waitForTimeout(300);
    const idea = await centre(page, handle(page, 'Tea ceremony'));
    const day2 = await centre(
      page,
      page.locator('section.day', { hasText: 'Day 2' }).locator('ol'),
    );
    await page.mouse.move(idea.x, idea.y);
    await page.mouse.down();
    await page.mouse.move(idea.x, idea.y - 10, { steps: 3 });
    await page.mouse.move(day2.x, day2.y, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => dayItems(page, 'Day 2').allTextContents()).toEqual(['Tea ceremony']);
    expect(await dayItems(page, 'Ideas').count()).toBe(0);

    await page.reload();
    await expect
      .poll(() => dayItems(page, 'Day 1').allTextContents())
      .toEqual(['Ryoan-ji', 'Ninna-ji', 'Kinkaku-ji', 'Myoshin-ji']);
    await expect.poll(() => dayItems(page, 'Day 2').allTextContents()).toEqual(['Tea ceremony']);
  });

  it('moves an item with the keyboard alone: space, arrows, space', async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Ken');
    await seedTrip(page);

    const ryoanji = handle(page, 'Ryoan-ji');
    // Screen readers hear how to move a row before anything is picked up.
    const describedBy = await ryoanji.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/press space/i);

    // The first key press on a freshly opened trip picks the item up.
    await ryoanji.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => ryoanji.getAttribute('aria-pressed')).toBe('true');
    // At a person's pace: dnd-kit measures the rows after each key.
    for (const key of ['ArrowDown', 'ArrowDown', 'Space']) {
      await page.waitForTimeout(150);
      await page.keyboard.press(key);
    }
    await expect
      .poll(() => dayItems(page, 'Day 1').allTextContents())
      .toEqual(['Kinkaku-ji', 'Ninna-ji', 'Myoshin-ji', 'Ryoan-ji']);
    // Focus stays on the moved item's handle, ready for the next move.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Ryoan-ji');

    // Escape puts a picked-up item back where it was.
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await expect.poll(() => ryoanji.getAttribute('aria-pressed')).toBe('true');
    for (const key of ['ArrowUp', 'Escape']) {
      await page.waitForTimeout(150);
      await page.keyboard.press(key);
    }
    await page.waitForTimeout(300);
    expect(await dayItems(page, 'Day 1').allTextContents()).toEqual([
      'Kinkaku-ji',
      'Ninna-ji',
      'Myoshin-ji',
      'Ryoan-ji',
    ]);
  });

  it('drags with a finger on a phone', async () => {
    const { page, context } = await signUpInBrowser(
      suite.browser,
      suite.server.url,
      'Yui',
      '/trips',
      { width: 375, height: 740 },
    );
    await seedTrip(page);
    // A touch context on the same session: the phone of the same member.
    const phone = await suite.browser.newContext({
      baseURL: suite.server.url,
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      storageState: await context.storageState(),
    });
    const tab = await phone.newPage();
    await tab.goto(page.url());
    await expect.poll(() => dayItems(tab, 'Day 1').allTextContents()).toEqual(DAY_1);

    const from = await centre(tab, handle(tab, 'Myoshin-ji'));
    const to = await centre(tab, tab.locator('.item', { hasText: 'Ryoan-ji' }));
    const cdp = await phone.newCDPSession(tab);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 12; i++) {
      await touch('touchMove', from.x, from.y + ((to.y - to.height / 3 - from.y) * i) / 12);
      await tab.waitForTimeout(16);
    }
    await touch('touchEnd', 0, 0);
    await expect
      .poll(() => dayItems(tab, 'Day 1').allTextContents())
      .toEqual(['Kinkaku-ji', 'Myoshin-ji', 'Ryoan-ji', 'Ninna-ji']);
    // The member's laptop shows the new order too.
    await expect
      .poll(() => dayItems(page, 'Day 1').allTextContents())
      .toEqual(['Kinkaku-ji', 'Myoshin-ji', 'Ryoan-ji', 'Ninna-ji']);
    await phone.close();
  });
});
