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

const REQUEST = '3 days in Lisbon for 2 friends, EUR 900, food and history';
const DAYS = ['Day 1', 'Day 2', 'Day 3'];

const openProposals = (page: Page) => page.locator('article.proposal[data-status="open"]');
const allDayItems = async (page: Page) =>
  Promise.all(DAYS.map((day) => dayItems(page, day).allTextContents()));

async function inviteLink(page: Page, role: 'editor' | 'viewer'): Promise<string> {
  await page.getByRole('button', { name: 'People' }).click();
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await expect.poll(() => page.getByLabel(/Invite link/).inputValue()).toContain('/invite/');
  return page.getByLabel(/Invite link/).inputValue();
}

describe('planning with the assistant, with no model API key', () => {
  const suite = useBrowserSuite();
  let ana: Member;
  let ben: Member;
  let tripUrl = '';
  /** The generated items by day, as the proposal's diff lists them. */
  let proposed: string[][] = [];

  it('lets the trip owner invite a second editor', async () => {
    ana = await signUpInBrowser(suite.browser, suite.server.url, 'Ana');
    await createTripInBrowser(ana.page, {
      title: 'Lisbon with friends',
      destination: 'Lisbon',
      startDate: '2027-05-01',
      endDate: '2027-05-03',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    tripUrl = new URL(ana.page.url()).pathname;
    const link = await inviteLink(ana.page, 'editor');
    ben = await signUpInBrowser(suite.browser, suite.server.url, 'Ben', new URL(link).pathname);
    await ben.page.waitForURL((url) => url.pathname === tripUrl);
    await ben.page.getByRole('button', { name: 'Assistant' }).click();
  });

  it('turns a plain request into a proposal with its check report, seen live by the other member', async () => {
    const a = ana.page;
    const b = ben.page;
    await a.getByRole('button', { name: 'Assistant' }).click();
    await a.getByLabel('Describe the trip you want').fill(REQUEST);
    await a.getByRole('button', { name: 'Generate plan' }).click();

    await expect.poll(() => a.locator('.assistant-result').getAttribute('data-via')).toBe('engine');
    expect(await a.locator('.assistant-result').textContent()).toContain('planning engine');
    await expect.poll(() => openProposals(a).count()).toBe(1);
    const card = openProposals(a).first();
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toContain('Lisbon');
    expect(await card.textContent()).toContain('By Ana with the planning engine');
    // The check report: no hard errors, and each traveller's interest match.
    expect(await card.locator('.check-report').getAttribute('data-errors')).toBe('0');
    expect(await card.locator('.finding-error').count()).toBe(0);
    expect(await card.locator('.satisfaction li').count()).toBe(2);
    // The diff: what each of the three days gains.
    proposed = await Promise.all(
      ['2027-05-01', '2027-05-02', '2027-05-03'].map((date) =>
        card.locator(`[data-diff-day="${date}"] .diff-added .diff-title`).allTextContents(),
      ),
    );
    for (const titles of proposed) expect(titles.length).toBeGreaterThan(1);
    expect(await card.locator('.diff-day h4').first().textContent()).toMatch(/^Day 1 · /);

    await card.scrollIntoViewIfNeeded();
    await a.screenshot({ path: path.join(SCREENSHOTS, 'assistant.png') });

    // Ben sees the same proposal at once, from the live trip, and votes for it.
    await expect.poll(() => openProposals(b).count()).toBe(1);
    await openProposals(b).first().getByRole('button', { name: 'Vote yes' }).click();
    await expect
      .poll(() => card.locator('[data-voter="Ben"]').getAttribute('data-vote'))
      .toBe('up');
    // A vote is changeable: Ben switches to no, then back to yes.
    await openProposals(b).first().getByRole('button', { name: 'Vote no' }).click();
    await expect
      .poll(() => card.locator('[data-voter="Ben"]').getAttribute('data-vote'))
      .toBe('down');
    await openProposals(b).first().getByRole('button', { name: 'Vote yes' }).click();
    await expect.poll(() => card.locator('.proposal-votes p').textContent()).toBe('1 yes · 0 no');
  });

  it('applies the whole plan in one step, and one Undo takes it all back', async () => {
    const a = ana.page;
    const b = ben.page;
    expect(await allDayItems(a)).toEqual([[], [], []]);
    await openProposals(a).first().getByRole('button', { name: 'Apply to the trip' }).click();
    await expect.poll(() => allDayItems(a)).toEqual(proposed);
    await expect.poll(() => allDayItems(b)).toEqual(proposed);
    await expect.poll(() => openProposals(a).count()).toBe(0);
    expect(await a.locator('article.proposal[data-status="applied"]').count()).toBe(1);

    await a.getByRole('button', { name: 'Undo my last change' }).click();
    await expect.poll(() => allDayItems(a)).toEqual([[], [], []]);
    await expect.poll(() => allDayItems(b)).toEqual([[], [], []]);
    // Undone, the proposal is open again and can be applied later.
    await expect.poll(() => openProposals(b).count()).toBe(1);
  });

  it('lists the reasons next to the field when no plan fits', async () => {
    const a = ana.page;
    await a.getByLabel('Describe the trip you want').fill('3 days in Atlantis in May');
    await a.getByRole('button', { name: 'Generate plan' }).click();
    const reasons = a.locator('#assistant-request-error');
    await expect
      .poll(() => reasons.locator('li').allTextContents())
      .toEqual(['"Atlantis" is not a city the planner knows']);
    expect(await reasons.textContent()).toContain('No plan fits this request');
    expect(await a.getByLabel('Describe the trip you want').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('streams the assistant’s steps as they happen, then its proposal', async () => {
    const a = ana.page;
    await a.getByLabel('Describe the trip you want').fill('2 days in Lisbon, museums and food');
    await a.getByRole('button', { name: 'Ask the assistant' }).click();
    const steps = a.getByRole('list', { name: 'Assistant steps' });
    expect(await steps.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => a.locator('.assistant-steps').getAttribute('aria-busy')).toBe('false');
    const agents = await steps
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-agent')));
    expect(agents.length).toBeGreaterThan(1);
    expect(agents).toContain('planner');
    expect(await steps.locator('li .step-tool').first().textContent()).not.toBe('');
    expect(await a.locator('.assistant-steps').textContent()).toContain('A proposal was added');
    await expect.poll(() => openProposals(a).count()).toBe(2);
    expect((await seriousAxeViolations(a)).join('\n')).toBe('');
  });

  it('shows proposals to a viewer without any way to vote or apply', async () => {
    const link = await inviteLink(ana.page, 'viewer');
    const cleo = await signUpInBrowser(
      suite.browser,
      suite.server.url,
      'Cleo',
      new URL(link).pathname,
    );
    const c = cleo.page;
    await c.waitForURL((url) => url.pathname === tripUrl);
    await c.getByRole('button', { name: 'Assistant' }).click();
    await expect.poll(() => openProposals(c).count()).toBe(2);
    expect(await c.getByLabel('Describe the trip you want').count()).toBe(0);
    expect(await c.getByRole('button', { name: 'Vote yes' }).count()).toBe(0);
    expect(await c.getByRole('button', { name: 'Apply to the trip' }).count()).toBe(0);
    await cleo.context.close();
  });

  it('applies one plan, then dismisses the other', async () => {
    const a = ana.page;
    await a.getByRole('button', { name: 'Assistant' }).click();
    await openProposals(a).first().getByRole('button', { name: 'Apply to the trip' }).click();
    await expect.poll(() => openProposals(a).count()).toBe(1);
    await openProposals(a).first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => openProposals(a).count()).toBe(0);
    expect(await a.locator('article.proposal[data-status="applied"]').count()).toBe(1);
    expect(await a.locator('article.proposal[data-status="dismissed"]').count()).toBe(1);
  });

  it('fits the assistant on a 375 px phone', async () => {
    const phone = await suite.browser.newContext({
      baseURL: suite.server.url,
      viewport: { width: 375, height: 780 },
      storageState: await ben.context.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(tripUrl);
    await page.getByRole('button', { name: 'Assistant' }).click();
    await page.getByLabel('Describe the trip you want').waitFor();
    await page.locator('.proposals-closed summary').click();
    await expect.poll(() => page.locator('article.proposal').count()).toBe(2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
