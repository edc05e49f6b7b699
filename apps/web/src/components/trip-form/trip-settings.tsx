'use client';
import type { TripSnapshot } from '@caravan/core';
import { useEffect, useState } from 'react';
import { api, ApiError, redirectToSignIn } from '../../lib/api';
import type { TripSummary } from '../../lib/types';
import { AppHeader } from '../app-header';
import { CalendarExport } from './calendar-export';
import { changedDetails, withPatch } from './changed-details';
import type { TripFormValues } from './trip-form';
import { TripForm } from './trip-form';

/** Edit the trip's details (PATCH of what changed) or delete it after confirmation. */
export function TripSettings({ tripId }: { tripId: string }) {
  const [trip, setTrip] = useState<TripSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [snapshot, setSnapshot] = useState<TripSnapshot | null>(null);
  useEffect(() => {
    api<TripSummary & { snapshot?: TripSnapshot }>('GET', `/trips/${tripId}`)
      .then((data) => {
        setTrip(data);
        setSnapshot(data.snapshot ?? null);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.problem.status === 401) return redirectToSignIn();
        setError(err instanceof ApiError ? err.problem.title : 'Could not load the trip');
      });
  }, [tripId]);

  async function save(values: TripFormValues) {
    if (!trip) return;
    const patch = changedDetails(trip, values);
    if (Object.keys(patch).length > 0) {
      const updated = await api<{ snapshot?: TripSnapshot }>('PATCH', `/trips/${tripId}`, patch);
      if (updated.snapshot) setSnapshot(updated.snapshot);
    }
    setTrip(withPatch(trip, patch));
    setSaved(true);
  }
  async function remove() {
    if (!window.confirm('Delete this trip for every member? This cannot be undone.')) return;
    try {
      await api('DELETE', `/trips/${tripId}`);
      window.location.assign('/trips');
    } catch (err) {
      setError(
        err instanceof ApiError ? (err.problem.detail ?? err.problem.title) : 'Could not delete',
      );
    }
  }
  return (
    <>
      <AppHeader>
        <a className="button ghost" href={`/trips/${tripId}`}>
          Back to trip
        </a>
      </AppHeader>
      <main id="main" className="narrow">
        <h1>Trip settings</h1>
        {error ? <p role="alert">{error}</p> : null}
        {trip ? (
          <TripForm key={trip.id} initial={trip} submitLabel="Save changes" onSubmit={save} />
        ) : null}
        {saved ? <p role="status">Saved.</p> : null}
        {snapshot ? <CalendarExport trip={snapshot} /> : null}
        {trip ? (
          <section className="card danger-zone" aria-labelledby="danger-title">
            <h2 id="danger-title">Delete trip</h2>
            <p className="muted">Only the owner can delete a trip.</p>
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete this trip
            </button>
          </section>
        ) : null}
      </main>
    </>
  );
}
