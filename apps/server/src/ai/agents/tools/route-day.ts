import type { ContentCommand, Item } from '@caravan/core';
import {
  openWindows,
  parseHours,
  routeDay,
  straightLineEstimator,
  timeOrder,
  type DaySchedulingContext,
  type RouteStop,
} from '@caravan/planner';
import { haversineKm } from '@caravan/places';
import { z } from 'zod';
import { repairCommands } from '../../model/repair.js';
import { addProposal } from '../../proposals.js';
import { busiestDay, clock, shortDate } from './trip-facts.js';
import { defineTool, ToolInputError, type ToolContext } from './types.js';

export const routeDayInput = z.strictObject({
  /** A date of the trip; defaults to its first day with two or more places. */
  date: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  /** Add the better order to the trip as an open proposal (members vote and apply it). */
  propose: z.boolean().default(true),
});

export interface RouteDayToolResult {
  date: string | null;
  stops: number;
  currentOrder: string[];
  suggestedOrder: string[];
  currentTravelMinutes: number;
  suggestedTravelMinutes: number;
  minutesSaved: number;
  lateMinutesBefore: number;
  lateMinutesAfter: number;
  method: 'exact' | 'heuristic' | 'kept' | 'none';
  /** Where the travel minutes came from. */
  travelTimes: 'osrm' | 'straight-line estimate';
  commands: ContentCommand[];
}

const DAY_START = 9 * 60;
const DAY_END = 22 * 60;
const DEFAULT_VISIT = 60;

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

function stopOf(item: Item, date: string): RouteStop {
  const place = item.place;
  let windows: RouteStop['windows'];
  if (place?.openingHours) {
    const hours = parseHours(place.openingHours, place.lat, place.lon);
    if (!(hours instanceof Error)) {
      windows = openWindows(hours, date, 0, 1440).map(([open, close]) => ({ open, close }));
    }
  }
  return {
    id: item.id,
    durationMinutes: item.durationMinutes ?? DEFAULT_VISIT,
    ...(windows ? { windows } : {}),
    ...(item.fixed && item.startTime ? { fixedStart: minutesOf(item.startTime) } : {}),
  };
}

/** moveItem commands that turn `current` (item ids) into `wanted`, one position at a time. */
function movesFor(date: string, current: readonly string[], wanted: readonly string[]) {
  const order = [...current];
  const commands: ContentCommand[] = [];
  wanted.forEach((id, index) => {
    if (order[index] === id) return;
    order.splice(order.indexOf(id), 1);
    order.splice(index, 0, id);
    commands.push({ type: 'moveItem', itemId: id, to: date, index });
  });
  return commands;
}

const late = (violations: readonly { minutesLate: number }[]) =>
  violations.reduce((sum, v) => sum + v.minutesLate, 0);

type LatLon = { lat: number; lon: number };

/** Stops closer than this are walked; further ones ride (OSRM has no transit: its car times). */
const WALK_KM = 2;

/**
 * Travel minutes between every pair of points: OSRM through the places live sources when a
 * router is configured (cached; a failed leg falls back to the estimate), else the planner's
 * straight-line city estimate. Says which it used.
 */
async function travelMatrix(
  context: ToolContext,
  points: readonly (LatLon | undefined)[],
): Promise<{ matrix: number[][]; source: RouteDayToolResult['travelTimes'] }> {
  const live = context.places?.live;
  const routed = live?.http.routing !== undefined;
  let anyLive = false;
  const matrix: number[][] = [];
  for (const [i, a] of points.entries()) {
    const row: number[] = [];
    for (const [j, b] of points.entries()) {
      if (i === j || !a || !b) {
        row.push(0);
        continue;
      }
      if (live && routed) {
        const walk = haversineKm(a, b) < WALK_KM;
        const { data, provenance } = await live.travel(a, b, walk ? 'walking' : 'transit');
        anyLive ||= provenance.source === 'live';
        row.push(provenance.source === 'live' ? data.durationMinutes : straightLineEstimator(a, b));
      } else {
        row.push(straightLineEstimator(a, b));
      }
    }
    matrix.push(row);
  }
  return { matrix, source: anyLive ? 'osrm' : 'straight-line estimate' };
}

