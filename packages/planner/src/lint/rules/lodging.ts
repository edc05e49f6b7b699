import type { Command } from '@caravan/core';
import type { LintContext, Placed } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { prettyDate } from '../time.js';

/** Check-in 15:00 and one night when a lodging item says no more. */
const DEFAULT_CHECK_IN = 15 * 60;
const ONE_NIGHT = 20 * 60;

function coveredMidnights(p: Placed): [number, number] {
  const start = p.item.startTime === undefined ? p.dayIndex * 1440 + DEFAULT_CHECK_IN : p.start;
  const end =
    start +
    (p.item.durationMinutes && p.item.durationMinutes > 0 ? p.item.durationMinutes : ONE_NIGHT);
  return [start, end];
}

/** Every night but the last needs a bed: a lodging item or an overnight journey. */
export function lodgingRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const stays: Array<{ p: Placed; from: number; to: number }> = [];
  ctx.trip.days.forEach((day, dayIndex) => {
    day.items.forEach((item, index) => {
      if (item.kind !== 'lodging' && !(item.kind === 'transport' && item.startTime !== undefined))
        return;
      const placed = ctx.timed.find((t) => t.item.id === item.id) ?? {
        item,
        date: day.date,
        dayIndex,
        index,
        start: dayIndex * 1440 + DEFAULT_CHECK_IN,
        end: 0,
      };
      const [from, to] =
        item.kind === 'lodging' ? coveredMidnights(placed) : [placed.start, placed.end];
      stays.push({ p: placed, from, to });
    });
  });
  const nights = ctx.trip.days.length - 1;
  for (let n = 0; n < nights; n++) {
    const date = ctx.trip.days[n]?.date;
    if (!date || !ctx.activeDates.has(date)) continue;
    // The small hours of the next day (02:00): whoever sleeps somewhere is covered then.
    const night = (n + 1) * 1440 + 120;
    if (stays.some((s) => s.from <= night && s.to >= night)) continue;
    // One click: keep the previous night's lodging one more night.
    const before = stays.find(
      (s) => s.p.item.kind === 'lodging' && s.to >= night - 1440 && s.from <= night - 1440,
    );
    const fix: Command[] | undefined = before
      ? [
          {
            type: 'updateItem',
            itemId: before.p.item.id,
            patch: { durationMinutes: before.to - before.from + 1440 },
          },
        ]
      : undefined;
    out.push(
      finding(
        'lodging',
        'warning',
        `No lodging for the night of ${prettyDate(date)}.${before ? ` ${before.p.item.title} could be extended by a night.` : ''}`,
        before ? [before.p.item.id] : [],
        {
          day: date,
          ...(fix ? { fix } : {}),
        },
      ),
    );
  }
  return out;
}
