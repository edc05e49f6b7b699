import type { LintContext, Placed } from '../context.js';
import { occupies, sharedAttendees } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { ceilTo, clock } from '../time.js';

/** The item each person does next: for each timed item, the next one that shares people with it. */
function nextFor(timed: Placed[], i: number): Placed | undefined {
  const a = timed[i];
  if (!a) return undefined;
  for (let j = i + 1; j < timed.length; j++) {
    const b = timed[j];
    if (b && occupies(b) && sharedAttendees(a.item, b.item) !== undefined) return b;
  }
  return undefined;
}

export function travelTimeRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const timed = ctx.timed.filter(occupies);
  timed.forEach((a, i) => {
    const b = nextFor(timed, i);
    if (
      !b ||
      !a.endPlace ||
      !b.startPlace ||
      b.dayIndex !== a.dayIndex ||
      !ctx.activeDates.has(b.date)
    )
      return;
    const gap = b.start - a.end;
    // Overlaps are reported by their own rule.
    if (gap < 0) return;
    const need = Math.round(ctx.estimate(a.endPlace, b.startPlace));
    if (need <= gap) return;
    const startAt = b.start - b.dayIndex * 1440 + ceilTo(need - gap);
    const fix =
      !b.item.fixed && startAt < 1440
        ? [{ type: 'updateItem' as const, itemId: b.item.id, patch: { startTime: clock(startAt) } }]
        : undefined;
    out.push(
      finding(
        'travel-time',
        need - gap > 10 || b.item.fixed === true ? 'error' : 'warning',
        `Getting from ${a.item.title} to ${b.item.title} takes about ${need} min, but there ${gap === 1 ? 'is' : 'are'} only ${gap} min between them.` +
          (fix ? ` Starting ${b.item.title} at ${clock(startAt)} leaves enough time.` : ''),
        [a.item.id, b.item.id],
        { day: b.date, ...(fix ? { fix } : {}) },
      ),
    );
  });
  return out;
}
