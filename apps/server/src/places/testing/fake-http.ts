import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake source does for one request. */
export type FakeReply =
  | { status: number; json?: unknown; body?: string; headers?: Record<string, string> }
  | { hang: true };

export interface FakeSource {
  url: string;
  /** Requests received, in order: "GET /v1/forecast?...". */
  requests: string[];
  /** Replies to give, in order; the last one repeats. */
  script(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

/**
 * A local HTTP server on port 0 standing in for a remote API: it replays the reply shapes the
 * test scripts (real payloads, errors, rate limits, garbage, or no answer at all).
 */
export async function startFakeSource(): Promise<FakeSource> {
  let replies: FakeReply[] = [{ status: 200, json: {} }];
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(`${request.method ?? 'GET'} ${request.url ?? '/'}`);
    request.resume();
    const reply = replies.length > 1 ? replies.shift() : replies[0];
    if (!reply || 'hang' in reply) {
      hanging.add(response);
      return;
    }
    const body = reply.body ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...next) {
      replies = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Real response shapes of the sources, trimmed to a few records. */
export const SAMPLES = {
  overpass: {
    version: 0.6,
    generator: 'Overpass API 0.7.62',
    osm3s: { timestamp_osm_base: '2026-05-01T10:00:00Z', copyright: 'ODbL' },
    elements: [
      {
        type: 'node',
        id: 111,
        lat: 35.6905,
        lon: 139.7004,
        tags: {
          amenity: 'restaurant',
          cuisine: 'ramen',
          name: 'Menya Musashi',
          opening_hours: 'Mo-Su 11:00-22:30',
        },
      },
      {
        type: 'way',
        id: 222,
        center: { lat: 35.6852, lon: 139.71 },
        tags: { leisure: 'park', name: 'Shinjuku Gyoen' },
      },
      { type: 'node', id: 333, lat: 35.69, lon: 139.7, tags: { amenity: 'bench' } },
      { type: 'node', id: 444, lat: 35.69, lon: 139.7, tags: { amenity: 'cafe' } },
    ],
  },
  nominatim: [
    {
      place_id: 123,
      licence: 'Data © OpenStreetMap contributors, ODbL 1.0.',
      osm_type: 'relation',
      osm_id: 5400890,
      lat: '38.7077507',
      lon: '-9.1365919',
      category: 'boundary',
      type: 'administrative',
      place_rank: 14,
      importance: 0.78,
      addresstype: 'city',
      name: 'Lisboa',
      display_name: 'Lisboa, Portugal',
      address: { city: 'Lisboa', country: 'Portugal', country_code: 'pt' },
      boundingbox: ['38.6913994', '38.7967584', '-9.2298356', '-9.0863328'],
    },
  ],
  photon: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-9.1365919, 38.7077507] },
        properties: {
          osm_type: 'R',
          osm_id: 5400890,
          osm_key: 'place',
          osm_value: 'city',
          name: 'Lisboa',
          country: 'Portugal',
          countrycode: 'PT',
          type: 'city',
        },
      },
    ],
  },
  forecast: {
    latitude: 38.72,
    longitude: -9.14,
    generationtime_ms: 0.1,
    utc_offset_seconds: 3600,
    timezone: 'Europe/Lisbon',
    timezone_abbreviation: 'WEST',
    elevation: 50,
    daily_units: { time: 'iso8601', temperature_2m_max: '°C' },
    daily: {
      time: ['2026-05-01', '2026-05-02'],
      temperature_2m_max: [22.1, 24.3],
      temperature_2m_min: [14.2, 15.0],
      precipitation_sum: [0, 1.2],
      precipitation_probability_max: [5, 40],
      weather_code: [1, 61],
    },
  },
  osrm: {
    code: 'Ok',
    routes: [
      {
        geometry: '',
        legs: [{ steps: [], summary: '', weight: 620, duration: 615.2, distance: 2345.6 }],
        weight_name: 'routability',
        weight: 620,
        duration: 615.2,
        distance: 2345.6,
      },
    ],
    waypoints: [
      { hint: '', distance: 1.2, name: 'Rua Augusta', location: [-9.1366, 38.7101] },
      { hint: '', distance: 0.8, name: 'Largo do Carmo', location: [-9.1414, 38.712] },
    ],
  },
  frankfurter: {
    amount: 1.0,
    base: 'EUR',
    date: '2026-11-24',
    rates: { USD: 1.0921, GBP: 0.8612, JPY: 164.02 },
  },
} as const;
