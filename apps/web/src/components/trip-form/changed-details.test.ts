import { describe, expect, it } from 'vitest';
import type { TripSummary } from '../../lib/types';
import { changedDetails, withPatch } from './changed-details';
import type { TripFormValues } from './trip-form';

const loaded: TripSummary = {
  id: 't1',
  title: 'Porto',
  startDate: '2027-05-07',
  endDate: '2027-05-09',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
  destinations: [{ name: 'Porto' }, { name: 'Braga' }],
  budget: { amount: 60_000, currency: 'EUR' },
};

const unchanged: TripFormValues = {
  title: 'Porto',
  startDate: '2027-05-07',
  endDate: '2027-05-09',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
  destinations: [{ name: 'Porto' }, { name: 'Braga' }],
  budget: { amount: 60_000, currency: 'EUR' },
};

describe('the details a settings save sends', () => {
  it('is nothing when nothing was changed', () => {
    expect(changedDetails(loaded, unchanged)).toEqual({});
  });

  it('is only the fields the member changed', () => {
    expect(changedDetails(loaded, { ...unchanged, endDate: '2027-05-10' })).toEqual({
      endDate: '2027-05-10',
    });
    expect(
      changedDetails(loaded, {
        ...unchanged,
        destinations: [{ name: 'Porto' }, { name: 'Guimarães' }],
      }),
    ).toEqual({ destinations: [{ name: 'Porto' }, { name: 'Guimarães' }] });
  });

  it('removes the budget when the field is emptied, and sets one the trip lacked', () => {
    expect(changedDetails(loaded, { ...unchanged, budget: null })).toEqual({ budget: null });
    const { budget: _none, ...without } = loaded;
    expect(changedDetails(without, unchanged)).toEqual({ budget: unchanged.budget });
    expect(changedDetails(without, { ...unchanged, budget: null })).toEqual({});
  });

  it('compares the next save with what the last one stored', () => {
    const saved = withPatch(loaded, { title: 'Porto and Braga', budget: null });
    expect(saved).toMatchObject({ title: 'Porto and Braga', endDate: '2027-05-09' });
    expect(saved).not.toHaveProperty('budget');
    expect(changedDetails(saved, { ...unchanged, title: 'Porto and Braga', budget: null })).toEqual(
      {},
    );
  });
});
