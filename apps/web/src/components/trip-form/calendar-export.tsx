'use client';
import { tripToIcs, type TripSnapshot } from '@caravan/core';

/** A file name from the trip's title: "Paris with friends" -> "paris-with-friends.ics". */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'trip'}.ics`;
}

function download(trip: TripSnapshot): void {
  const ics = tripToIcs(trip, { now: new Date(), host: window.location.host });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(trip.details.title);
  link.click();
  // The download has its own copy once it starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The itinerary as a calendar file, made on this device from the trip as it is now. */
export function CalendarExport({ trip }: { trip: TripSnapshot }) {
  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar</h2>
      <p className="muted">
        Every stop planned on a day, as an event at its time in the trip&apos;s time zone (all day
        when it has none), for Google Calendar, Apple Calendar or Outlook.
      </p>
      <button type="button" onClick={() => download(trip)}>
        Download calendar (.ics)
      </button>
    </section>
  );
}
