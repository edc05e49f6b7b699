import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  createTripInBrowser,
  seriousAxeViolations,
  signUpInBrowser,
} from './support/pages';
import { useBrowserSuite } from './support/suite';

const findings = (page: Page, rule: string) =>
  page.locator(`.checks li.finding[data-rule="${rule}"]`);

describe('checking the plan live as it changes', () => {
  const suite = useBrowserSuite();

  it('lists the nights without a bed, and one click extends the hotel to cover them', async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Alice');
    await createTripInBrowser(page, {
      title: 'Lisbon long weekend',
      destination: 'Lisbon',
      startDate: '2027-06-01',
      endDate: '2027-06-03',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    await page.getByRole('button', { name: /^Checks/ }).click();
    // Two nights and no lodging yet: two warnings, nothing to extend.
    await expect.poll(() => findings(page, 'lodging').count()).toBe(2);
    expect(await page.getByRole('button', { name: /^Checks/ }).textContent()).toContain('2');
    expect(await findings(page, 'lodging').getByRole('button', { name: 'Fix' }).count()).toBe(0);

    await addItem(page, 'Day 1', 'Hotel Alfama', '15:00');
    await page.locator('.item-open', { hasText: 'Hotel Alfama' }).click();
    await page.getByLabel('Kind').selectOption('lodging');
    await page.getByRole('button', { name: 'Save' }).click();

    // The first night is covered now; the second can be fixed by keeping the hotel a night more.
    await findings(page, 'lodging').nth(1).waitFor({ state: 'detached' });
    expect(await findings(page, 'lodging').count()).toBe(1);
    const second = findings(page, 'lodging').first();
    expect(await second.textContent()).toContain('Hotel Alfama could be extended by a night');
    await second.getByRole('button', { name: 'Fix' }).click();
    await findings(page, 'lodging').first().waitFor({ state: 'detached' });
    expect(await page.getByTestId('checks-summary').textContent()).toContain('No problems found');
    expect((await seriousAxeViolations(page)).join('\n')).toBe('');

    // The fix is an ordinary edit: Undo brings the finding back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await findings(page, 'lodging').first().waitFor();
    expect(await findings(page, 'lodging').allTextContents()).toContainEqual(
      expect.stringContaining('No lodging for the night of Wed 2 Jun'),
    );
  });

  it("compares the planned costs with the trip's budget", async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Carla');
    await createTripInBrowser(page, {
      title: 'Fado night',
      destination: 'Lisbon',
      startDate: '2027-06-05',
      endDate: '2027-06-05',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
      budget: '50',
    });
    await page.getByRole('button', { name: /^Checks/ }).click();
    await expect
      .poll(() => page.getByTestId('checks-summary').textContent())
      .toContain('and the budget check out');

    await addItem(page, 'Day 1', 'Dinner at a fado house', '20:00');
    await page.locator('.item-open', { hasText: 'Dinner at a fado house' }).click();
    await page.getByLabel('Cost (EUR)').fill('80');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => findings(page, 'budget').allTextContents())
      .toContainEqual(
        expect.stringContaining(
          'Planned costs come to EUR 80.00, EUR 30.00 over the trip budget of EUR 50.00.',
        ),
      );
  });
});
