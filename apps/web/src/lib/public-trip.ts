import { cache } from 'react';
import { apiOrigin } from './server-api';

/** The read-only, privacy-trimmed trip behind a public link (GET /api/v1/public/{token}). */
export interface PublicTrip {
  details: {
    title: string;
    startDate: string;
    endDate: string;
    timezone: string;
    destinations: { name: string; countryCode?: string }[];
  };
  days: {
    date: string;
    items: {
      id: string;
      kind: string;
      title: string;
      startTime?: string;
      durationMinutes?: number;
      place?: { name: string; address?: string; lat: number; lon: number };
    }[];
  }[];
}

/** The shared trip, or null when the link is unknown or revoked. Cached per request. */
export const loadPublicTrip = cache(async (token: string): Promise<PublicTrip | null> => {
  const response = await fetch(`${await apiOrigin()}/api/v1/public/${encodeURIComponent(token)}`, {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`the public trip could not be loaded (${response.status})`);
  return (await response.json()) as PublicTrip;
});

/** "10–12 Jun 2027 · Porto, Braga · 5 stops": the line link previews show. */
export function describePublicTrip(trip: PublicTrip): string {
  const { startDate, endDate, destinations } = trip.details;
  const stops = trip.days.reduce((total, day) => total + day.items.length, 0);
  const parts = [
    formatRange(startDate, endDate),
    destinations.map((d) => d.name).join(', '),
    `${stops} ${stops === 1 ? 'stop' : 'stops'}`,
  ];
  return parts.filter((part) => part.length > 0).join(' · ');
}

function formatRange(start: string, end: string): string {
  const format = (date: string) =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  return start === end ? format(start) : `${format(start)} – ${format(end)}`;
}
