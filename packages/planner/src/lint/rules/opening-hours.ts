import OpeningHours from 'opening_hours';
import type { LintContext } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { clock, prettyDate } from '../time.js';

const cache = new Map<string, OpeningHours | Error>();

/** Parsed hours, cached: lint runs on every keystroke and most places repeat. */
export function parseHours(value: string, lat: number, lon: number): OpeningHours | Error {
  const key = `${value}|${lat.toFixed(1)}|${lon.toFixed(1)}`;
  let hit = cache.get(key);
  if (!hit) {
    try {
      hit = new OpeningHours(value, { lat, lon, address: { country_code: '', state: '' } });
    } catch (e) {
      hit = e instanceof Error ? e : new Error(String(e));
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/**
 * The parser reads a Date's local fields, so a trip-local wall-clock time is written into
 * process-local fields: evaluation is then in the trip's zone whatever the host's zone is.
 */
export function wallClock(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, minutes);
}

/** Open minutes of [start, start + duration) on a local date, and the intervals it is open. */
export function openWindows(
  hours: OpeningHours,
  date: string,
  fromMin: number,
  toMin: number,
): Array<[number, number]> {
  const base = wallClock(date, 0).getTime();
  return hours
    .getOpenIntervals(wallClock(date, fromMin), wallClock(date, toMin))
    .map(([a, b]) => [
      Math.round((a.getTime() - base) / 60_000),
      Math.round((b.getTime() - base) / 60_000),
    ]);
}

export function openingHoursRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.timed) {
    const { item } = p;
    if (!ctx.activeDates.has(p.date) || item.kind === 'lodging' || item.kind === 'transport')
      continue;
    const value = item.place?.openingHours;
    if (!value || !item.place) continue;
    const hours = parseHours(value, item.place.lat, item.place.lon);
    if (hours instanceof Error) {
      out.push(
        finding(
          'opening-hours',
          'info',
          `The opening hours of ${item.title} ("${value}") cannot be read, so they were not checked.`,
          [item.id],
          { day: p.date },
        ),
      );
      continue;
    }
    const from = p.start - p.dayIndex * 1440;
    const to = Math.max(from + 1, p.end - p.dayIndex * 1440);
    const open = openWindows(hours, p.date, from, to);
    const openMinutes = open.reduce((s, [a, b]) => s + (b - a), 0);
    if (openMinutes >= to - from) continue;
    const name = item.title;
    const when = `${prettyDate(p.date)} ${clock(from)}${to - from > 1 ? `–${clock(to)}` : ''}`;
    // Where in the day would the visit fit? Offer the first opening long enough.
    const whole = openWindows(hours, p.date, 0, 1440).find(([a, b]) => b - a >= to - from);
    const fix =
      whole && !item.fixed
        ? [{ type: 'updateItem' as const, itemId: item.id, patch: { startTime: clock(whole[0]) } }]
        : undefined;
    const hint = whole
      ? ` It is open ${clock(whole[0])}–${clock(whole[1])} that day.`
      : ' It is closed all that day.';
    if (openMinutes === 0) {
      out.push(
        finding(
          'opening-hours',
          'error',
          `${name} is closed at the planned time (${when}).${hint}`,
          [item.id],
          { day: p.date, ...(fix ? { fix } : {}) },
        ),
      );
    } else {
      const firstOpen = open[0]?.[0] ?? from;
      const lastClose = open.at(-1)?.[1] ?? to;
      const why =
        firstOpen > from ? `opens only at ${clock(firstOpen)}` : `closes at ${clock(lastClose)}`;
      out.push(
        finding(
          'opening-hours',
          'error',
          `${name} ${why}, but the visit is planned for ${when}.${hint}`,
          [item.id],
          { day: p.date, ...(fix ? { fix } : {}) },
        ),
      );
    }
  }
  return out;
}
