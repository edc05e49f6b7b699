import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { createFxService } from '../fx/fx-service.js';
import { SAMPLES, startFakeSource, type FakeSource } from '../testing/fake-http.js';
import { createMemoryCache } from './cache.js';
import { createLiveSources, type LiveSources } from './live-sources.js';

const lisbon = { lat: 38.7101, lon: -9.1366 };
const carmo = { lat: 38.712, lon: -9.1414 };

describe('live sources with caches and offline fallback', () => {
  let fake: FakeSource;
  let now = 0;
  let sources: LiveSources;
  const open: LiveSources[] = [];

  const configured = (env: Record<string, string>) => {
    const config = loadConfig({ LIVE_TIMEOUT_MS: '3000', LIVE_RETRIES: '0', ...env }).places;
    const live = createLiveSources(config.live, createMemoryCache({ clock: () => now }), {
      backoffMs: 1,
      volumeThreshold: 100,
    });
    open.push(live);
    return live;
  };

  beforeAll(async () => {
    fake = await startFakeSource();
  });
  afterEach(() => {
    fake.requests.length = 0;
    for (const live of open.splice(0)) live.shutdown();
  });
  afterAll(() => fake.close());

  it('maps Overpass elements to places, skipping unnamed and unknown ones', async () => {
    sources = configured({ OVERPASS_URL: `${fake.url}/api/interpreter` });
    fake.script({ status: 200, json: SAMPLES.overpass });
    const { data, provenance } = await sources.overpassPlaces({ ...lisbon, radiusKm: 1, text: '' });
    expect(provenance).toMatchObject({ source: 'live', provider: 'overpass', degraded: false });
    expect(data.map((p) => [p.id, p.category])).toEqual([
      ['osm-node-111', 'food'],
      ['osm-way-222', 'park'],
    ]);
    expect(data[0]?.openingHours).toBe('Mo-Su 11:00-22:30');
    expect(fake.requests[0]).toMatch(/^POST \/api\/interpreter/);
  });

  it('geocodes through Nominatim and through Photon', async () => {
    fake.script({ status: 200, json: SAMPLES.nominatim });
    const nominatim = configured({ GEOCODER_URL: fake.url, GEOCODER_KIND: 'nominatim' });
    expect((await nominatim.geocode('Lisboa')).data[0]).toMatchObject({
      name: 'Lisboa',
      country: 'PT',
      lat: 38.7077507,
    });
    expect(fake.requests[0]).toMatch(/^GET \/search\?q=Lisboa&format=jsonv2/);
    fake.script({ status: 200, json: SAMPLES.photon });
    const photon = configured({ GEOCODER_URL: fake.url, GEOCODER_KIND: 'photon' });
    expect((await photon.geocode('Lisboa')).data[0]).toMatchObject({
      country: 'PT',
      lon: -9.1365919,
    });
  });

  it('keeps a forecast for 15 minutes, then asks again', async () => {
    sources = configured({ OPEN_METEO_URL: fake.url });
    fake.script({ status: 200, json: SAMPLES.forecast });
    now = 1_000_000;
    const first = await sources.forecast(lisbon, 2);
    expect(first.data?.days[1]).toEqual({
      date: '2026-05-02',
      maxC: 24.3,
      minC: 15,
      precipitationMm: 1.2,
      precipitationChance: 40,
      code: 61,
    });
    now += 14 * 60_000;
    expect((await sources.forecast(lisbon, 2)).provenance).toMatchObject({ cached: true });
    expect(fake.requests).toHaveLength(1);
    now += 2 * 60_000;
    expect((await sources.forecast(lisbon, 2)).provenance).toMatchObject({ cached: false });
    expect(fake.requests).toHaveLength(2);
  });

  it('answers offline, marked degraded with the reason, when a source fails', async () => {
    sources = configured({ OPEN_METEO_URL: fake.url, OSRM_URL: fake.url });
    fake.script({ status: 500 });
    const weather = await sources.forecast(carmo, 3);
    expect(weather.data).toBeNull();
    expect(weather.provenance).toMatchObject({
      source: 'offline',
      degraded: true,
      reason: 'server-error',
    });
    fake.script({ status: 200, body: 'not json' });
    const travel = await sources.travel(lisbon, carmo, 'walking');
    expect(travel.provenance).toMatchObject({
      source: 'offline',
      degraded: true,
      reason: 'bad-response',
    });
    expect(travel.data.durationMinutes).toBeGreaterThan(0);
  });

  it('takes travel times from OSRM when it answers', async () => {
    sources = configured({ OSRM_URL: fake.url });
    fake.script({ status: 200, json: SAMPLES.osrm });
    const { data, provenance } = await sources.travel(lisbon, carmo, 'walking');
    expect(data).toEqual({ distanceKm: 2.35, durationMinutes: 10 });
    expect(provenance.source).toBe('live');
    expect(fake.requests[0]).toContain('/route/v1/foot/-9.136600,38.710100;-9.141400,38.712000');
  });

  it('estimates offline, not degraded, when no source is configured', async () => {
    sources = configured({});
    const { data, provenance } = await sources.travel(lisbon, carmo, 'walking');
    expect(provenance).toEqual({ source: 'offline', degraded: false });
    expect(data.durationMinutes).toBeGreaterThan(3);
    expect(fake.requests).toHaveLength(0);
  });

  it('takes exchange rates from the feed for an hour, else from the dated snapshot', async () => {
    sources = configured({ FX_URL: fake.url });
    const fx = createFxService({ http: sources.http.fx, url: `${fake.url}`, cache: sources.cache });
    fake.script({ status: 200, json: SAMPLES.frankfurter });
    now = 5_000_000;
    const live = await fx.convert({ amount: 10_000, currency: 'EUR' }, 'USD');
    expect(live).toMatchObject({
      to: { amount: 10_921, currency: 'USD' },
      rate: 1.0921,
      date: '2026-11-24',
    });
    expect(live.source).toMatch(/^127\.0\.0\.1:/);
    now += 59 * 60_000;
    expect((await fx.rates({ base: 'EUR', symbols: ['GBP'] })).provenance).toMatchObject({
      cached: true,
    });
    now += 2 * 60_000;
    fake.script({ status: 503 });
    const offline = await fx.rates({ base: 'EUR', symbols: ['USD'] });
    expect(offline).toMatchObject({
      date: '2026-11-20',
      source: 'caravan-offline-snapshot',
      provenance: { source: 'offline', degraded: true, reason: 'server-error' },
    });
  });
});
