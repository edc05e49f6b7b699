import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Member } from './support/pages';
import {
  addItem,
  createTripInBrowser,
  dayItems,
  seriousAxeViolations,
  signUpInBrowser,
} from './support/pages';
import { SCREENSHOTS, useBrowserSuite } from './support/suite';

describe('planning a trip together in two browsers', () => {
  const suite = useBrowserSuite();
  let alice: Member;
  let bob: Member;
  let tripUrl = '';

  it('lets a new user sign up, create a trip and land in its workspace', async () => {
    alice = await signUpInBrowser(suite.browser, suite.server.url, 'Alice');
    const page = alice.page;
    await createTripInBrowser(page, {
      title: 'Paris with friends',
      destination: 'Paris',
      startDate: '2027-05-01',
      endDate: '2027-05-04',
      currency: 'EUR',
      timezone: 'Europe/Paris',
    });
    tripUrl = new URL(page.url()).pathname;
    expect(tripUrl).toMatch(/^\/trips\/[^/]+$/);
    // The browser tab says which trip it is.
    await expect.poll(() => page.title()).toBe('Paris with friends · Caravan');
    // The server names the trip in the page itself, for its first paint, to its members only.
    const html = await (await page.request.get(tripUrl)).text();
    expect(html).toContain('<title>Paris with friends · Caravan</title>');
    // The heading streams in right after the page's frame, before the browser's first paint.
    expect(html).toMatch(/<div hidden id="S:\d+">Paris with friends/);
    const stranger = await signUpInBrowser(suite.browser, suite.server.url, 'Mallory');
    await stranger.page.waitForURL('**/trips');
    const theirs = await (await stranger.page.request.get(tripUrl)).text();
    expect(theirs).toContain('Loading trip…');
    expect(theirs).not.toContain('Paris with friends');
    await stranger.context.close();
  });

  it('shows a form error next to the field when the end date is before the start', async () => {
    const page = await alice.context.newPage();
    await page.goto('/trips/new');
    await page.getByLabel('Trip name').fill('Backwards');
    await page.getByLabel('Start date').fill('2027-05-04');
    await page.getByLabel('End date').fill('2027-05-01');
    await page.getByRole('button', { name: 'Create trip' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('endDate must be on or after startDate');
    await page.close();
  });

  it('lets the invited member join by link, and both see each other and their edits live', async () => {
    const a = alice.page;
    await a.getByRole('button', { name: 'People' }).click();
    await a.getByRole('button', { name: 'Create invite link' }).click();
    const link = await a.getByLabel(/Invite link/).inputValue();
    expect(link).toContain('/invite/');

    bob = await signUpInBrowser(suite.browser, suite.server.url, 'Bob', new URL(link).pathname);
    await bob.page.waitForURL((url) => url.pathname === tripUrl);
    const b = bob.page;
    await expect
      .poll(() => b.getByRole('heading', { level: 1 }).textContent())
      .toBe('Paris with friends');

    await addItem(a, 'Day 1', 'Louvre', '10:00');
    await addItem(b, 'Day 1', 'Eiffel Tower', '15:00');
    await expect
      .poll(() => dayItems(b, 'Day 1').allTextContents())
      .toEqual(['Louvre', 'Eiffel Tower']);
    await expect
      .poll(() => dayItems(a, 'Day 1').allTextContents())
      .toEqual(['Louvre', 'Eiffel Tower']);

    // Presence: each sees the other's avatar.
    await expect.poll(() => a.locator('.presence').getAttribute('data-presence')).toBe('1');
    await expect
      .poll(() => b.locator('.presence .avatar').getAttribute('title'))
      .toContain('Alice');

    // Bob moves the Eiffel Tower to day 2 with the editor's day picker (the keyboard path).
    await b.locator('.item-open', { hasText: 'Eiffel Tower' }).click();
    await b.getByLabel('Day', { exact: true }).selectOption({ index: 1 });
    await b.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dayItems(a, 'Day 2').allTextContents()).toEqual(['Eiffel Tower']);

    // Concurrent additions, then Alice deletes one of Bob's items.
    await Promise.all([addItem(a, 'Day 3', 'Musée d’Orsay'), addItem(b, 'Day 3', 'Picnic')]);
    await expect
      .poll(async () => (await dayItems(a, 'Day 3').allTextContents()).sort())
      .toEqual(['Musée d’Orsay', 'Picnic']);
    await a.locator('.item-open', { hasText: 'Picnic' }).click();
    await a.getByRole('button', { name: 'Delete item' }).click();
    await expect.poll(() => dayItems(b, 'Day 3').allTextContents()).toEqual(['Musée d’Orsay']);

    await a.screenshot({ path: path.join(SCREENSHOTS, 'workspace-desktop.png'), fullPage: false });
  });

  it('shares expenses and shows who owes whom to both members', async () => {
    const a = alice.page;
    const b = bob.page;
    await a.getByRole('button', { name: 'Budget' }).click();
    await a.getByRole('button', { name: 'Add expense' }).click();
    await a.getByLabel('What for').fill('Dinner');
    await a.getByLabel('Amount (EUR)').fill('60');
    await a.getByRole('button', { name: 'Save expense' }).click();
    await b.getByRole('button', { name: 'Budget' }).click();
    await expect
      .poll(() => b.getByTestId('settle-up').textContent())
      .toMatch(/Bob pays Alice\s*€30\.00/);
  });

  it('keeps a budget for the trip: what is left of it, and by how much it is over', async () => {
    const b = bob.page;
    await expect.poll(() => b.getByText('No budget set.').count()).toBe(1);
    // Bob opens the settings now and saves them only after Alice's changes below.
    const bobSettings = await bob.context.newPage();
    await bobSettings.goto(`${tripUrl}/settings`);
    await expect
      .poll(() => bobSettings.getByLabel('Trip name').inputValue())
      .toBe('Paris with friends');
    const settings = await alice.context.newPage();
    await settings.goto(`${tripUrl}/settings`);
    const budget = settings.getByLabel('Budget (optional)');
    await budget.fill('lots');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => settings.getByRole('alert').allTextContents())
      .toContain('Enter an amount such as 1200 or 1200.50');

    // €60 of dinner spent so far.
    await budget.fill('100');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => settings.getByRole('status').textContent()).toBe('Saved.');
    await expect
      .poll(() => b.getByTestId('budget-left').textContent())
      .toBe('€40.00 left of €100.00');
    expect((await seriousAxeViolations(settings)).join('\n')).toBe('');
    expect((await seriousAxeViolations(b)).join('\n')).toBe('');
    await budget.fill('50');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => b.getByTestId('budget-left').textContent())
      .toBe('€10.00 over the budget of €50.00');
    await settings.close();

    // Bob's form still shows no budget; saving his change of destinations keeps Alice's budget.
    await bobSettings.getByLabel('Destinations').fill('Paris, Versailles');
    await bobSettings.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => bobSettings.getByRole('status').textContent()).toBe('Saved.');
    await bobSettings.close();
    await expect
      .poll(() => alice.page.locator('.ws-top p.muted').first().textContent())
      .toContain('Paris · Versailles');
    await expect
      .poll(() => alice.page.getByTestId('budget-left').textContent())
      .toBe('€10.00 over the budget of €50.00');
    await alice.page.screenshot({ path: path.join(SCREENSHOTS, 'budget.png') });
  });

  it('exports the itinerary as a calendar file for any calendar app', async () => {
    const settings = await alice.context.newPage();
    await settings.goto(`${tripUrl}/settings`);
    const [download] = await Promise.all([
      settings.waitForEvent('download'),
      settings.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('paris-with-friends.ics');
    const file = await download.path();
    const ics = readFileSync(file, 'utf8').replace(/\r\n /g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // The Louvre at 10:00 in Paris on 1 May 2027 is 08:00 UTC.
    expect(ics).toMatch(/SUMMARY:Louvre\r\n/);
    expect(ics).toContain('DTSTART:20270501T080000Z');
    expect(ics).toContain('X-WR-CALNAME:Paris with friends');
    await settings.close();
  });

  it('undoes only my own change while the other member’s change stays', async () => {
    const a = alice.page;
    const b = bob.page;
    await a.getByRole('button', { name: 'Map' }).click();
    await addItem(a, 'Day 4', 'Alice idea');
    await expect.poll(() => dayItems(b, 'Day 4').allTextContents()).toEqual(['Alice idea']);
    await addItem(b, 'Day 4', 'Bob idea');
    await expect
      .poll(() => dayItems(a, 'Day 4').allTextContents())
      .toEqual(['Alice idea', 'Bob idea']);
    await a.getByRole('button', { name: 'Undo my last change' }).click();
    await expect.poll(() => dayItems(a, 'Day 4').allTextContents()).toEqual(['Bob idea']);
    await expect.poll(() => dayItems(b, 'Day 4').allTextContents()).toEqual(['Bob idea']);
  });

  it('keeps edits made offline and merges them on reconnect', async () => {
    const a = alice.page;
    const b = bob.page;
    await alice.context.setOffline(true);
    await expect.poll(() => a.locator('[data-sync]').getAttribute('data-sync')).toBe('offline');
    await addItem(a, 'Day 2', 'Offline croissant');
    await addItem(b, 'Day 2', 'Online boat trip');
    await alice.context.setOffline(false);
    const expected = ['Eiffel Tower', 'Offline croissant', 'Online boat trip'];
    await expect
      .poll(async () => (await dayItems(a, 'Day 2').allTextContents()).sort())
      .toEqual(expected);
    await expect
      .poll(async () => (await dayItems(b, 'Day 2').allTextContents()).sort())
      .toEqual(expected);
    await expect.poll(() => a.locator('[data-sync]').getAttribute('data-sync')).toBe('saved');
  });

  it('lets a viewer see the trip without any way to change it', async () => {
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
    await expect.poll(() => dayItems(c, 'Day 1').allTextContents()).toEqual(['Louvre']);
    await expect.poll(() => c.getByText('View only').count()).toBeGreaterThan(0);
    expect(await c.getByRole('button', { name: 'Add' }).count()).toBe(0);
    expect(await c.getByRole('button', { name: /^Move / }).count()).toBe(0);
    await carol.context.close();
  });

  it('has no serious accessibility violations on the dashboard and the workspace', async () => {
    const a = alice.page;
    expect((await seriousAxeViolations(a)).join('\n')).toBe('');
    await a.goto('/trips');
    await a.getByRole('link', { name: 'Paris with friends' }).waitFor();
    expect((await seriousAxeViolations(a)).join('\n')).toBe('');
    await a.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') });
  });

  it('fits the workspace on a 375 px phone', async () => {
    const phone = await bob.context.browser()!.newContext({
      baseURL: suite.server.url,
      viewport: { width: 375, height: 780 },
      storageState: await bob.context.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(tripUrl);
    await expect.poll(() => dayItems(page, 'Day 1').allTextContents()).toEqual(['Louvre']);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // One column shows the plan alone: it is the one section marked as shown.
    const current = page
      .getByRole('navigation', { name: 'Trip sections' })
      .locator('[aria-current]');
    await expect.poll(() => current.allTextContents()).toEqual(['Plan']);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => current.allTextContents()).toEqual(['Map']);
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => current.allTextContents()).toEqual(['Plan']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workspace-375.png') });
    await phone.close();
  });

  it('opens a four-week trip with far days as headings only, and renders them when scrolled to', async () => {
    const page = await alice.context.newPage();
    await page.goto('/trips');
    await createTripInBrowser(page, {
      title: 'Four weeks in Italy',
      destination: 'Rome',
      startDate: '2027-06-01',
      endDate: '2027-06-28',
      currency: 'EUR',
      timezone: 'Europe/Rome',
    });
    // Sections in order (a heading named "Day 1" would also match Day 10 to Day 19).
    const day = (n: number) => page.locator('section.day').nth(n - 1);
    await day(1).getByLabel('New item for Day 1').fill('Gondola ride');
    await day(1).getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => day(1).locator('.item-title').allTextContents())
      .toEqual(['Gondola ride']);
    // Every day has its heading from the start; Day 28 shows a placeholder instead of its rows.
    await expect.poll(() => page.locator('section.day h2').count()).toBe(29);
    await expect.poll(() => day(28).locator('.items-placeholder').count()).toBe(1);

    // The editor's day picker (the keyboard path) moves the stop to a day far off screen.
    await page.locator('.item-open', { hasText: 'Gondola ride' }).click();
    await page.getByLabel('Day', { exact: true }).selectOption({ index: 27 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => day(1).locator('.item-title').count()).toBe(0);

    await day(28).scrollIntoViewIfNeeded();
    await expect
      .poll(() => day(28).locator('.item-title').allTextContents())
      .toEqual(['Gondola ride']);
    await expect.poll(() => day(28).getByLabel('New item for Day 28').count()).toBe(1);
    await page.close();
  });
});
