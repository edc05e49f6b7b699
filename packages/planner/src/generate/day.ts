import type { Money } from '@caravan/core';
import type { TravelEstimator } from '../lint/index.js';
import type { LatLon } from '../lint/context.js';
import { solveOrienteering } from '../orienteering/index.js';
import type { Pace } from '../request/schema.js';
import { clock } from '../lint/time.js';
import type { CataloguePlaceLike, PlanSlot } from './types.js';
import type { WindowCache } from './windows.js';

export interface Candidate {
  place: CataloguePlaceLike;
  score: number;
  mustSee: boolean;
  /** Ticket cost for the whole party. */
  cost: Money;
  why: string;
}

/** A fixed point of the day: where people are and from when to when. */
export interface Anchor {
  at: LatLon;
  start: number;
  end: number;
  slot?: PlanSlot;
}

export const paceRules: Record<Pace, { maxVisits: number; linger: number; candidates: number }> = {
  slow: { maxVisits: 3, linger: 1.3, candidates: 6 },
  moderate: { maxVisits: 5, linger: 1.1, candidates: 8 },
  fast: { maxVisits: 7, linger: 1, candidates: 10 },
};

const step5 = (m: number) => Math.ceil(m / 5) * 5;

export interface SegmentInput {
  date: string;
  from: Anchor;
  to: Anchor;
  candidates: readonly Candidate[];
  pace: Pace;
  maxVisits: number;
  estimate: TravelEstimator;
  windows: WindowCache;
  seed: number;
}

export interface TimedVisit {
  candidate: Candidate;
  start: number;
  duration: number;
  travelBefore: number;
}

/**
 * Fits visits between two anchors of a day: the orienteering solver picks the best subset and
 * order, then every visit is timed against its opening hours and the travel estimate, dropping
 * any that would make the next anchor late. The result never overlaps and is open throughout.
 */
export function planSegment(input: SegmentInput): TimedVisit[] {
  const { from, to, date, estimate, windows } = input;
  const span = to.start - from.end;
  if (span < 30 || input.maxVisits <= 0) return [];
  const linger = paceRules[input.pace].linger;
  const durationOf = (c: Candidate) => step5(c.place.durationMinutes * linger);
  const usable = input.candidates
    .filter((c) => windows.earliestStart(c.place, date, from.end, durationOf(c)) !== undefined)
    .filter((c) => durationOf(c) + estimate(from.at, c.place) + estimate(c.place, to.at) <= span)
    .slice(0, paceRules[input.pace].candidates);
  if (usable.length === 0) return [];
  const points: LatLon[] = [from.at, to.at, ...usable.map((c) => c.place)];
  const matrix = points.map((a) => points.map((b) => estimate(a, b)));
  const result = solveOrienteering({
    matrix,
    scores: [0, 0, ...usable.map((c) => c.score)],
    start: 0,
    end: 1,
    budget: span,
    durations: [0, 0, ...usable.map(durationOf)],
    windows: [undefined, undefined, ...usable.map((c) => windows.windows(c.place, date))],
    dayStart: from.end,
    iterations: 6,
    seed: input.seed,
  });
  let chosen = result.route.filter((i) => i >= 2).map((i) => usable[i - 2]!);
  // A slow day keeps its breathing room: the best-scored visits, in route order.
  if (chosen.length > input.maxVisits) {
    const keep = new Set(
      [...chosen]
        .sort((a, b) => b.score - a.score || a.place.id.localeCompare(b.place.id))
        .slice(0, input.maxVisits),
    );
    chosen = chosen.filter((c) => keep.has(c));
  }
  for (;;) {
    const timed = timeVisits(chosen, input, durationOf);
    if (timed) return timed;
    if (chosen.length === 0) return [];
    // Drop the lowest-scored visit and time again: fewer visits always fit eventually.
    const worst = [...chosen].sort(
      (a, b) => a.score - b.score || b.place.id.localeCompare(a.place.id),
    )[0];
    chosen = chosen.filter((c) => c !== worst);
  }
}

function timeVisits(
  chosen: readonly Candidate[],
  input: SegmentInput,
  durationOf: (c: Candidate) => number,
): TimedVisit[] | undefined {
  const out: TimedVisit[] = [];
  let at: LatLon = input.from.at;
  let t = input.from.end;
  for (const c of chosen) {
    const travel = input.estimate(at, c.place);
    const duration = durationOf(c);
    let start = input.windows.earliestStart(c.place, input.date, step5(t + travel), duration);
    // Openings at odd minutes (09:32) are rounded up to the five-minute grid the plan uses.
    if (start !== undefined && start % 5 !== 0)
      start = input.windows.earliestStart(c.place, input.date, step5(start), duration);
    if (start === undefined) return undefined;
    out.push({ candidate: c, start, duration, travelBefore: travel });
    t = start + duration;
    at = c.place;
  }
  return t + input.estimate(at, input.to.at) <= input.to.start ? out : undefined;
}

export function visitSlot(v: TimedVisit): PlanSlot {
  const p = v.candidate.place;
  return {
    kind: 'visit',
    title: p.name,
    startTime: clock(v.start),
    durationMinutes: v.duration,
    place: {
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      catalogueId: p.id,
      openingHours: p.openingHours,
    },
    cost: v.candidate.cost,
    travelMinutesBefore: v.travelBefore,
    why: v.candidate.why,
  };
}
