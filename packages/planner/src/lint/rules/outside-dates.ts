import type { LintContext } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { prettyDate, daysBetween } from '../time.js';

/** Items on a date the trip does not cover, or that run on past its last night. */
export function outsideDatesRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { startDate, endDate } = ctx.trip.details;
  for (const day of ctx.trip.days) {
    if (day.date >= startDate && day.date <= endDate) continue;
    for (const item of day.items) {
      out.push(
        finding(
          'outside-dates',
          'error',
          `${item.title} is on ${prettyDate(day.date)}, outside the trip (${prettyDate(startDate)} to ${prettyDate(endDate)}).`,
          [item.id],
          {
            day: day.date,
            fix: [{ type: 'moveItem', itemId: item.id, to: 'ideas' }],
          },
        ),
      );
    }
  }
  const lastMidnight = (daysBetween(startDate, endDate) + 1) * 1440;
  for (const p of ctx.timed) {
    // Lodging and the journey home naturally end after the last day.
    if (p.item.kind === 'lodging' || p.item.kind === 'transport' || p.end <= lastMidnight) continue;
    if (p.date < startDate || p.date > endDate) continue;
    out.push(
      finding(
        'outside-dates',
        'warning',
        `${p.item.title} runs past midnight at the end of the trip's last day (${prettyDate(endDate)}).`,
        [p.item.id],
        {
          day: p.date,
        },
      ),
    );
  }
  return out;
}
