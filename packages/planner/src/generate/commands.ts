import type { Command, Item, TripSnapshot } from '@caravan/core';
import type { Plan, PlanSlot } from './types.js';

/** Stable ids, so re-planning the same request proposes the same items. */
function itemId(dayIndex: number, slotIndex: number): string {
  return `plan-d${dayIndex + 1}-s${slotIndex + 1}`;
}

function itemOf(slot: PlanSlot): Omit<Item, 'id' | 'createdBy' | 'updatedAt'> {
  const kind: Item['kind'] =
    slot.kind === 'transfer'
      ? 'transport'
      : slot.kind === 'lodging'
        ? 'lodging'
        : slot.kind === 'booking'
          ? 'activity'
          : 'place';
  const item: Omit<Item, 'id' | 'createdBy' | 'updatedAt'> = {
    kind,
    title: slot.title,
    startTime: slot.startTime,
    durationMinutes: slot.durationMinutes,
    attendees: [],
    notes: slot.why,
  };
  if (slot.cost.amount > 0) item.cost = slot.cost;
  if (slot.fixed) item.fixed = true;
  if (slot.kind === 'transfer' && slot.from && slot.place) {
    item.transport = {
      mode: slot.mode === 'flight' ? 'flight' : 'train',
      from: { ...slot.from },
      to: { name: slot.place.name, lat: slot.place.lat, lon: slot.place.lon },
    };
  } else if (slot.place) {
    item.place = { ...slot.place };
  }
  return item;
}

/** The plan's cities as the trip's destinations. */
function destinationsOf(plan: Plan) {
  return plan.destinations.map((d) => ({
    name: d.name,
    lat: d.lat,
    lon: d.lon,
    countryCode: d.country,
    placeId: d.cityId,
  }));
}

/**
 * The plan as core commands: set the trip's dates, destinations and budget, then add every slot to its
 * day. The server wraps these in one proposal, applied as one undoable transaction.
 */
export function planToCommands(plan: Plan): Command[] {
  const commands: Command[] = [
    {
      type: 'updateTripDetails',
      patch: {
        startDate: plan.startDate,
        endDate: plan.endDate,
        timezone: plan.timezone,
        currency: plan.currency,
        destinations: destinationsOf(plan),
        // The request's budget becomes the trip's, which the checks then hold the plan to.
        ...(plan.budget ? { budget: plan.budget } : {}),
      },
    },
  ];
  plan.days.forEach((day, di) =>
    day.slots.forEach((slot, si) =>
      commands.push({
        type: 'addItem',
        to: day.date,
        item: { id: itemId(di, si), ...itemOf(slot) },
      }),
    ),
  );
  return commands;
}

/** The trip a plan describes, as the snapshot lint and the REST API read. */
export function planToSnapshot(plan: Plan, createdBy = 'planner'): TripSnapshot {
  const updatedAt = `${plan.startDate}T00:00:00.000Z`;
  return {
    details: {
      title: plan.title.slice(0, 200),
      startDate: plan.startDate,
      endDate: plan.endDate,
      timezone: plan.timezone,
      currency: plan.currency,
      destinations: destinationsOf(plan),
    },
    days: plan.days.map((day, di) => ({
      date: day.date,
      items: day.slots.map((slot, si) => ({
        id: itemId(di, si),
        createdBy,
        updatedAt,
        ...itemOf(slot),
      })),
    })),
    ideas: [],
    expenses: [],
    checklists: [],
    threads: [],
    polls: [],
    proposals: [],
  };
}
