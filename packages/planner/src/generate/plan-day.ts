import type { TravelEstimator } from '../lint/index.js';
import type { LatLon } from '../lint/context.js';
import { clock, minutesOf } from '../lint/time.js';
import type { PlanRequest } from '../request/schema.js';
import { type Anchor, type Candidate, paceRules, planSegment, visitSlot } from './day.js';
import { chooseMeal, mealTimes, type Meal } from './meals.js';
import type { CataloguePlaceLike, PlanSlot } from './types.js';
import type { WindowCache } from './windows.js';

export const dayStartOf: Record<PlanRequest['pace'], number> = {
  slow: 9 * 60 + 30,
  moderate: 9 * 60,
  fast: 8 * 60 + 30,
};
/** With no dinner to end at, the day ends back at the lodging by then. */
const DAY_END = 21 * 60;
const EVENING_END = 23 * 60 + 55;
const eveningTags = new Set(['nightlife', 'music', 'cocktails', 'beer', 'wine', 'theatre']);
const eveningCategories = new Set(['nightlife', 'drink', 'experience']);

export interface DayPlanInput {
  date: string;
  request: PlanRequest;
  lodging: LatLon;
  /** When the party is free to start (after a morning transfer, say). */
  start: number;
  /** Slots already fixed that day (bookings, a transfer). */
  fixed: PlanSlot[];
  /** Candidates ranked best first for the group's satisfaction so far; re-ranked per segment. */
  rank: () => Candidate[];
  /** Called for each visit as it is planned, so the next ranking favours whoever is behind. */
  onVisit: (c: Candidate) => void;
  foods: readonly CataloguePlaceLike[];
  usedFoods: Set<string>;
  estimate: TravelEstimator;
  windows: WindowCache;
  partySize: number;
  currency: string;
  tightBudget: boolean;
  /** Most one meal may cost for the party, in the city's currency. */
  mealCap: number;
  /** Ticket money left for today, in the city's currency minor units. */
  allowance: number;
  seed: number;
}

/**
 * One day: meals at their usual times at open food places, fixed bookings where they are, and the
 * best visits the orienteering solver fits between those anchors.
 */
export function planDay(input: DayPlanInput): { slots: PlanSlot[]; visits: Candidate[] } {
  const pace = input.request.pace;
  const anchors: Anchor[] = [{ at: input.lodging, start: input.start, end: input.start }];
  for (const f of input.fixed) {
    const s = minutesOf(f.startTime);
    anchors.push({ at: f.place ?? input.lodging, start: s, end: s + f.durationMinutes, slot: f });
  }
  const busy = (from: number, to: number) =>
    input.fixed.some(
      (f) =>
        minutesOf(f.startTime) < to + 30 && minutesOf(f.startTime) + f.durationMinutes > from - 30,
    );
  const focus =
    input.rank().find((c) => input.windows.windows(c.place, input.date).length > 0)?.place ??
    input.lodging;
  for (const meal of ['lunch', 'dinner'] as Meal[]) {
    const { start, minutes } = mealTimes[pace][meal];
    if (start < input.start + 30 || busy(start, start + minutes)) continue;
    const chosen = chooseMeal({
      meal,
      date: input.date,
      start,
      minutes,
      near: meal === 'lunch' ? focus : input.lodging,
      foods: input.foods,
      request: input.request,
      windows: input.windows,
      used: input.usedFoods,
      tight: input.tightBudget,
      cap: input.mealCap,
      partySize: input.partySize,
      currency: input.currency,
    });
    if (chosen.slot.place?.catalogueId) input.usedFoods.add(chosen.slot.place.catalogueId);
    anchors.push({ at: chosen.at, start, end: start + minutes, slot: chosen.slot });
  }
  anchors.sort((a, b) => a.start - b.start);
  const last = anchors.at(-1);
  if (!last?.slot || last.slot.kind !== 'meal')
    anchors.push({
      at: input.lodging,
      start: Math.max(DAY_END, (last?.end ?? 0) + 30),
      end: Math.max(DAY_END, (last?.end ?? 0) + 30),
    });
  // Night owls get an evening after dinner, for bars, music and shows only.
  const evening = input.request.party.some((m) => m.interests.some((i) => eveningTags.has(i)));
  const lastAnchor = anchors.at(-1)!;
  if (evening && lastAnchor.end < EVENING_END - 60) {
    anchors.push({ at: input.lodging, start: EVENING_END, end: EVENING_END });
  }

  const slots: PlanSlot[] = [];
  const visits: Candidate[] = [];
  let allowance = input.allowance;
  const taken = new Set<string>();
  let maxVisits = paceRules[pace].maxVisits;
  for (let i = 0; i + 1 < anchors.length; i++) {
    const from = anchors[i]!;
    const to = anchors[i + 1]!;
    const night = to.start === EVENING_END && i === anchors.length - 2;
    const pool = input
      .rank()
      .filter(
        (c) =>
          !taken.has(c.place.id) &&
          c.cost.amount <= allowance &&
          (!night || eveningCategories.has(c.place.category)),
      );
    const timed = planSegment({
      date: input.date,
      from,
      to,
      candidates: pool,
      pace,
      // The morning takes at most half the day's visits, so afternoons are not left empty.
      maxVisits: night ? 1 : i === 0 ? Math.ceil(paceRules[pace].maxVisits / 2) : maxVisits,
      estimate: input.estimate,
      windows: input.windows,
      seed: input.seed + i,
    });
    let travelFrom = from.at;
    for (const v of timed) {
      taken.add(v.candidate.place.id);
      allowance -= v.candidate.cost.amount;
      visits.push(v.candidate);
      input.onVisit(v.candidate);
      slots.push(visitSlot(v));
      travelFrom = v.candidate.place;
    }
    if (!night) maxVisits -= timed.length;
    if (to.slot)
      slots.push({
        ...to.slot,
        travelMinutesBefore: Math.round(input.estimate(travelFrom, to.at)),
      });
  }
  slots.sort((a, b) => minutesOf(a.startTime) - minutesOf(b.startTime));
  return { slots, visits };
}

export function endOfDay(slots: readonly PlanSlot[]): number {
  return slots.reduce((t, s) => Math.max(t, minutesOf(s.startTime) + s.durationMinutes), 0);
}

export { clock };
