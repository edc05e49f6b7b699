import type { ContentCommand, TripSnapshot } from '@caravan/core';
import { formatMoney } from '../../lib/format';

/** The unscheduled ideas, as a place items can be in. */
export const IDEAS = 'ideas';

export interface DiffItem {
  id: string;
  title: string;
  startTime?: string;
}

export interface MovedItem extends DiffItem {
  /** A trip date or `ideas`. */
  from: string;
  to: string;
}

export interface UpdatedItem extends DiffItem {
  /** Names of the changed fields (`title`, `startTime`, ...). */
  fields: string[];
}

/** What one day (or the ideas) gains, loses and sees move if the proposal is applied. */
export interface DayChanges {
  /** A trip date (YYYY-MM-DD) or `ideas`. */
  day: string;
  added: DiffItem[];
  removed: DiffItem[];
  movedIn: MovedItem[];
  movedOut: MovedItem[];
  updated: UpdatedItem[];
}

export type DetailField = 'title' | 'dates' | 'timezone' | 'currency' | 'destinations' | 'budget';

/**
 * A trip detail before and after; dates as `start/end`, destinations joined with ` · `, a budget
 * as money in words ('' for none).
 */
export interface DetailChange {
  field: DetailField;
  from: string;
  to: string;
}

export interface ProposalDiff {
  details: DetailChange[];
  /** Only days with a change, in date order, the ideas last. */
  days: DayChanges[];
  /** Plain-language lines for changes outside the itinerary (expenses, lists, polls...). */
  other: string[];
}

interface Tracked {
  title: string;
  startTime?: string;
  day: string;
}

interface Details {
  title: string;
  dates: string;
  timezone: string;
  currency: string;
  destinations: string;
  budget: string;
}

function budgetText(budget: TripSnapshot['details']['budget'] | null | undefined): string {
  return budget ? formatMoney(budget.amount, budget.currency) : '';
}

function itemsOf(snapshot: TripSnapshot): Map<string, Tracked> {
  const items = new Map<string, Tracked>();
  const track = (day: string) => (item: TripSnapshot['ideas'][number]) =>
    items.set(item.id, {
      title: item.title,
      day,
      ...(item.startTime ? { startTime: item.startTime } : {}),
    });
  for (const day of snapshot.days) day.items.forEach(track(day.date));
  snapshot.ideas.forEach(track(IDEAS));
  return items;
}

function detailsOf(snapshot: TripSnapshot): Details {
  const d = snapshot.details;
  return {
    title: d.title,
    dates: `${d.startDate}/${d.endDate}`,
    timezone: d.timezone,
    currency: d.currency,
    destinations: d.destinations.map((x) => x.name).join(' · '),
    budget: budgetText(d.budget),
  };
}

/** What a change outside the itinerary does, in words. */
function describeOther(command: ContentCommand): string | null {
  switch (command.type) {
    case 'addExpense':
      return `Adds the expense “${command.expense.title}”`;
    case 'updateExpense':
      return 'Changes an expense';
    case 'deleteExpense':
      return 'Deletes an expense';
    case 'addChecklist':
      return `Adds the list “${command.title}”`;
    case 'deleteChecklist':
      return 'Deletes a list';
    case 'addChecklistItem':
      return `Adds “${command.text}” to a list`;
    case 'toggleChecklistItem':
      return 'Ticks a list entry';
    case 'deleteChecklistItem':
      return 'Deletes a list entry';
    case 'addComment':
      return 'Adds a comment';
    case 'deleteComment':
      return 'Deletes a comment';
    case 'createPoll':
      return `Starts the poll “${command.question}”`;
    case 'vote':
      return 'Votes in a poll';
    case 'closePoll':
      return 'Closes a poll';
    case 'addDestination':
      return `Adds the destination ${command.destination.name}`;
    case 'removeDestination':
      return 'Removes a destination';
    case 'updateTripDetails':
    case 'addItem':
    case 'updateItem':
    case 'moveItem':
    case 'deleteItem':
      return null;
  }
}

function emptyDay(day: string): DayChanges {
  return { day, added: [], removed: [], movedIn: [], movedOut: [], updated: [] };
}

function view(id: string, item: Tracked): DiffItem {
  return { id, title: item.title, ...(item.startTime ? { startTime: item.startTime } : {}) };
}

