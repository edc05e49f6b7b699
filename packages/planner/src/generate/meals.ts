import type { Money } from '@caravan/core';
import { distanceKm, type LatLon } from '../lint/context.js';
import type { PlanRequest } from '../request/schema.js';
import { euros, times } from './costs.js';
import { dietRank, excluded, isMeal } from './preferences.js';
import type { CataloguePlaceLike, PlanSlot } from './types.js';
import type { WindowCache } from './windows.js';
import { clock } from '../lint/time.js';

export type Meal = 'lunch' | 'dinner';

export const mealTimes: Record<
  PlanRequest['pace'],
  Record<Meal, { start: number; minutes: number }>
> = {
  slow: { lunch: { start: 13 * 60, minutes: 75 }, dinner: { start: 19 * 60 + 30, minutes: 90 } },
  moderate: {
    lunch: { start: 12 * 60 + 45, minutes: 60 },
    dinner: { start: 19 * 60 + 30, minutes: 90 },
  },
  fast: { lunch: { start: 12 * 60 + 30, minutes: 45 }, dinner: { start: 20 * 60, minutes: 75 } },
};

/** What a meal costs per person when the catalogue has no open food place nearby. */
export const genericMealEuros = 18;

export interface MealChoice {
  slot: PlanSlot;
  at: LatLon;
}

/**
 * A food place open for the whole meal, suited to the party's diet, not yet eaten at on this
 * trip when possible, nearest to where the party will be (or cheapest when money is tight).
 */
export function chooseMeal(input: {
  meal: Meal;
  date: string;
  start: number;
  minutes: number;
  near: LatLon;
  foods: readonly CataloguePlaceLike[];
  request: PlanRequest;
  windows: WindowCache;
  used: ReadonlySet<string>;
  tight: boolean;
  /** Most a meal may cost for the whole party, in the city's currency. */
  cap: number;
  partySize: number;
  currency: string;
}): MealChoice {
  const open = input.foods.filter(
    (f) =>
      isMeal(f) &&
      !excluded(input.request, f) &&
      input.windows.earliestStart(f, input.date, input.start, input.minutes) === input.start,
  );
  // Within the cap (a sit-down lunch is not a tasting menu); the cheapest open place otherwise.
  const affordable = open.filter((f) => f.typicalCost.amount * input.partySize <= input.cap);
  const pool =
    affordable.length > 0
      ? affordable
      : open.filter(
          (f) => f.typicalCost.amount === Math.min(...open.map((o) => o.typicalCost.amount)),
        );
  const ranked = pool
    .map((f) => ({
      f,
      key: [
        dietRank(input.request, f),
        input.used.has(f.id) ? 1 : 0,
        input.tight ? f.typicalCost.amount : Math.round(distanceKm(input.near, f) * 10),
      ],
    }))
    .sort(
      (a, b) =>
        a.key[0]! - b.key[0]! ||
        a.key[1]! - b.key[1]! ||
        a.key[2]! - b.key[2]! ||
        a.f.id.localeCompare(b.f.id),
    );
  const best = ranked[0]?.f;
  const label = input.meal === 'lunch' ? 'Lunch' : 'Dinner';
  if (!best) {
    const cost: Money = euros(genericMealEuros * input.partySize, input.currency);
    return {
      slot: {
        kind: 'meal',
        title: `${label} nearby`,
        startTime: clock(input.start),
        durationMinutes: input.minutes,
        cost,
        travelMinutesBefore: 0,
        why: `${label}: no catalogue restaurant is open then, so pick one on the spot`,
      },
      at: input.near,
    };
  }
  return {
    slot: {
      kind: 'meal',
      title: `${label} at ${best.name}`,
      startTime: clock(input.start),
      durationMinutes: input.minutes,
      place: {
        name: best.name,
        lat: best.lat,
        lon: best.lon,
        catalogueId: best.id,
        openingHours: best.openingHours,
      },
      cost: times(best.typicalCost, input.partySize),
      travelMinutesBefore: 0,
      why: `${label}${dietRank(input.request, best) === 0 && input.request.diet.length > 0 ? `, suits ${input.request.diet.join(' and ')}` : ''}`,
    },
    at: best,
  };
}

/** The cheapest a meal can be in a city, per person, for budget floors. */
export function cheapestMeal(foods: readonly CataloguePlaceLike[], currency: string): Money {
  const prices = foods.filter(isMeal).map((f) => f.typicalCost.amount);
  const generic = euros(genericMealEuros, currency).amount;
  return { amount: Math.min(generic, ...prices), currency };
}
