import { describe, expect, it } from 'vitest';
import { readTripSnapshot } from '../../doc/read';
import { buildTrip, contextFor, run } from '../../testing/trip';

const alice = contextFor('alice');

describe('a trip budget', () => {
  it('is set, kept through other detail changes, changed and removed', () => {
    const doc = buildTrip({ budget: { amount: 120_000, currency: 'EUR' } });
    expect(readTripSnapshot(doc).details.budget).toEqual({ amount: 120_000, currency: 'EUR' });

    run(doc, alice, { type: 'updateTripDetails', patch: { title: 'Lisbon, slowly' } });
    expect(readTripSnapshot(doc).details.budget).toEqual({ amount: 120_000, currency: 'EUR' });

    run(doc, alice, {
      type: 'updateTripDetails',
      patch: { budget: { amount: 90_000, currency: 'EUR' } },
    });
    expect(readTripSnapshot(doc).details.budget).toEqual({ amount: 90_000, currency: 'EUR' });

    run(doc, alice, { type: 'updateTripDetails', patch: { budget: null } });
    expect(readTripSnapshot(doc).details).not.toHaveProperty('budget');
  });

  it('refuses a negative or fractional amount and keeps the one saved', () => {
    const doc = buildTrip({ budget: { amount: 50_000, currency: 'EUR' } });
    for (const amount of [-100, 12.5]) {
      expect(() =>
        run(doc, alice, {
          type: 'updateTripDetails',
          patch: { budget: { amount, currency: 'EUR' } },
        }),
      ).toThrow(/budget/);
    }
    expect(readTripSnapshot(doc).details.budget).toEqual({ amount: 50_000, currency: 'EUR' });
  });

  it('drops a malformed budget written around the commands, keeping the trip readable', () => {
    const doc = buildTrip();
    doc.getMap('details').set('budget', { amount: 'lots' });
    const snapshot = readTripSnapshot(doc);
    expect(snapshot.details).not.toHaveProperty('budget');
    expect(snapshot.details.title).toBeTruthy();
  });
});
