const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whole days from `from` to `to` (local calendar dates, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from start to end inclusive, in order. */
export function dateRange(start: string, end: string): string[] {
  const count = daysBetween(start, end) + 1;
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(addDays(start, i));
  return dates;
}

/** The longest trip we plan: a year, leap day included. */
export const MAX_TRIP_DAYS = 366;