async function plan(context: ToolContext, date: string): Promise<RouteDayToolResult> {
  const day = context.trip.days.find((d) => d.date === date);
  if (!day) throw new ToolInputError('date', `${date} is not a day of this trip`);
  const isStop = (item: Item) =>
    item.place !== undefined && item.kind !== 'lodging' && item.kind !== 'transport';
  const stopItems = day.items.filter(isStop);
  const lodging = day.items.find((item) => item.kind === 'lodging' && item.place)?.place;
  const empty: RouteDayToolResult = {
    date,
    stops: stopItems.length,
    currentOrder: stopItems.map((i) => i.title),
    suggestedOrder: stopItems.map((i) => i.title),
    currentTravelMinutes: 0,
    suggestedTravelMinutes: 0,
    minutesSaved: 0,
    lateMinutesBefore: 0,
    lateMinutesAfter: 0,
    method: 'none',
    travelTimes: 'straight-line estimate',
    commands: [],
  };
  if (stopItems.length < 2) return empty;

  // Stop i is matrix index i; the day starts (and ends) at the lodging, else anywhere.
  const points = stopItems.map((item) => item.place ?? { lat: 0, lon: 0 });
  const n = points.length;
  const { matrix, source } = await travelMatrix(context, [...points, lodging]);
  const starts = stopItems.flatMap((i) => (i.startTime ? [minutesOf(i.startTime)] : []));
  const schedule: DaySchedulingContext = {
    stops: stopItems.map((item) => stopOf(item, date)),
    matrix,
    start: n,
    ...(lodging ? { end: n } : {}),
    dayStart: Math.min(DAY_START, ...starts),
    dayEnd: DAY_END,
  };
  const identity = stopItems.map((_, i) => i);
  const before = timeOrder(schedule, identity);
  const routed = routeDay({ ...schedule, currentOrder: identity });
  const result: RouteDayToolResult = {
    ...empty,
    suggestedOrder: routed.order.map((i) => stopItems[i]?.title ?? ''),
    currentTravelMinutes: before.totalTravel,
    suggestedTravelMinutes: routed.totalTravel,
    minutesSaved: before.totalTravel - routed.totalTravel,
    lateMinutesBefore: late(before.violations),
    lateMinutesAfter: late(routed.violations),
    method: routed.method,
    travelTimes: source,
  };
  const unchanged = routed.order.every((stop, i) => stop === i);
  const better = result.minutesSaved > 0 || result.lateMinutesAfter < result.lateMinutesBefore;
  // A different order that saves nothing is not worth a proposal.
  if (unchanged || !better) {
    return {
      ...result,
      suggestedOrder: result.currentOrder,
      suggestedTravelMinutes: result.currentTravelMinutes,
      minutesSaved: 0,
      lateMinutesAfter: result.lateMinutesBefore,
    };
  }

  // Stops take the places of stops in the day's list; other items stay where they are.
  const routedIds = routed.order.map((i) => stopItems[i]?.id ?? '');
  let next = 0;
  const wanted = day.items.map((item) => (isStop(item) ? (routedIds[next++] ?? item.id) : item.id));
  const commands = movesFor(
    date,
    day.items.map((i) => i.id),
    wanted,
  );
  // Timed stops get the times of the new order (fixed bookings keep theirs).
  routed.order.forEach((stopIndex, position) => {
    const item = stopItems[stopIndex];
    const start = routed.starts[position];
    if (!item?.startTime || item.fixed || start === undefined) return;
    const time = clock(start);
    if (time !== item.startTime) {
      commands.push({ type: 'updateItem', itemId: item.id, patch: { startTime: time } });
    }
  });
  return { ...result, commands };
}

/** The planner's day routing: a better order for one day's stops, offered as a proposal. */
export const routeDayTool = defineTool({
  name: 'routeDay',
  agent: 'planner',
  description:
    'Order the stops of one trip day to cut travel time while respecting opening hours and fixed bookings; reports minutes saved and offers the new order as a proposal members can apply.',
  input: routeDayInput,
  describeInput: (input) => `${input.date ?? 'busiest day'}${input.propose ? '' : ', no proposal'}`,
  async run(context, input) {
    const date = input.date ?? busiestDay(context.trip);
    if (!date) {
      return {
        result: { ...(await plan(context, context.trip.details.startDate)), date: null },
        summary: 'No day has two or more stops with a place yet: nothing to reorder.',
      };
    }
    const result = await plan(context, date);
    const when = shortDate(date);
    if (result.method === 'none') {
      return {
        result,
        summary: `${when} has fewer than two stops with a place: nothing to reorder.`,
      };
    }
    if (result.commands.length === 0) {
      return {
        result,
        summary: `${when} is already in the best order I can find (${result.currentTravelMinutes} minutes of travel, ${result.travelTimes}).`,
      };
    }
    const gain =
      result.lateMinutesAfter < result.lateMinutesBefore
        ? `, ${result.lateMinutesBefore - result.lateMinutesAfter} fewer minutes past closing`
        : '';
    const summary = `${when}: ${result.suggestedOrder.join(' → ')} takes ${result.suggestedTravelMinutes} minutes of travel instead of ${result.currentTravelMinutes} (${result.minutesSaved} saved${gain}; travel times: ${result.travelTimes}).`;
    if (!input.propose || !context.documents) return { result, summary };
    const repaired = repairCommands(context.trip, result.commands, context.actor.id);
    const proposal = await addProposal(
      context.documents,
      { tripId: context.tripId, actorId: context.actor.id, role: context.actor.role },
      {
        title: `Reorder ${when}: ${result.minutesSaved} minutes less travel`,
        summary,
        source: 'engine',
        commands: repaired.commands,
        lint: repaired.lint,
        satisfaction: [],
      },
    );
    return { result, summary: `${summary} Offered as a proposal.`, proposalId: proposal.id };
  },
});
