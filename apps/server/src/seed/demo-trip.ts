import type { CommandInput, TripDetailsInput } from '@caravan/core';

/** A local date `days` from today, YYYY-MM-DD. */
export function dateFromToday(days: number, now = new Date()): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

/** Four days in Lisbon, a month from now. */
export function demoTripDetails(now = new Date()): TripDetailsInput {
  return {
    title: 'Four days in Lisbon',
    startDate: dateFromToday(30, now),
    endDate: dateFromToday(33, now),
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    destinations: [{ name: 'Lisbon', lat: 38.7223, lon: -9.1393, countryCode: 'PT' }],
  };
}

const place = (name: string, lat: number, lon: number, address?: string) => ({
  name,
  lat,
  lon,
  ...(address ? { address } : {}),
});

/** The trip's content as ordinary commands, the way any client would add it. */
export function demoTripCommands(details: TripDetailsInput, demoUserId: string): CommandInput[] {
  const [day1, day2, day3, day4] = [0, 1, 2, 3].map((offset) =>
    dateFromToday(offset, new Date(`${details.startDate}T12:00:00Z`)),
  ) as [string, string, string, string];
  return [
    {
      type: 'addItem',
      to: day1,
      item: {
        kind: 'lodging',
        title: 'Check in at Casa do Largo',
        place: place('Casa do Largo', 38.7113, -9.1302, 'Largo do Chafariz de Dentro, Alfama'),
        startTime: '15:00',
        cost: { amount: 42000, currency: 'EUR' },
        bookingRef: 'CDL-2291',
        fixed: true,
      },
    },
    {
      type: 'addItem',
      to: day1,
      item: {
        kind: 'place',
        title: 'Sunset at Miradouro da Senhora do Monte',
        place: place('Miradouro da Senhora do Monte', 38.7192, -9.1327),
        startTime: '19:30',
        durationMinutes: 60,
      },
    },
    {
      type: 'addItem',
      to: day2,
      item: {
        kind: 'place',
        title: 'Jerónimos Monastery',
        place: place('Mosteiro dos Jerónimos', 38.6979, -9.2068, 'Praça do Império, Belém'),
        startTime: '10:00',
        durationMinutes: 120,
        cost: { amount: 1800, currency: 'EUR' },
      },
    },
    {
      type: 'addItem',
      to: day2,
      item: {
        kind: 'activity',
        title: 'Pastéis de Belém',
        place: place('Pastéis de Belém', 38.6975, -9.2032),
        startTime: '12:30',
        durationMinutes: 45,
      },
    },
    {
      type: 'addItem',
      to: day3,
      item: {
        kind: 'transport',
        title: 'Train to Sintra',
        startTime: '09:10',
        durationMinutes: 40,
        cost: { amount: 460, currency: 'EUR' },
        transport: {
          mode: 'train',
          from: place('Rossio station', 38.7142, -9.1411),
          to: place('Sintra station', 38.7987, -9.3864),
        },
      },
    },
    {
      type: 'addItem',
      to: day3,
      item: {
        kind: 'place',
        title: 'Pena Palace',
        place: place('Palácio da Pena', 38.7876, -9.3906),
        startTime: '10:30',
        durationMinutes: 150,
      },
    },
    {
      type: 'addItem',
      to: day4,
      item: { kind: 'note', title: 'Check out by 11:00; bags can stay at reception' },
    },
    {
      type: 'addItem',
      to: 'ideas',
      item: {
        kind: 'activity',
        title: 'Fado evening in Alfama',
        place: place('Clube de Fado', 38.7106, -9.1297),
      },
    },
    {
      type: 'addExpense',
      expense: {
        title: 'Casa do Largo, 3 nights',
        amount: { amount: 42000, currency: 'EUR' },
        paidBy: demoUserId,
        participants: [demoUserId],
        split: { kind: 'equal' },
        date: day1,
        category: 'lodging',
      },
    },
    { type: 'addChecklist', checklistId: 'packing', title: 'Packing', kind: 'packing' },
    { type: 'addChecklistItem', checklistId: 'packing', text: 'Passports' },
    { type: 'addChecklistItem', checklistId: 'packing', text: 'Comfortable walking shoes' },
    { type: 'addChecklistItem', checklistId: 'packing', text: 'Power adapter (type F)' },
  ];
}
