'use client';
import { useEffect, useState } from 'react';
import { api, ApiError, redirectToSignIn } from '../../lib/api';
import { formatDateRange, todayIn } from '../../lib/format';
import type { TripSummary } from '../../lib/types';
import { useMe } from '../../lib/use-me';
import { AppHeader } from '../app-header';
import { Avatar } from '../avatar';
import { useMembers } from '../workspace/use-members';

/** Upcoming and past trips, each with its members' avatars. */
export function TripDashboard() {
  const me = useMe();
  const [trips, setTrips] = useState<TripSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<TripSummary[] | { trips: TripSummary[] }>('GET', '/trips')
      .then((data) => {
        const list = Array.isArray(data) ? data : data.trips;
        setTrips(list);
        localStorage.setItem('caravan.trips', JSON.stringify(list));
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.problem.status === 401) return redirectToSignIn();
        const cached = localStorage.getItem('caravan.trips');
        if (cached) setTrips(JSON.parse(cached) as TripSummary[]);
        else setError(err instanceof ApiError ? err.problem.title : 'Could not load your trips');
      });
  }, []);

  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const upcoming = (trips ?? []).filter((t) => t.endDate >= todayIn(t.timezone ?? zone));
  const past = (trips ?? []).filter((t) => t.endDate < todayIn(t.timezone ?? zone));
  upcoming.sort((a, b) => a.startDate.localeCompare(b.startDate));
  past.sort((a, b) => b.startDate.localeCompare(a.startDate));

  return (
    <>
      <AppHeader>
        <a className="button primary" href="/trips/new">
          New trip
        </a>
      </AppHeader>
      <main id="main" className="page">
        <h1>{me ? `Hello, ${me.name.split(' ')[0] ?? me.name}` : 'Your trips'}</h1>
        {error ? <p role="alert">{error}</p> : null}
        {trips === null && !error ? <p aria-live="polite">Loading your trips…</p> : null}
        {trips?.length === 0 ? (
          <section className="empty card">
            <h2>No trips yet</h2>
            <p>Create a trip, then invite your travel companions to plan it with you.</p>
            <a className="button primary" href="/trips/new">
              Plan a trip
            </a>
          </section>
        ) : null}
        <TripList title="Upcoming" trips={upcoming} />
        <TripList title="Past" trips={past} />
      </main>
    </>
  );
}

function TripList({ title, trips }: { title: string; trips: TripSummary[] }) {
  if (trips.length === 0) return null;
  return (
    <section aria-labelledby={`trips-${title}`}>
      <h2 id={`trips-${title}`}>{title}</h2>
      <ul className="trip-grid">
        {trips.map((trip) => (
          <li key={trip.id} className="card trip-card">
            <a href={`/trips/${trip.id}`} className="trip-link">
              <span className="trip-title">{trip.title}</span>
            </a>
            <span className="muted">{formatDateRange(trip.startDate, trip.endDate)}</span>
            {trip.destinations?.length ? (
              <span className="muted">{trip.destinations.map(destinationName).join(' · ')}</span>
            ) : null}
            <TripMembers tripId={trip.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function destinationName(d: string | { name: string }): string {
  return typeof d === 'string' ? d : d.name;
}

function TripMembers({ tripId }: { tripId: string }) {
  const { members } = useMembers(tripId);
  return (
    <span className="avatars" role="group" aria-label="Members">
      {members.map((m) => (
        <Avatar key={m.userId} id={m.userId} name={m.name} label={`${m.name} (${m.role})`} />
      ))}
    </span>
  );
}
