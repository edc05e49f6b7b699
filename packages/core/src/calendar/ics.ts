import type { TripSnapshot } from '../schema/snapshot';
import { zonedTimeToUtc } from './zoned-time';

type Item = TripSnapshot['days'][number]['items'][number];

/** A timed item with no duration shows as an hour. */
const DEFAULT_MINUTES = 60;
const MAX_LINE_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, never inside a character (3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `20270501T090000Z` */
function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** `20270501` */
function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function describe(item: Item): string | undefined {
  const lines = [
    item.bookingRef ? `Booking: ${item.bookingRef}` : '',
    item.place?.address ?? '',
    item.notes ?? '',
  ].filter((line) => line.length > 0);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function event(item: Item, date: string, zone: string, stamp: string, host: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${item.id}@${host}`, `DTSTAMP:${stamp}`];
  if (item.startTime) {
    const start = zonedTimeToUtc(date, item.startTime, zone);
    const minutes = item.durationMinutes || DEFAULT_MINUTES;
    lines.push(
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(new Date(start.getTime() + minutes * 60_000))}`,
    );
  } else {
    // Planned for the day, at no set time: an all-day event.
    lines.push(
      `DTSTART;VALUE=DATE:${dateValue(date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDate(date))}`,
    );
  }
  lines.push(`SUMMARY:${text(item.title)}`);
  if (item.place) {
    lines.push(`LOCATION:${text(item.place.name)}`, `GEO:${item.place.lat};${item.place.lon}`);
  }
  const description = describe(item);
  if (description) lines.push(`DESCRIPTION:${text(description)}`);
  lines.push('END:VEVENT');
  return lines;
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** Makes item UIDs unique across calendars, e.g. the server's host. */
  host?: string;
}

/**
 * The trip's itinerary as an iCalendar file (RFC 5545) for any calendar app: one event per item
 * on a day, at its start time in the trip's time zone (written in UTC, so no time-zone
 * definitions are needed) for its duration, or all day when it has no time. Ideas are left out.
 * Lines end in CRLF and are folded at 75 octets.
 */
export function tripToIcs(trip: TripSnapshot, options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const host = options.host ?? 'caravan.local';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Caravan//Trip planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(trip.details.title)}`,
    `X-WR-TIMEZONE:${trip.details.timezone}`,
  ];
  for (const day of trip.days) {
    for (const item of day.items) {
      lines.push(...event(item, day.date, trip.details.timezone, stamp, host));
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
