import type { Command, Item, TripSnapshot } from '@caravan/core';
import type { LintContext } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { prettyDate } from '../time.js';

function locate(trip: TripSnapshot): Map<string, { date: string; item: Item }> {
  const at = new Map<string, { date: string; item: Item }>();
  for (const day of trip.days)
    for (const item of day.items) at.set(item.id, { date: day.date, item });
  return at;
}

/** A fixed booking (train, ticketed slot) whose date or time differs from when it was booked. */
export function fixedMovedRule(ctx: LintContext): Finding[] {
  const baseline = ctx.options.baseline;
  if (!baseline) return [];
  const before = locate(baseline);
  const out: Finding[] = [];
  const now = locate(ctx.trip);
  for (const [id, was] of before) {
    if (was.item.fixed !== true) continue;
    const is = now.get(id);
    const wasTime = was.item.startTime ?? '';
    if (!is) {
      const inIdeas = ctx.trip.ideas.some((i) => i.id === id);
      if (!inIdeas) continue;
      out.push(
        finding(
          'fixed-moved',
          'error',
          `${was.item.title} is a fixed booking on ${prettyDate(was.date)}${wasTime ? ` at ${wasTime}` : ''} but was taken off the schedule.`,
          [id],
          {
            fix: [{ type: 'moveItem', itemId: id, to: was.date }],
          },
        ),
      );
      continue;
    }
    const isTime = is.item.startTime ?? '';
    if (is.date === was.date && isTime === wasTime) continue;
    const fix: Command[] = [];
    if (is.date !== was.date) fix.push({ type: 'moveItem', itemId: id, to: was.date });
    if (isTime !== wasTime)
      fix.push({
        type: 'updateItem',
        itemId: id,
        patch: { startTime: was.item.startTime ?? null },
      });
    out.push(
      finding(
        'fixed-moved',
        'error',
        `${was.item.title} is a fixed booking for ${prettyDate(was.date)}${wasTime ? ` at ${wasTime}` : ''}, but it is now on ${prettyDate(is.date)}${isTime ? ` at ${isTime}` : ''}. The booking itself has not moved.`,
        [id],
        { day: is.date, fix },
      ),
    );
  }
  return out;
}
