import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTripInBrowser, seriousAxeViolations, signUpInBrowser } from './support/pages';
import { useBrowserSuite } from './support/suite';

const STOPS = [
  { id: 'castle', title: 'Castelo de São Jorge', lat: 38.7139, lon: -9.1334, time: '09:00' },
  { id: 'tram', title: 'Tram 28', lat: 38.7107, lon: -9.1366, time: '11:00' },
  { id: 'belem', title: 'Torre de Belém', lat: 38.6916, lon: -9.2159, time: '15:00' },
];

const markerLabels = (page: Page, scope: string) =>
  page
    .locator(`.map-panel ${scope} .map-marker`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));

describe('the map of the selected day', () => {
  const suite = useBrowserSuite();

  it('shows the stops in order with their legs at once, tiles or not, and turns interactive when reached for', async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Ana');
    // No internet here, and a tile server may be down: the map must not need its tiles.
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await createTripInBrowser(page, {
      title: 'Lisbon by tram',
      destination: 'Lisbon',
      startDate: '2027-06-01',
      endDate: '2027-06-02',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    const tripId = new URL(page.url()).pathname.split('/')[2];
    const added = await page.request.post(`/api/v1/trips/${tripId}/commands`, {
      data: STOPS.map((s) => ({
        type: 'addItem',
        to: '2027-06-01',
        item: {
          id: s.id,
          kind: 'place',
          title: s.title,
          startTime: s.time,
          place: { name: s.title, lat: s.lat, lon: s.lon },
        },
      })),
    });
    expect(added.ok()).toBe(true);

    // The static map: numbered markers in the day's order, one leg line through all of them.
    const expected = STOPS.map((s, i) => `${i + 1}. ${s.title}`);
    await expect.poll(() => markerLabels(page, '.lite-map')).toEqual(expected);
    const legs = await page.locator('.lite-map .map-legs polyline').getAttribute('points');
    expect(legs?.trim().split(/\s+/)).toHaveLength(3);
    // Tiles that failed are hidden, leaving the plain background; every stop is inside the map.
    await expect.poll(() => page.locator('.lite-map img.map-tile:not([hidden])').count()).toBe(0);
    const box = await page.locator('.lite-map').boundingBox();
    for (const marker of await page.locator('.lite-map .map-marker').all()) {
      const m = await marker.boundingBox();
      expect(m && box).toBeTruthy();
      expect(m!.x).toBeGreaterThanOrEqual(box!.x);
      expect(m!.x + m!.width).toBeLessThanOrEqual(box!.x + box!.width);
      expect(m!.y).toBeGreaterThanOrEqual(box!.y);
      expect(m!.y + m!.height).toBeLessThanOrEqual(box!.y + box!.height);
    }
    // Castle and tram are a few hundred metres apart, Belém 7 km west: it is the leftmost.
    const xs = await page
      .locator('.lite-map .map-marker')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
    expect(Math.min(...xs)).toBe(xs[2]);
    expect(await page.locator('.map-legend li').allTextContents()).toEqual(
      STOPS.map((s) => s.title),
    );
    // No map library yet: nothing has reached for the map.
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect((await seriousAxeViolations(page)).join('\n')).toBe('');

    // Pointing at the map starts the interactive one in its place, with the same stops.
    await page.locator('.lite-map').hover();
    await page.locator('.map-panel .maplibregl-canvas').waitFor();
    await expect.poll(() => page.locator('.lite-map').count()).toBe(0);
    await expect.poll(() => markerLabels(page, '.interactive-map')).toEqual(expected);

    // Another day: its own (empty) map.
    await page.getByRole('button', { name: /Day 2/ }).click();
    await expect
      .poll(() => page.locator('.map-legend').textContent())
      .toContain('No places with a location on this day.');
    await expect.poll(() => markerLabels(page, '.interactive-map')).toEqual([]);
  });

  it('starts the interactive map from the keyboard too', async () => {
    const { page } = await signUpInBrowser(suite.browser, suite.server.url, 'Rui');
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await createTripInBrowser(page, {
      title: 'Porto weekend',
      destination: 'Porto',
      startDate: '2027-07-01',
      endDate: '2027-07-02',
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
    });
    await page.locator('.lite-map').focus();
    await page.locator('.map-panel .maplibregl-canvas').waitFor();
    expect(await page.locator('.map-legend').textContent()).toContain(
      'No places with a location on this day.',
    );
  });
});
