'use client';
import { api } from '../../lib/api';
import type { TripSummary } from '../../lib/types';
import { useMe } from '../../lib/use-me';
import { AppHeader } from '../app-header';
import type { TripFormValues } from './trip-form';
import { TripForm } from './trip-form';

export function NewTrip() {
  useMe();
  async function create(values: TripFormValues) {
    const { budget, ...details } = values;
    const trip = await api<TripSummary | { trip: TripSummary }>(
      'POST',
      '/trips',
      budget ? { ...details, budget } : details,
    );
    const id = 'trip' in trip ? trip.trip.id : trip.id;
    window.location.assign(`/trips/${id}`);
  }
  return (
    <>
      <AppHeader />
      <main id="main" className="narrow">
        <h1>Plan a new trip</h1>
        <TripForm submitLabel="Create trip" onSubmit={create} />
      </main>
    </>
  );
}
