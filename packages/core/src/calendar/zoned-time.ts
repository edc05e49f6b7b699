/** Minutes `zone` is ahead of UTC at the instant `ms`. */
function offsetMinutesAt(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time on a date is in a time zone: `2027-05-01`, `10:00`,
 * `Europe/Lisbon` -> 09:00 UTC. As RFC 5545 reads local times: a time a daylight-saving change
 * repeats is its first occurrence, and a time it skips is read with the offset from before the
 * change (02:30 on a spring-forward night is 03:30 in the new offset).
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // Changes are months apart: a day either side sees the offsets before and after any change.
  const before = offsetMinutesAt(wall - DAY_MS, zone);
  const after = offsetMinutesAt(wall + DAY_MS, zone);
  const early = wall - before * 60_000;
  if (before === after) return new Date(early);
  const late = wall - after * 60_000;
  const earlyHolds = offsetMinutesAt(early, zone) === before;
  const lateHolds = offsetMinutesAt(late, zone) === after;
  if (earlyHolds && lateHolds) return new Date(Math.min(early, late));
  return new Date(lateHolds && !earlyHolds ? late : early);
}
