import { z } from 'zod';
import type { ResilientHttp } from './resilient-http.js';

/** A geocoded place. */
export interface GeocodeResult {
  name: string;
  displayName: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, upper case, when known. */
  country: string | undefined;
  kind: string | undefined;
}

const nominatimSchema = z.array(
  z.object({
    lat: z.string(),
    lon: z.string(),
    display_name: z.string(),
    name: z.string().optional(),
    type: z.string().optional(),
    address: z.object({ country_code: z.string().optional() }).passthrough().optional(),
  }),
);

const photonSchema = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z
        .object({
          name: z.string().optional(),
          country: z.string().optional(),
          countrycode: z.string().optional(),
          city: z.string().optional(),
          osm_value: z.string().optional(),
        })
        .passthrough(),
    }),
  ),
});

/** Forward geocoding through Nominatim (`/search?format=jsonv2`) or Photon (`/api`). */
export async function geocode(
  http: ResilientHttp,
  config: { url: string; kind: 'nominatim' | 'photon' },
  text: string,
  limit = 5,
): Promise<GeocodeResult[]> {
  const base = config.url.replace(/\/+$/, '');
  switch (config.kind) {
    case 'nominatim': {
      const params = new URLSearchParams({
        q: text,
        format: 'jsonv2',
        limit: String(limit),
        addressdetails: '1',
      });
      const rows = await http.requestJson(`${base}/search?${params.toString()}`, undefined, (raw) =>
        nominatimSchema.parse(raw),
      );
      return rows.map((row) => ({
        name: row.name && row.name !== '' ? row.name : (row.display_name.split(',')[0] ?? ''),
        displayName: row.display_name,
        lat: Number(row.lat),
        lon: Number(row.lon),
        country: row.address?.country_code?.toUpperCase(),
        kind: row.type,
      }));
    }
    case 'photon': {
      const params = new URLSearchParams({ q: text, limit: String(limit) });
      const body = await http.requestJson(`${base}/api?${params.toString()}`, undefined, (raw) =>
        photonSchema.parse(raw),
      );
      return body.features.map((feature) => {
        const p = feature.properties;
        const name = p.name ?? p.city ?? '';
        return {
          name,
          displayName: [name, p.city, p.country].filter(Boolean).join(', '),
          lat: feature.geometry.coordinates[1],
          lon: feature.geometry.coordinates[0],
          country: p.countrycode?.toUpperCase(),
          kind: p.osm_value,
        };
      });
    }
  }
}
