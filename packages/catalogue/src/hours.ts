import OpeningHours from 'opening_hours';

/** Where hours are evaluated: sunrise/sunset need coordinates, public holidays a country. */
export interface HoursContext {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2; needed only by rules that mention public holidays (PH). */
  country?: string;
}

/** Parses an OpenStreetMap opening_hours value; throws with the parser's message when invalid. */
export function parseOpeningHours(value: string, where: HoursContext): OpeningHours {
  return new OpeningHours(value, {
    lat: where.lat,
    lon: where.lon,
    address: { country_code: (where.country ?? '').toLowerCase(), state: '' },
  });
}

/** Returns null when the value parses cleanly, otherwise the problem in one line. */
export function openingHoursProblem(value: string, where: HoursContext): string | null {
  try {
    const parsed = parseOpeningHours(value, where);
    const warnings = parsed.getWarnings();
    return warnings.length === 0 ? null : warnings.join('; ');
  } catch (error) {
    return String(error).split('\n')[0] ?? 'invalid opening hours';
  }
}

/**
 * Whether a place is open at a local date and time of its own city ("2026-05-01", "14:30").
 * The parser reads a Date's local fields, so the wall-clock time is built in process-local time,
 * which keeps the answer independent of the server's time zone.
 */
export function isOpenAt(
  place: { openingHours: string; lat: number; lon: number },
  localDate: string,
  localTime: string,
  country?: string,
): boolean {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const time = /^(\d{2}):(\d{2})$/.exec(localTime);
  if (!date || !time) throw new RangeError('expected local date YYYY-MM-DD and time HH:mm');
  const at = new Date(
    Number(date[1]),
    Number(date[2]) - 1,
    Number(date[3]),
    Number(time[1]),
    Number(time[2]),
  );
  const where: HoursContext =
    country === undefined ? { lat: place.lat, lon: place.lon } : { ...place, country };
  return parseOpeningHours(place.openingHours, where).getState(at);
}
