import { describe, expect, it } from 'vitest';
import { restoreShared, shareUnchanged, SharingMismatch } from './sharing';

/** What crossing a worker boundary does to a message: a deep copy with no shared objects. */
const copy = <T>(value: T): T => structuredClone(value);

function trip() {
  const lunch = { id: 'lunch', title: 'Lunch', place: { name: 'Time Out Market' } };
  const tram = { id: 'tram', title: 'Tram 28', place: { name: 'Martim Moniz' } };
  const castle = { id: 'castle', title: 'Castle', place: { name: 'São Jorge' } };
  return {
    details: { title: 'Lisbon', destinations: [{ name: 'Lisbon' }] },
    days: [
      { date: '2027-05-01', items: [lunch, tram] },
      { date: '2027-05-02', items: [castle] },
    ],
    ideas: [] as { id: string; title: string }[],
  };
}

/** The worker sends `next` after `prev`; the page, holding its copy of `prev`, rebuilds it. */
function roundTrip<T>(prev: T, next: T, pagePrev: T): T {
  return restoreShared<T>(pagePrev, copy(shareUnchanged(prev, next)));
}

describe('structural sharing between the trip worker and the page', () => {
  it('rebuilds the snapshot exactly and keeps the page copy of everything unchanged', () => {
    const prev = trip();
    const page = copy(prev);
    const renamed = { ...prev.days[0]!.items[1]!, title: 'Tram 28 (early)' };
    const next = {
      ...prev,
      days: [{ ...prev.days[0]!, items: [prev.days[0]!.items[0]!, renamed] }, prev.days[1]!],
    };

    const rebuilt = roundTrip(prev, next, page);

    expect(rebuilt).toEqual(next);
    expect(rebuilt.details).toBe(page.details);
    expect(rebuilt.days[1]).toBe(page.days[1]);
    expect(rebuilt.days[0]!.items[0]).toBe(page.days[0]!.items[0]);
    // The edited item is new on the page, and so are the lists that hold it.
    expect(rebuilt.days[0]!.items[1]).not.toBe(page.days[0]!.items[1]);
    expect(rebuilt.days[0]).not.toBe(page.days[0]);
    expect(rebuilt).not.toBe(page);
  });

  it('recognises a record moved to another list by its id', () => {
    const prev = trip();
    const page = copy(prev);
    const [lunch, tram] = prev.days[0]!.items;
    const next = {
      ...prev,
      days: [
        { ...prev.days[0]!, items: [tram!] },
        { ...prev.days[1]!, items: [lunch!, ...prev.days[1]!.items] },
      ],
    };

    const rebuilt = roundTrip(prev, next, page);

    expect(rebuilt).toEqual(next);
    expect(rebuilt.days[1]!.items[0]).toBe(page.days[0]!.items[0]);
    expect(rebuilt.days[0]!.items[0]).toBe(page.days[0]!.items[1]);
    expect(rebuilt.days[1]!.items[1]).toBe(page.days[1]!.items[0]);
  });

  it('reuses unchanged parts inside a changed record', () => {
    const prev = trip();
    const page = copy(prev);
    const castle = prev.days[1]!.items[0]!;
    const next = {
      ...prev,
      days: [prev.days[0]!, { ...prev.days[1]!, items: [{ ...castle, title: 'Castle at dusk' }] }],
    };

    const rebuilt = roundTrip(prev, next, page);

    expect(rebuilt.days[1]!.items[0]!.title).toBe('Castle at dusk');
    expect(rebuilt.days[1]!.items[0]!.place).toBe(page.days[1]!.items[0]!.place);
  });

  it('sends a new record, and plain values, in full', () => {
    const prev = trip();
    const page = copy(prev);
    const next = { ...prev, ideas: [{ id: 'fado', title: 'Fado night' }] };

    const message = shareUnchanged(prev, next) as { ideas: unknown[] };

    expect(message.ideas).toEqual([{ id: 'fado', title: 'Fado night' }]);
    expect(roundTrip(prev, next, page)).toEqual(next);
  });

  it('says when the page has no copy to reuse, so it can ask for the whole trip', () => {
    const prev = trip();
    const next = { ...prev, ideas: [{ id: 'fado', title: 'Fado night' }] };

    expect(() => restoreShared(null, copy(shareUnchanged(prev, next)))).toThrow(SharingMismatch);
  });
});
