import { describe, expect, it } from 'vitest';
import { readTripSnapshot } from '../doc/read';
import { buildTrip, contextFor, run } from '../testing/trip';
import { tripToIcs } from './ics';

const alice = contextFor('alice');

function lisbonCalendar(): string {
  const doc = buildTrip();
  run(
    doc,
    alice,
    {
      type: 'addItem',
      to: '2026-05-01',
      item: {
        id: 'tower',
        kind: 'place',
        title: 'Belém Tower',
        startTime: '10:00',
        durationMinutes: 90,
        place: { name: 'Torre de Belém', lat: 38.6916, lon: -9.216, address: 'Av. Brasília' },
        bookingRef: 'BT-42',
        notes: 'Tickets at the door; bring cash,\nand water',
      },
    },
    {
      type: 'addItem',
      to: '2026-05-02',
      item: { id: 'walk', kind: 'activity', title: 'Alfama walk' },
    },
    {
      type: 'addItem',
      to: '2026-05-03',
      item: {
        id: 'fado',
        kind: 'activity',
        title: 'Fado: Mariza, Ana Moura, Carminho e convidados — uma noite inesquecível em Alfama',
        startTime: '21:00',
      },
    },
    { type: 'addItem', to: 'ideas', item: { id: 'sintra', kind: 'place', title: 'Sintra' } },
  );
  return tripToIcs(readTripSnapshot(doc), {
    now: new Date('2026-04-01T10:00:00Z'),
    host: 'example.org',
  });
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('the trip as an iCalendar file', () => {
  it('has one event per scheduled item, in UTC from the trip time zone, and none for ideas', () => {
    const lines = unfold(lisbonCalendar());
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('X-WR-CALNAME:Lisbon long weekend');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('Sintra');
    // 10:00 in Lisbon in May is 09:00 UTC; 90 minutes long.
    expect(lines).toContain('UID:tower@example.org');
    expect(lines).toContain('DTSTART:20260501T090000Z');
    expect(lines).toContain('DTEND:20260501T103000Z');
    // No duration: an hour.
    expect(lines).toContain('DTSTART:20260503T200000Z');
    expect(lines).toContain('DTEND:20260503T210000Z');
    // No time: all day.
    expect(lines).toContain('DTSTART;VALUE=DATE:20260502');
    expect(lines).toContain('DTEND;VALUE=DATE:20260503');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes text and carries the place, the booking and the notes', () => {
    const lines = unfold(lisbonCalendar());
    expect(lines).toContain('SUMMARY:Belém Tower');
    expect(lines).toContain('LOCATION:Torre de Belém');
    expect(lines).toContain('GEO:38.6916;-9.216');
    expect(lines).toContain(
      'DESCRIPTION:Booking: BT-42\\nAv. Brasília\\nTickets at the door\\; bring cash\\,\\nand water',
    );
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = lisbonCalendar();
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfold(ics)).toContain(
      'SUMMARY:Fado: Mariza\\, Ana Moura\\, Carminho e convidados — uma noite inesquecível em Alfama',
    );
  });
});
