import { describe, expect, it } from 'vitest';
import { zonedTimeToUtc } from './zoned-time';

const utc = (date: string, time: string, zone: string) =>
  zonedTimeToUtc(date, time, zone).toISOString().slice(0, 16);

describe('a wall-clock time in a time zone as an instant', () => {
  it('applies the offset in force on that date', () => {
    expect(utc('2027-05-01', '10:00', 'Europe/Lisbon')).toBe('2027-05-01T09:00');
    expect(utc('2027-01-15', '10:00', 'Europe/Lisbon')).toBe('2027-01-15T10:00');
    expect(utc('2027-01-15', '09:00', 'America/New_York')).toBe('2027-01-15T14:00');
    expect(utc('2027-07-01', '18:30', 'Asia/Tokyo')).toBe('2027-07-01T09:30');
    expect(utc('2027-01-10', '08:00', 'Pacific/Auckland')).toBe('2027-01-09T19:00');
    expect(utc('2027-05-01', '23:30', 'UTC')).toBe('2027-05-01T23:30');
  });

  it('reads a skipped time with the offset from before the change', () => {
    // New York springs forward at 02:00 on 14 March 2027: 02:30 EST is 07:30 UTC.
    expect(utc('2027-03-14', '02:30', 'America/New_York')).toBe('2027-03-14T07:30');
    expect(utc('2027-03-14', '03:30', 'America/New_York')).toBe('2027-03-14T07:30');
  });

  it('reads a repeated time as its first occurrence', () => {
    // New York falls back at 02:00 on 7 November 2027: 01:30 comes first in EDT.
    expect(utc('2027-11-07', '01:30', 'America/New_York')).toBe('2027-11-07T05:30');
    expect(utc('2027-11-07', '03:00', 'America/New_York')).toBe('2027-11-07T08:00');
  });
});
