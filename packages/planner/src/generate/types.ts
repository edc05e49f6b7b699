import type { Money } from '@caravan/core';
import type { CurrencyConverter, Finding, TravelEstimator } from '../lint/index.js';

/** What the generator needs of a catalogue city (the @caravan/catalogue City fits). */
export interface CatalogueCity {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  timezone: string;
  currency: string;
}

/** What the generator needs of a catalogue place (the @caravan/catalogue CataloguePlace fits). */
export interface CataloguePlaceLike {
  id: string;
  cityId: string;
  name: string;
  aliases?: string[] | undefined;
  lat: number;
  lon: number;
  category: string;
  tags: readonly string[];
  durationMinutes: number;
  priceLevel: number;
  typicalCost: Money;
  openingHours: string;
  address?: string | undefined;
}

/** The catalogue's loader functions; pass `@caravan/catalogue`'s `{ getCity, placesOf }`. */
export interface PlannerCatalogue {
  getCity(id: string): CatalogueCity | undefined;
  placesOf(cityId: string): readonly CataloguePlaceLike[];
}

export interface GenerateOptions {
  catalogue: PlannerCatalogue;
  /** Door-to-door minutes within a city; a straight-line estimate by default. */
  estimator?: TravelEstimator;
  /** Converts prices to the budget's currency when they differ. */
  convert?: CurrencyConverter;
  /** IANA zone at a point, for the lint of the result; the nearest planned city's zone by default. */
  timeZoneAt?: (lat: number, lon: number) => string | undefined;
  /** Seed of the local search; the same seed and request give the same plan. */
  seed?: number;
}

export type SlotKind = 'visit' | 'meal' | 'transfer' | 'lodging' | 'booking';

/** One timed entry of a day. Times are local `HH:mm` of the city the slot is in. */
export interface PlanSlot {
  kind: SlotKind;
  title: string;
  startTime: string;
  durationMinutes: number;
  /** Where it happens; a transfer's destination. */
  place?: { name: string; lat: number; lon: number; catalogueId?: string; openingHours?: string };
  /** A transfer's departure point. */
  from?: { name: string; lat: number; lon: number };
  mode?: 'walk' | 'metro' | 'taxi' | 'train' | 'flight';
  /** For the whole party. */
  cost: Money;
  /** Minutes of travel from the previous slot of the day (a travel leg). */
  travelMinutesBefore: number;
  fixed?: boolean;
  /** Why this slot: whose interests it serves, or what need it meets. */
  why: string;
}

export interface PlanDay {
  date: string;
  cityId: string;
  cityName: string;
  slots: PlanSlot[];
  cost: Money;
}

export interface MemberSatisfaction {
  name: string;
  /** Share of the visits that match at least one of the member's interests, 0 to 1. */
  score: number;
  matchedVisits: number;
  visits: number;
}

export interface Plan {
  title: string;
  startDate: string;
  endDate: string;
  timezone: string;
  currency: string;
  destinations: Array<{
    cityId: string;
    name: string;
    lat: number;
    lon: number;
    country: string;
    firstDate: string;
    lastDate: string;
  }>;
  days: PlanDay[];
  total: Money;
  budget?: Money;
  partySize: number;
}

export type GenerateResult =
  | {
      ok: true;
      plan: Plan;
      lint: Finding[];
      satisfaction: MemberSatisfaction[];
      explanations: string[];
    }
  | { ok: false; reasons: string[] };
