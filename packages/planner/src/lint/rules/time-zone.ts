import type { LintContext } from '../context.js';
import { distanceKm, occupies, sharedAttendees } from '../context.js';
import { finding, type Finding } from '../finding.js';
import { clock, zoneOffsetMinutes } from '../time.js';

/** Farther than this from every destination, a place is probably a namesake in another country. */
export const FAR_FROM_DESTINATIONS_KM = 300;

function utc(offset: number): string {
  const sign = offset < 0 ? '−' : '+';
  const a = Math.abs(offset);
  return `UTC${sign}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, '0')}` : ''}`;
}

/**
 * Time-zone mistakes: a journey whose local arrival is misread (the next item starts before it
 * lands, or it lands "before" it left), and places far from every destination (a namesake in
 * another country and another zone).
 */
export function timeZoneRule(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const zoneAt = ctx.options.timeZoneAt;
  const timed = ctx.timed.filter(occupies);
  if (zoneAt) {
    timed.forEach((p, i) => {
      const t = p.item.transport;
      if (p.item.kind !== 'transport' || !t?.from || !t.to || !ctx.activeDates.has(p.date)) return;
      const fromZone = zoneAt(t.from.lat, t.from.lon);
      const toZone = zoneAt(t.to.lat, t.to.lon);
      if (!fromZone || !toZone) return;
      const fromOff = zoneOffsetMinutes(fromZone, p.date, clock(p.start));
      const toOff = zoneOffsetMinutes(toZone, p.date, clock(p.end));
      if (fromOff === undefined || toOff === undefined || fromOff === toOff) return;
      // The timeline already ends the journey at its local arrival (see zoneShift).
      const arrival = p.end;
      const departureClockEnd = p.start + (p.item.durationMinutes ?? 0);
      if (arrival < p.start && departureClockEnd > p.start) {
        out.push(
          finding(
            'time-zone',
            'info',
            `${p.item.title} lands at ${clock(arrival)} local time (${toZone}, ${utc(toOff)}), earlier on the clock than its ${clock(p.start)} departure (${utc(fromOff)}): later plans that day are in the new zone.`,
            [p.item.id],
            { day: p.date, key: 'backwards' },
          ),
        );
      }
      const next = timed.slice(i + 1).find((q) => sharedAttendees(p.item, q.item) !== undefined);
      if (
        next &&
        next.start >= Math.min(departureClockEnd, arrival) &&
        next.start < arrival &&
        next.dayIndex === p.dayIndex
      ) {
        out.push(
          finding(
            'time-zone',
            'error',
            `${p.item.title} lands at ${clock(arrival)} local time (${toZone} is ${utc(toOff)}, ${utc(fromOff)} at departure), after ${next.item.title} starts at ${clock(next.start)}.`,
            [p.item.id, next.item.id],
            {
              day: p.date,
              key: 'arrival',
              ...(next.item.fixed
                ? {}
                : {
                    fix: [
                      {
                        type: 'updateItem' as const,
                        itemId: next.item.id,
                        patch: { startTime: clock(arrival + 15) },
                      },
                    ],
                  }),
            },
          ),
        );
      }
    });
  }
  const destinations = ctx.trip.details.destinations.filter(
    (d): d is typeof d & { lat: number; lon: number } => d.lat !== undefined && d.lon !== undefined,
  );
  if (destinations.length === 0) return out;
  for (const day of ctx.trip.days) {
    if (!ctx.activeDates.has(day.date)) continue;
    for (const item of day.items) {
      if (item.kind === 'transport' || !item.place) continue;
      const place = item.place;
      const nearest = destinations
        .map((d) => ({ d, km: distanceKm(d, place) }))
        .sort((a, b) => a.km - b.km)[0];
      if (!nearest || nearest.km <= FAR_FROM_DESTINATIONS_KM) continue;
      const placeZone = zoneAt?.(place.lat, place.lon);
      const zoneNote =
        placeZone && placeZone !== ctx.trip.details.timezone
          ? ` It is in another time zone (${placeZone}), so its times may be off too.`
          : '';
      out.push(
        finding(
          'time-zone',
          'warning',
          `${item.title} is ${Math.round(nearest.km).toLocaleString('en-GB')} km from ${nearest.d.name}, the nearest destination: is it the right place?${zoneNote}`,
          [item.id],
          { day: day.date, key: 'far' },
        ),
      );
    }
  }
  return out;
}
