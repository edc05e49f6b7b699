import { findCity, getCity } from '@caravan/catalogue';
import type { Item, TripSnapshot } from '@caravan/core';
import { resolvePlace } from '@caravan/places';

/** A destination of the trip with coordinates (catalogue city, else the gazetteer). */
export interface TripPlace {
  name: string;
  lat: number;
  lon: number;
  /** The catalogue city, when the destination is one. */
  cityId?: string | undefined;
}

/** The trip's destinations that can be located, in order. */
export function tripPlaces(trip: TripSnapshot): TripPlace[] {
  const out: TripPlace[] = [];
  for (const destination of trip.details.destinations) {
    const city =
      (destination.placeId ? getCity(destination.placeId) : undefined) ??
      findCity(destination.name);
    if (city) {
      out.push({ name: city.name, lat: city.lat, lon: city.lon, cityId: city.id });
    } else if (destination.lat !== undefined && destination.lon !== undefined) {
      out.push({ name: destination.name, lat: destination.lat, lon: destination.lon });
    } else {
      const found = resolvePlace(destination.name);
      if (found) {
        out.push({
          name: found.name,
          lat: found.lat,
          lon: found.lon,
          cityId: found.catalogueCityId ?? undefined,
        });
      }
    }
  }
  return out;
}

/** The first day of the trip that has at least `min` items with a place, if any. */
export function busiestDay(trip: TripSnapshot, min = 2): string | undefined {
  return trip.days.find((day) => day.items.filter((i) => i.place).length >= min)?.date;
}

/** Every item of the trip with the date it is on. */
export function itemsWithDates(trip: TripSnapshot): { item: Item; date: string }[] {
  return trip.days.flatMap((day) => day.items.map((item) => ({ item, date: day.date })));
}

/** "1 May" from "2027-05-01", read as a calendar date (no time zone involved). */
export function shortDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** Whole days from `from` to `to` (dates YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "09:30" from minutes after midnight (24:00 for the end of the day). */
export function clock(minutes: number): string {
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