/**
 * What applying `commands` would do to the trip as it is now, by day: items gained, lost,
 * moved and changed, trip details before and after, and other changes in words. Pure: it
 * replays the commands on a light model of the snapshot and never touches the document.
 */
export function diffProposal(
  snapshot: TripSnapshot,
  commands: readonly ContentCommand[],
): ProposalDiff {
  const before = itemsOf(snapshot);
  const now = itemsOf(snapshot);
  const changedFields = new Map<string, Set<string>>();
  const beforeDetails = detailsOf(snapshot);
  const details: Details = { ...beforeDetails };
  let range = { start: snapshot.details.startDate, end: snapshot.details.endDate };
  const other: string[] = [];

  for (const command of commands) {
    switch (command.type) {
      case 'updateTripDetails': {
        const p = command.patch;
        if (p.title !== undefined) details.title = p.title;
        if (p.timezone !== undefined) details.timezone = p.timezone;
        if (p.currency !== undefined) details.currency = p.currency;
        if (p.destinations !== undefined)
          details.destinations = p.destinations.map((x) => x.name).join(' · ');
        if (p.budget !== undefined) details.budget = budgetText(p.budget);
        range = { start: p.startDate ?? range.start, end: p.endDate ?? range.end };
        details.dates = `${range.start}/${range.end}`;
        // Core moves items of days that disappear to the ideas.
        for (const item of now.values()) {
          if (item.day !== IDEAS && (item.day < range.start || item.day > range.end))
            item.day = IDEAS;
        }
        break;
      }
      case 'addItem': {
        const id = command.item.id ?? `new-${now.size}`;
        now.set(id, {
          title: command.item.title,
          day: command.to,
          ...(command.item.startTime ? { startTime: command.item.startTime } : {}),
        });
        break;
      }
      case 'moveItem': {
        const item = now.get(command.itemId);
        if (item) item.day = command.to;
        break;
      }
      case 'deleteItem':
        now.delete(command.itemId);
        break;
      case 'updateItem': {
        const item = now.get(command.itemId);
        if (!item) break;
        const { patch } = command;
        if (patch.title) item.title = patch.title;
        if (patch.startTime !== undefined) {
          if (patch.startTime === null) delete item.startTime;
          else item.startTime = patch.startTime;
        }
        const fields = changedFields.get(command.itemId) ?? new Set<string>();
        for (const key of Object.keys(patch)) fields.add(key);
        changedFields.set(command.itemId, fields);
        break;
      }
      case 'addDestination':
      case 'removeDestination':
      case 'addExpense':
      case 'updateExpense':
      case 'deleteExpense':
      case 'addChecklist':
      case 'deleteChecklist':
      case 'addChecklistItem':
      case 'toggleChecklistItem':
      case 'deleteChecklistItem':
      case 'addComment':
      case 'deleteComment':
      case 'createPoll':
      case 'vote':
      case 'closePoll': {
        const line = describeOther(command);
        if (line) other.push(line);
        break;
      }
    }
  }

  const days = new Map<string, DayChanges>();
  const at = (day: string) => {
    let changes = days.get(day);
    if (!changes) {
      changes = emptyDay(day);
      days.set(day, changes);
    }
    return changes;
  };
  for (const [id, item] of now) {
    const old = before.get(id);
    if (!old) {
      at(item.day).added.push(view(id, item));
      continue;
    }
    if (old.day !== item.day) {
      const moved = { ...view(id, item), from: old.day, to: item.day };
      at(old.day).movedOut.push(moved);
      at(item.day).movedIn.push(moved);
    }
    const fields = changedFields.get(id);
    if (fields && fields.size > 0)
      at(item.day).updated.push({ ...view(id, item), fields: [...fields] });
  }
  for (const [id, item] of before) {
    if (!now.has(id)) at(item.day).removed.push(view(id, item));
  }

  const detailChanges = (Object.keys(details) as DetailField[])
    .filter((field) => details[field] !== beforeDetails[field])
    .map((field) => ({ field, from: beforeDetails[field], to: details[field] }));
  const ordered = [...days.values()].sort((a, b) =>
    a.day === IDEAS ? 1 : b.day === IDEAS ? -1 : a.day.localeCompare(b.day),
  );
  return { details: detailChanges, days: ordered, other };
}
