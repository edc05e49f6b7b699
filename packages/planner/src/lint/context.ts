import type { Item, Money, TripSnapshot } from '@caravan/core';
import { createStraightLineEstimator } from '../travel/straight-line.js';
import type { TravelTimeEstimator } from '../travel/types.js';
import { addDays, daysBetween, minutesOf, zoneOffsetMinutes } from './time.js';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Door-to-door minutes between two points; the SOLVERS' estimators fit this shape. */
export type TravelEstimator = (from: LatLon, to: LatLon) => number;

/** Converts money to another currency, or undefined when no rate is known. */
export type CurrencyConverter = (money: Money, to: string) => Money | undefined;

export interface LintOptions {
  /** Travel time between places; a straight-line estimate by default. */
  estimator?: TravelEstimator;
  /** Days before this instant are history: nothing there can be fixed, so they are not checked. */
  now?: Date;
  convert?: CurrencyConverter;
  /** Spending limits; else the trip's own budget (`details.budget`), when it has one. */
  budget?: { total?: Money; perDay?: Money };
  /** The trip as it was when its fixed bookings were made: moved bookings are compared with it. */
  baseline?: TripSnapshot;
  /** IANA zone at a point, to spot places in another time zone than the trip's. */
  timeZoneAt?: (lat: number, lon: number) => string | undefined;
}

const EARTH_KM = 6371.0088;

export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Adapts a per-mode estimator (packages/planner/src/travel) to door-to-door minutes in a city:
 * walk or take transit, whichever is quicker, rounded up to whole minutes.
 */
export function cityEstimator(
  estimator: TravelTimeEstimator = createStraightLineEstimator(),
): TravelEstimator {
  return (from, to) =>
    Math.ceil(
      Math.min(
        estimator.estimate(from, to, 'walk').minutes,
        estimator.estimate(from, to, 'transit').minutes,
      ),
    );
}

/** The default: straight-line distances with per-mode speeds and detour factors. */
export const straightLineEstimator: TravelEstimator = cityEstimator();

/** A timed item placed on the trip's timeline, in minutes from the first day's midnight. */
export interface Placed {
  item: Item;
  date: string;
  dayIndex: number;
  /** Index among the day's items, for fixes that reorder. */
  index: number;
  start: number;
  end: number;
  startPlace?: LatLon;
  endPlace?: LatLon;
}

export interface LintContext {
  trip: TripSnapshot;
  options: LintOptions;
  estimate: TravelEstimator;
  /** Dates to check (all, or those not yet past when `now` is given). */
  activeDates: Set<string>;
  /** Items with a start time, sorted by start. */
  timed: Placed[];
}

function whereStarts(item: Item): LatLon | undefined {
  return item.transport?.from ?? item.place ?? item.transport?.to;
}
function whereEnds(item: Item): LatLon | undefined {
  return item.transport?.to ?? item.place ?? item.transport?.from;
}

/**
 * Minutes the clock jumps on a journey between time zones: a trip's times are local, so the
 * journey ends at its local arrival time, which is when plans at the destination can begin.
 */
export function zoneShift(item: Item, date: string, options: LintOptions): number {
  const t = item.transport;
  if (item.kind !== 'transport' || !t?.from || !t.to || !options.timeZoneAt) return 0;
  const from = options.timeZoneAt(t.from.lat, t.from.lon);
  const to = options.timeZoneAt(t.to.lat, t.to.lon);
  if (!from || !to || from === to) return 0;
  return (zoneOffsetMinutes(to, date) ?? 0) - (zoneOffsetMinutes(from, date) ?? 0);
}

/** Today's date in the trip's zone. */
function localDate(now: Date, zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function buildContext(trip: TripSnapshot, options: LintOptions): LintContext {
  const today = options.now ? localDate(options.now, trip.details.timezone) : undefined;
  const activeDates = new Set(
    trip.days.map((d) => d.date).filter((d) => today === undefined || d >= today),
  );
  const timed: Placed[] = [];
  for (const day of trip.days) {
    const dayIndex = daysBetween(trip.details.startDate, day.date);
    day.items.forEach((item, index) => {
      if (item.startTime === undefined || item.kind === 'note') return;
      const start = dayIndex * 1440 + minutesOf(item.startTime);
      const p: Placed = {
        item,
        date: day.date,
        dayIndex,
        index,
        start,
        end: start + (item.durationMinutes ?? 0) + zoneShift(item, day.date, options),
      };
      const s = whereStarts(item);
      const e = whereEnds(item);
      if (s) p.startPlace = { lat: s.lat, lon: s.lon };
      if (e) p.endPlace = { lat: e.lat, lon: e.lon };
      timed.push(p);
    });
  }
  timed.sort((a, b) => a.start - b.start || a.end - b.end || a.item.id.localeCompare(b.item.id));
  return {
    trip,
    options,
    estimate: options.estimator ?? straightLineEstimator,
    activeDates,
    timed,
  };
}

/** Items that occupy people's time (not lodging, which spans the night around everything else). */
export function occupies(p: Placed): boolean {
  return p.item.kind !== 'lodging' && p.end > p.start;
}

/** Two items involve the same people: unassigned items involve everyone. */
export function sharedAttendees(a: Item, b: Item): string[] | 'everyone' | undefined {
  if (a.attendees.length === 0 || b.attendees.length === 0) return 'everyone';
  const shared = a.attendees.filter((x) => b.attendees.includes(x));
  return shared.length > 0 ? shared : undefined;
}

export function dateOfIndex(trip: TripSnapshot, dayIndex: number): string {
  return addDays(trip.details.startDate, dayIndex);
}
