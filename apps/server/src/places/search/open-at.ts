import { isOpenAt } from '@caravan/catalogue';

/** The wall-clock date and time of an instant in a time zone: ["2026-05-01", "14:30"]. */
export function localDateTime(instant: Date, timeZone: string): [date: string, time: string] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return [`${get('year')}-${get('month')}-${get('day')}`, `${get('hour')}:${get('minute')}`];
}

/**
 * Whether a place is open at an instant, read in the place's own time zone. Unknown hours or
 * hours the parser rejects count as "not known to be open", so they are filtered out.
 */
export function openAt(
  place: {
    openingHours: string | null;
    lat: number;
    lon: number;
    timezone: string;
    country: string | null;
  },
  instant: Date,
): boolean {
  if (!place.openingHours) return false;
  const [date, time] = localDateTime(instant, place.timezone);
  try {
    return isOpenAt(
      { openingHours: place.openingHours, lat: place.lat, lon: place.lon },
      date,
      time,
      place.country ?? undefined,
    );
  } catch {
    return false;
  }
}
