import { getPlace } from '@caravan/catalogue';
import { applyCommand, createTripDoc, readTripSnapshot, type TripSnapshot } from '@caravan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database.js';
import { loadConfig } from '../../../config/index.js';
import type { Database } from '../../../db/index.js';
import { createPlaces, type Places } from '../../../places/index.js';
import { SAMPLES, startFakeSource, type FakeSource } from '../../../places/testing/fake-http.js';
import { addDays } from './trip-facts.js';
import {
  estimateCostsTool,
  openingHoursTool,
  routeDayTool,
  searchPlacesTool,
  weatherOutlookTool,
  type ToolContext,
} from './index.js';

const ACTOR = '00000000-0000-4000-8000-000000000001';

/** A Lisbon trip whose first day visits Belém, the castle, then Belém again (a poor order). */
function lisbonTrip(startDate = '2027-05-03'): TripSnapshot {
  const doc = createTripDoc({
    title: 'Lisbon',
    startDate,
    endDate: addDays(startDate, 1),
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    destinations: [{ name: 'Lisbon', placeId: 'lisbon' }],
  });
  const stop = (id: string, cost?: { amount: number; currency: string }) => {
    const place = getPlace(id);
    if (!place) throw new Error(`no catalogue place ${id}`);
    applyCommand(
      doc,
      {
        type: 'addItem',
        to: startDate,
        item: {
          kind: 'place',
          title: place.name,
          durationMinutes: place.durationMinutes,
          place: {
            name: place.name,
            lat: place.lat,
            lon: place.lon,
            catalogueId: place.id,
            openingHours: place.openingHours,
          },
          ...(cost ? { cost } : {}),
        },
      },
      { actorId: ACTOR },
    );
  };
  stop('lisbon-padrao-dos-descobrimentos', { amount: 1000, currency: 'EUR' });
  stop('lisbon-sao-jorge-castle', { amount: 1500, currency: 'EUR' });
  stop('lisbon-pasteis-de-belem', { amount: 1100, currency: 'USD' });
  const trip = readTripSnapshot(doc);
  doc.destroy();
  return trip;
}

const contextFor = (trip: TripSnapshot, extra: Partial<ToolContext> = {}): ToolContext => ({
  tripId: '00000000-0000-4000-8000-00000000000a',
  trip,
  actor: { id: ACTOR, name: 'Ana', role: 'owner' },
  memberCount: 2,
  now: () => new Date('2027-04-01T10:00:00Z'),
  ...extra,
});

describe('agent tools without any service (bundled data only)', () => {
  const context = contextFor(lisbonTrip());

  it('finds catalogue places of the trip’s city by interest', async () => {
    const { result, summary } = await searchPlacesTool.run(
      context,
      searchPlacesTool.input.parse({ interests: ['food'] }),
    );
    expect(result.via).toBe('catalogue');
    expect(result.cityId).toBe('lisbon');
    expect(result.places.length).toBeGreaterThan(0);
    expect(result.places.every((p) => p.tags.includes('food'))).toBe(true);
    expect(summary).toMatch(/^Worth a look for food: /);
  });

  it('gives open and closed windows for a day, and a closed day for a Monday closure', async () => {
    // 4 May 2027 is a Tuesday, 3 May a Monday.
    const tuesday = await openingHoursTool.run(context, {
      place: 'Jerónimos Monastery',
      date: '2027-05-04',
    });
    expect(tuesday.result.open).toEqual([{ from: '09:30', to: '18:00' }]);
    expect(tuesday.result.closed).toEqual([
      { from: '00:00', to: '09:30' },
      { from: '18:00', to: '24:00' },
    ]);
    const monday = await openingHoursTool.run(context, {
      place: 'lisbon-jeronimos-monastery',
      date: '2027-05-03',
    });
    expect(monday.result.open).toEqual([]);
    expect(monday.summary).toMatch(/closed all day/);
  });

  it('names a place it does not know', async () => {
    await expect(
      openingHoursTool.run(context, { place: 'Museum of Imaginary Tiles' }),
    ).rejects.toThrow(/no place "Museum of Imaginary Tiles"/);
  });

  it('sums planned costs by day and person in the trip currency, stating the rate used', async () => {
    const { result, summary } = await estimateCostsTool.run(context, {});
    expect(result.currency).toBe('EUR');
    expect(result.people).toBe(2);
    expect(result.rates).toHaveLength(1);
    const rate = result.rates[0];
    expect(rate).toMatchObject({ from: 'USD', to: 'EUR', provenance: 'offline' });
    const usdInEur = Math.round(1100 * (rate?.rate ?? 0));
    expect(result.total.amount).toBe(1000 + 1500 + usdInEur);
    expect(result.perPerson.amount).toBe(Math.round(result.total.amount / 2));
    expect(result.days).toEqual([
      expect.objectContaining({ date: '2027-05-03', items: 3, total: result.total }),
    ]);
    expect(summary).toMatch(/Rates used: 1 USD = 0\.\d{4} EUR/);
  });

  it("compares the planned costs with the trip's own budget, converting other currencies", async () => {
    const trip = lisbonTrip();
    const withBudget = (amount: number) =>
      contextFor({ ...trip, details: { ...trip.details, budget: { amount, currency: 'EUR' } } });
    const over = await estimateCostsTool.run(withBudget(3000), {});
    const total = over.result.total.amount;
    expect(over.result.budgetFindings).toEqual([
      `Planned costs come to EUR ${(total / 100).toFixed(2)}, EUR ${((total - 3000) / 100).toFixed(2)} over the trip budget of EUR 30.00.`,
    ]);
    const within = await estimateCostsTool.run(withBudget(10_000), {});
    expect(within.result.budgetFindings).toEqual([]);
    expect(within.summary).toMatch(/That is within the trip budget of EUR 100\.00\.$/);
    const none = await estimateCostsTool.run(context, {});
    expect(none.summary).toMatch(/The trip has no budget set to compare with\.$/);
  });

  it('reports costs in another currency when asked, and refuses an unknown code', async () => {
    const { result } = await estimateCostsTool.run(
      context,
      estimateCostsTool.input.parse({ currency: 'usd', people: 3 }),
    );
    expect(result.currency).toBe('USD');
    expect(result.people).toBe(3);
    expect(result.rates.map((r) => r.from)).toEqual(['EUR']);
    expect(estimateCostsTool.input.safeParse({ currency: 'EURO' }).success).toBe(false);
  });

  it('orders a day’s stops to cut travel and says how many minutes it saves', async () => {
    const { result, summary } = await routeDayTool.run(context, { propose: false });
    expect(result.date).toBe('2027-05-03');
    expect(result.currentOrder).toEqual([
      'Monument to the Discoveries',
      'São Jorge Castle',
      'Pastéis de Belém',
    ]);
    // The two Belém stops together, the castle first or last.
    expect(result.suggestedOrder.indexOf('São Jorge Castle')).not.toBe(1);
    expect(result.minutesSaved).toBeGreaterThan(10);
    expect(result.commands.some((c) => c.type === 'moveItem')).toBe(true);
    expect(summary).toMatch(/\d+ saved/);
  });

  it('falls back to a rough climate estimate, and says so, with no weather source', async () => {
    const { result, summary } = await weatherOutlookTool.run(context, {});
    expect(result.source).toBe('offline climate estimate');
    expect(result.days.map((d) => d.date)).toEqual(['2027-05-03', '2027-05-04']);
    const [first] = result.days;
    // Lisbon in early May: mild, whatever the exact figure.
    expect(first?.maxC).toBeGreaterThan(12);
    expect(first?.maxC).toBeLessThan(30);
    expect(summary).toMatch(/^Rough offline climate estimate/);
  });
});

