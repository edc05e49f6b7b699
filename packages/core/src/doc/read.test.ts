import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommandError } from '../commands/errors';
import { tripSnapshotSchema } from '../schema/snapshot';
import { seededTrip } from '../testing/seeded';
import { buildTrip } from '../testing/trip';
import { tripRoots } from './layout';
import { readTripSnapshot } from './read';

function itemRecord(fields: Record<string, unknown>): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) record.set(key, value);
  return record;
}

describe('readTripSnapshot', () => {
  it('lists one day per trip date, in order, even with nothing planned', () => {
    const snapshot = readTripSnapshot(
      buildTrip({ startDate: '2028-02-27', endDate: '2028-03-01' }),
    );
    expect(snapshot.days.map((day) => day.date)).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(tripSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('stays valid when a peer wrote malformed values directly into the document', () => {
    const { doc } = seededTrip();
    const roots = tripRoots(doc);
    doc.transact(() => {
      // Bad optional fields are dropped, the item survives.
      roots.items.set(
        'odd',
        itemRecord({
          kind: 'place',
          title: 'Odd',
          attendees: 'everyone',
          cost: { amount: -5, currency: 'EUR' },
          startTime: '9am',
          createdBy: 'mallory',
          updatedAt: 'yesterday',
          placement: { day: '2026-05-01', order: '!!' },
        }),
      );
      // Placed on a day the trip does not have, and missing bookkeeping fields (as after an
      // undo restored a partial record): shown among the ideas with defaults filled in.
      roots.items.set(
        'lost',
        itemRecord({
          kind: 'note',
          title: 'Lost',
          placement: { day: '1999-01-01', order: 'a0' },
        }),
      );
      roots.items.set('not-a-map', 42);
      roots.expenses.get('dinner');
      const dinner = roots.expenses.get('dinner') as Y.Map<unknown>;
      dinner.set('charge', {
        amount: { amount: 9000, currency: 'EUR' },
        participants: [],
        split: 'x',
      });
      const votes = (roots.polls.get('lunch') as Y.Map<unknown>).get('votes') as Y.Map<unknown>;
      votes.set('mallory', 'no-such-option');
      roots.destinations.push(['Porto']);
      roots.details.set('timezone', 'Nowhere/Special');
    });
    const snapshot = readTripSnapshot(doc);
    expect(tripSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const odd = snapshot.days[0]?.items.find((item) => item.id === 'odd');
    expect(odd).toMatchObject({ title: 'Odd', attendees: [] });
    expect(odd?.cost).toBeUndefined();
    expect(snapshot.ideas.map((item) => item.id)).toContain('lost');
    expect(snapshot.expenses).toEqual([]);
    expect(snapshot.polls[0]?.votes).toEqual({});
    expect(snapshot.details.destinations).toHaveLength(1);
    expect(snapshot.details.timezone).toBe('Europe/Lisbon');
  });

  it('orders items that two replicas inserted at the same spot the same way everywhere', () => {
    const doc = buildTrip();
    const roots = tripRoots(doc);
    const base = { kind: 'note', attendees: [], createdBy: 'a', updatedAt: '2026-04-01T00:00:00Z' };
    doc.transact(() => {
      roots.items.set(
        'b',
        itemRecord({ ...base, title: 'B', placement: { day: null, order: 'a0' } }),
      );
      roots.items.set(
        'a',
        itemRecord({ ...base, title: 'A', placement: { day: null, order: 'a0' } }),
      );
    });
    expect(readTripSnapshot(doc).ideas.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('refuses a document that was never initialised as a trip', () => {
    expect(() => readTripSnapshot(new Y.Doc())).toThrow(CommandError);
  });
});
