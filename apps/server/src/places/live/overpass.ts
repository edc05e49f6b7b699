import { z } from 'zod';
import type { ResilientHttp } from './resilient-http.js';

const elementSchema = z.object({
  type: z.enum(['node', 'way', 'relation']),
  id: z.number(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  center: z.object({ lat: z.number(), lon: z.number() }).optional(),
  tags: z.record(z.string(), z.string()).optional(),
});
const responseSchema = z.object({ elements: z.array(elementSchema) });

/** A place as Overpass (OpenStreetMap) describes it, mapped to our categories. */
export interface OsmPlace {
  id: string;
  name: string;
  category: string;
  tags: string[];
  lat: number;
  lon: number;
  openingHours: string | undefined;
  cuisine: string | undefined;
  address: string | undefined;
}

const CATEGORY_BY_TAG: [key: string, values: RegExp, category: string, tags: string[]][] = [
  ['tourism', /^(museum|gallery)$/, 'museum', ['art', 'culture']],
  ['tourism', /^(attraction|viewpoint|artwork)$/, 'sight', ['views']],
  ['historic', /./, 'sight', ['history']],
  ['leisure', /^(park|garden)$/, 'park', ['nature', 'walking']],
  ['natural', /./, 'nature', ['nature', 'outdoors']],
  ['amenity', /^(restaurant|fast_food|food_court)$/, 'food', ['food']],
  ['amenity', /^(cafe)$/, 'food', ['coffee']],
  ['amenity', /^(bar|pub|biergarten)$/, 'drink', ['beer']],
  ['amenity', /^(nightclub)$/, 'nightlife', ['nightlife', 'music']],
  ['shop', /./, 'shopping', ['shopping']],
];

function classify(tags: Record<string, string>): { category: string; tags: string[] } | undefined {
  for (const [key, values, category, extra] of CATEGORY_BY_TAG) {
    const value = tags[key];
    if (value !== undefined && values.test(value)) return { category, tags: extra };
  }
  return undefined;
}

/** Overpass QL for named tourist places within a radius, optionally matching a name. */
export function overpassQuery(lat: number, lon: number, radiusM: number, name?: string): string {
  const around = `(around:${Math.round(radiusM)},${lat.toFixed(6)},${lon.toFixed(6)})`;
  // Names reach the query as a case-insensitive regex; strip what would break its quoting.
  const byName = name ? `["name"~"${name.replace(/["\\]/g, '').slice(0, 60)}",i]` : '["name"]';
  const selectors = [
    `nwr["tourism"~"^(museum|gallery|attraction|viewpoint)$"]${byName}${around};`,
    `nwr["amenity"~"^(restaurant|cafe|bar|pub|nightclub|fast_food)$"]${byName}${around};`,
    `nwr["leisure"~"^(park|garden)$"]${byName}${around};`,
    `nwr["historic"]${byName}${around};`,
  ];
  return `[out:json][timeout:10];(${selectors.join('')});out center 60;`;
}

/** Fetches named places around a point from an Overpass API interpreter endpoint. */
export async function fetchOverpassPlaces(
  http: ResilientHttp,
  endpoint: string,
  query: { lat: number; lon: number; radiusM: number; name?: string },
): Promise<OsmPlace[]> {
  const ql = overpassQuery(query.lat, query.lon, query.radiusM, query.name);
  const body = await http.requestJson(
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ data: ql }).toString(),
    },
    (raw) => responseSchema.parse(raw),
  );
  const places: OsmPlace[] = [];
  for (const element of body.elements) {
    const tags = element.tags ?? {};
    const name = tags.name;
    const lat = element.lat ?? element.center?.lat;
    const lon = element.lon ?? element.center?.lon;
    const kind = classify(tags);
    if (!name || lat === undefined || lon === undefined || !kind) continue;
    const street = [tags['addr:street'], tags['addr:housenumber']].filter(Boolean).join(' ');
    places.push({
      id: `osm-${element.type}-${element.id}`,
      name,
      category: kind.category,
      tags: kind.tags,
      lat,
      lon,
      openingHours: tags.opening_hours,
      cuisine: tags.cuisine,
      address: street === '' ? undefined : street,
    });
  }
  return places;
}
