import type { LintContext, Placed } from '../context.js';
import { occupies, sharedAttendees, zoneShift } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { clock } from '../time.js';

/** Pairs of items whose times overlap, in start order (a sweep, so long days stay cheap). */
export function overlappingPairs(timed: Placed[]): Array<[Placed, Placed]> {
  const pairs: Array<[Placed, Placed]> = [];
  const open: Placed[] = [];
  for (const b of timed.filter(occupies)) {
    for (let k = open.length - 1; k >= 0; k--)
      if ((open[k]?.end ?? 0) <= b.start) open.splice(k, 1);
    for (const a of open) pairs.push([a, b]);
    open.push(b);
  }
  return pairs;
}

/**
 * `b` starts after a zone-crossing journey `a` ends by one clock but before it lands by the
 * other: a time-zone mistake, which the time-zone rule explains better than an overlap would.
 */
function landsLater(a: Placed, b: Placed, ctx: LintContext): boolean {
  const shift = zoneShift(a.item, a.date, ctx.options);
  return shift !== 0 && b.start >= a.start + (a.item.durationMinutes ?? 0) + Math.min(0, shift);
}

/** Items for the same people at the same time: unassigned items are for everyone. */
export function overlapRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const [a, b] of overlappingPairs(ctx.timed)) {
    if (!ctx.activeDates.has(b.date) || landsLater(a, b, ctx)) continue;
    if (
      sharedAttendees(a.item, b.item) !== 'everyone' &&
      a.item.attendees.join() !== b.item.attendees.join()
    )
      continue;
    const startAt = a.end - b.dayIndex * 1440;
    const movable = b.item.fixed ? undefined : b;
    const fix =
      movable && startAt < 1440 && startAt >= 0
        ? [
            {
              type: 'updateItem' as const,
              itemId: movable.item.id,
              patch: { startTime: clock(startAt) },
            },
          ]
        : undefined;
    out.push(
      finding(
        'overlap',
        'error',
        `${a.item.title} (until ${clock(a.end)}) and ${b.item.title} (from ${clock(b.start)}) overlap by ${Math.min(a.end, b.end) - b.start} min.`,
        [a.item.id, b.item.id],
        { day: b.date, ...(fix ? { fix } : {}) },
      ),
    );
  }
  return out;
}

/** A named person booked into two different items at once. */
export function attendeeClashRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const [a, b] of overlappingPairs(ctx.timed)) {
    if (!ctx.activeDates.has(b.date)) continue;
    const shared = sharedAttendees(a.item, b.item);
    if (
      shared === undefined ||
      shared === 'everyone' ||
      a.item.attendees.join() === b.item.attendees.join()
    )
      continue;
    for (const person of shared) {
      // Free the person from whichever item keeps other people in it (and is not a fixed booking).
      const from = [b, a].find((p) => p.item.attendees.length > 1 && p.item.fixed !== true);
      const fix = from
        ? [
            {
              type: 'updateItem' as const,
              itemId: from.item.id,
              patch: { attendees: from.item.attendees.filter((x) => x !== person) },
            },
          ]
        : undefined;
      out.push(
        finding(
          'attendee-clash',
          'error',
          `${person} is down for both ${a.item.title} and ${b.item.title} at ${clock(b.start)}: one person cannot be in two places at once.`,
          [a.item.id, b.item.id],
          { day: b.date, key: person, ...(fix ? { fix } : {}) },
        ),
      );
    }
  }
  return out;
}