describe('agent tools on the places services (search, Open-Meteo)', () => {
  let database: Database;
  let openMeteo: FakeSource;
  let osrm: FakeSource;
  let places: Places;
  // The trip starts three days after "now", inside the forecast's reach.
  const now = new Date('2026-04-28T08:00:00Z');
  const trip = lisbonTrip('2026-05-01');

  beforeAll(async () => {
    [database, openMeteo, osrm] = await Promise.all([
      createTestDatabase(),
      startFakeSource(),
      startFakeSource(),
    ]);
    // Every leg takes 615 s (10 minutes) by this router.
    osrm.script({ status: 200, json: SAMPLES.osrm });
    const config = loadConfig({
      OPEN_METEO_URL: openMeteo.url,
      OSRM_URL: osrm.url,
      LIVE_RETRIES: '0',
      LIVE_TIMEOUT_MS: '500',
    }).places;
    places = await createPlaces({ db: database.db, config });
    await places.start();
  }, 240_000);
  afterAll(async () => {
    places.close();
    await Promise.all([openMeteo.close(), osrm.close(), database.close()]);
  });

  it('searches through the places search service', async () => {
    const { result } = await searchPlacesTool.run(
      contextFor(trip, { places, now: () => now }),
      searchPlacesTool.input.parse({ query: 'custard tarts' }),
    );
    expect(result.via).toBe('places search');
    expect(result.places[0]?.name).toMatch(/Past[ée]is de Bel[ée]m|Manteigaria/);
  });

  it('takes the forecast from Open-Meteo and says so', async () => {
    openMeteo.script({ status: 200, json: SAMPLES.forecast });
    const { result, summary } = await weatherOutlookTool.run(
      contextFor(trip, { places, now: () => now }),
      {},
    );
    expect(result.source).toBe('open-meteo forecast');
    expect(result.days).toEqual([
      expect.objectContaining({ date: '2026-05-01', maxC: 22.1, precipitationChance: 5 }),
      expect.objectContaining({ date: '2026-05-02', maxC: 24.3, precipitationChance: 40 }),
    ]);
    expect(summary).toMatch(/^Open-Meteo forecast for Lisbon: 1 May 14–22 °C, 5% chance of rain/);
    expect(openMeteo.requests.at(-1)).toMatch(/^GET \/v1\/forecast\?latitude=38\.7223/);
  });

  it('answers with the climate estimate, naming the failure, when Open-Meteo fails', async () => {
    openMeteo.script({ status: 503, json: { error: true, reason: 'down' } });
    const later = lisbonTrip('2026-05-05');
    const { result, summary } = await weatherOutlookTool.run(
      contextFor(later, { places, now: () => now }),
      {},
    );
    expect(result.source).toBe('offline climate estimate');
    expect(result.degradedReason).toBeTruthy();
    expect(summary).toMatch(/the live source failed/);
  });

  it('routes a day on the router’s travel times when one is configured', async () => {
    const { result, summary } = await routeDayTool.run(
      contextFor(trip, { places, now: () => now }),
      { propose: false },
    );
    expect(result.travelTimes).toBe('osrm');
    // Two legs of 10 minutes whatever the order: nothing to gain.
    expect(result.currentTravelMinutes).toBe(20);
    expect(result.minutesSaved).toBe(0);
    expect(summary).toMatch(/already in the best order .*osrm/);
    expect(osrm.requests.some((r) => r.startsWith('GET /route/v1/foot/'))).toBe(true);
  });
});
