import type { Item, TripSnapshot } from '@caravan/core';

/** Builders for small trips in tests: only what a test states differs from a plain day. */
export function tripOf(
  days: Record<string, Array<Partial<Item> & { title: string }>>,
  details: Partial<TripSnapshot['details']> = {},
): TripSnapshot {
  const dates = Object.keys(days).sort();
  let n = 0;
  return {
    details: {
      title: 'Test trip',
      startDate: dates[0] ?? '2027-05-03',
      endDate: dates.at(-1) ?? '2027-05-03',
      timezone: 'Europe/Lisbon',
      currency: 'EUR',
      destinations: [{ name: 'Lisbon', lat: 38.7223, lon: -9.1393 }],
      ...details,
    },
    days: dates.map((date) => ({
      date,
      items: (days[date] ?? []).map((i): Item => ({
        id: i.id ?? `item-${++n}`,
        kind: 'place',
        attendees: [],
        createdBy: 'tester',
        updatedAt: '2027-01-01T00:00:00.000Z',
        ...i,
      })),
    })),
    ideas: [],
    expenses: [],
    checklists: [],
    threads: [],
    polls: [],
    proposals: [],
  };
}

export const lisbonPlaces = {
  castle: {
    name: 'São Jorge Castle',
    lat: 38.7139,
    lon: -9.1335,
    openingHours: 'Mo-Su 09:00-21:00',
  },
  jeronimos: {
    name: 'Jerónimos Monastery',
    lat: 38.6979,
    lon: -9.2068,
    openingHours: 'Tu-Su 09:30-18:00; Mo off',
  },
  cathedral: {
    name: 'Lisbon Cathedral',
    lat: 38.7099,
    lon: -9.1334,
    openingHours: 'Mo-Sa 09:30-19:00; Su off',
  },
  hotel: { name: 'Hotel Baixa', lat: 38.7115, lon: -9.1375 },
};
