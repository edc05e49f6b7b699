import type { TripSnapshot } from '@caravan/core';
import { describe, expect, it } from 'vitest';
import { lintTrip } from './lint-trip.js';
import { lisbonPlaces as at, tripOf } from './trip-fixture.js';

const rules = (trip: TripSnapshot, opts = {}) =>
  lintTrip(trip, opts).map((f) => `${f.rule}:${f.severity}`);

// 2027-05-03 is a Monday, 2027-05-04 a Tuesday.
describe('lintTrip: opening hours', () => {
  it('flags a visit on the weekly closing day and offers nothing to move it to that day', () => {
    const trip = tripOf({
      '2027-05-03': [
        { title: 'Jerónimos', place: at.jeronimos, startTime: '10:00', durationMinutes: 90 },
      ],
    });
    const [f] = lintTrip(trip);
    expect(f?.rule).toBe('opening-hours');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/closed at the planned time.*closed all that day/);
    expect(f?.fix).toBeUndefined();
  });

  it('flags a visit that runs past closing time and offers a start time that fits', () => {
    const trip = tripOf({
      '2027-05-04': [
        {
          id: 'j',
          title: 'Jerónimos',
          place: at.jeronimos,
          startTime: '17:00',
          durationMinutes: 90,
        },
      ],
    });
    const [f] = lintTrip(trip);
    expect(f?.message).toContain('closes at 18:00');
    expect(f?.fix).toEqual([{ type: 'updateItem', itemId: 'j', patch: { startTime: '09:30' } }]);
  });

  it('accepts a visit inside opening hours', () => {
    const trip = tripOf({
      '2027-05-04': [
        { title: 'Jerónimos', place: at.jeronimos, startTime: '10:00', durationMinutes: 90 },
      ],
    });
    expect(lintTrip(trip)).toEqual([]);
  });
});

describe('lintTrip: travel time and overlaps', () => {
  it('flags too little time to get across town and proposes a later start', () => {
    const trip = tripOf({
      '2027-05-04': [
        { id: 'a', title: 'Castle', place: at.castle, startTime: '10:00', durationMinutes: 60 },
        {
          id: 'b',
          title: 'Jerónimos',
          place: at.jeronimos,
          startTime: '11:05',
          durationMinutes: 60,
        },
      ],
    });
    const [f] = lintTrip(trip);
    expect(f?.rule).toBe('travel-time');
    expect(f?.itemIds).toEqual(['a', 'b']);
    expect(f?.fix?.[0]).toMatchObject({ type: 'updateItem', itemId: 'b' });
  });

  it('uses the estimator it is given', () => {
    const trip = tripOf({
      '2027-05-04': [
        { title: 'Castle', place: at.castle, startTime: '10:00', durationMinutes: 60 },
        { title: 'Jerónimos', place: at.jeronimos, startTime: '11:05', durationMinutes: 60 },
      ],
    });
    expect(lintTrip(trip, { estimator: () => 5 })).toEqual([]);
  });

  it('flags two items for everyone at the same time and moves the later one after the first', () => {
    const trip = tripOf({
      '2027-05-04': [
        { id: 'a', title: 'Castle', place: at.castle, startTime: '10:00', durationMinutes: 90 },
        {
          id: 'b',
          title: 'Cathedral',
          place: at.cathedral,
          startTime: '11:00',
          durationMinutes: 40,
        },
      ],
    });
    const f = lintTrip(trip).find((x) => x.rule === 'overlap');
    expect(f?.message).toMatch(/overlap by 30 min/);
    expect(f?.fix).toEqual([{ type: 'updateItem', itemId: 'b', patch: { startTime: '11:30' } }]);
  });

  it('lets the group split up, but not one person be in two places', () => {
    const split = tripOf({
      '2027-05-04': [
        {
          title: 'Castle',
          place: at.castle,
          startTime: '10:00',
          durationMinutes: 90,
          attendees: ['ana'],
        },
        {
          title: 'Cathedral',
          place: at.cathedral,
          startTime: '10:00',
          durationMinutes: 40,
          attendees: ['ben'],
        },
      ],
    });
    expect(lintTrip(split)).toEqual([]);
    const clash = tripOf({
      '2027-05-04': [
        {
          title: 'Castle',
          place: at.castle,
          startTime: '10:00',
          durationMinutes: 90,
          attendees: ['ana'],
        },
        {
          id: 'c',
          title: 'Cathedral',
          place: at.cathedral,
          startTime: '10:00',
          durationMinutes: 40,
          attendees: ['ana', 'ben'],
        },
      ],
    });
    const f = lintTrip(clash).find((x) => x.rule === 'attendee-clash');
    expect(f?.message).toContain('ana is down for both');
    expect(f?.fix).toEqual([{ type: 'updateItem', itemId: 'c', patch: { attendees: ['ben'] } }]);
  });
});

describe('lintTrip: dates and lodging', () => {
  it('flags an item dated outside the trip and offers to move it to ideas', () => {
    const trip = tripOf(
      { '2027-05-04': [], '2027-05-09': [{ id: 'x', title: 'Castle', place: at.castle }] },
      { endDate: '2027-05-04' },
    );
    trip.days = trip.days.slice(0, 1).concat(trip.days.slice(-1));
    const f = lintTrip(trip).find((x) => x.rule === 'outside-dates');
    expect(f?.fix).toEqual([{ type: 'moveItem', itemId: 'x', to: 'ideas' }]);
  });

  it('flags a night without lodging and offers to extend the previous stay', () => {
    const trip = tripOf({
      '2027-05-04': [
        {
          id: 'h',
          kind: 'lodging',
          title: 'Hotel Baixa',
          place: at.hotel,
          startTime: '15:00',
          durationMinutes: 1200,
        },
      ],
      '2027-05-05': [],
      '2027-05-06': [],
    });
    const found = lintTrip(trip).filter((x) => x.rule === 'lodging');
    expect(found).toHaveLength(1);
    expect(found[0]?.day).toBe('2027-05-05');
    expect(found[0]?.fix).toEqual([
      { type: 'updateItem', itemId: 'h', patch: { durationMinutes: 2640 } },
    ]);
  });

  it('counts a multi-night stay and an overnight train as beds', () => {
    const trip = tripOf({
      '2027-05-04': [
        {
          kind: 'lodging',
          title: 'Hotel',
          place: at.hotel,
          startTime: '15:00',
          durationMinutes: 2640,
        },
      ],
      '2027-05-05': [],
      '2027-05-06': [
        {
          kind: 'transport',
          title: 'Night train',
          startTime: '22:00',
          durationMinutes: 600,
          transport: { mode: 'train' },
        },
      ],
      '2027-05-07': [],
    });
    expect(lintTrip(trip).filter((x) => x.rule === 'lodging')).toEqual([]);
  });

  it('does not check days already past', () => {
    const trip = tripOf({
      '2027-05-03': [
        { title: 'Jerónimos', place: at.jeronimos, startTime: '10:00', durationMinutes: 90 },
      ],
      '2027-05-04': [],
    });
    trip.days[0]?.items.push({
      ...trip.days[0].items[0]!,
      id: 'lodge',
      kind: 'lodging',
      title: 'Hotel',
      startTime: '20:00',
      durationMinutes: 900,
    });
    expect(rules(trip, { now: new Date('2027-05-04T08:00:00Z') })).toEqual([]);
  });
});

describe('lintTrip: budget', () => {
  const costly = () =>
    tripOf({
      '2027-05-04': [
        { title: 'Dinner', place: at.castle, cost: { amount: 30000, currency: 'EUR' } },
      ],
      '2027-05-05': [{ title: 'Show', place: at.castle, cost: { amount: 5000, currency: 'USD' } }],
    });

  it('flags a day over its budget and the trip over its total', () => {
    const found = lintTrip(costly(), {
      budget: {
        total: { amount: 25000, currency: 'EUR' },
        perDay: { amount: 20000, currency: 'EUR' },
      },
    }).filter((f) => f.rule === 'budget');
    expect(found.map((f) => `${f.rule}:${f.severity}:${f.day ?? ''}`)).toEqual([
      'budget:error:',
      'budget:warning:2027-05-04',
      'budget:info:',
    ]);
  });

  it('checks the trip against its own budget when none is given', () => {
    const trip = costly();
    const within = lintTrip(
      { ...trip, details: { ...trip.details, budget: { amount: 40000, currency: 'EUR' } } },
      {},
    ).filter((f) => f.rule === 'budget' && f.severity === 'error');
    expect(within).toEqual([]);
    const over = lintTrip(
      { ...trip, details: { ...trip.details, budget: { amount: 25000, currency: 'EUR' } } },
      {},
    ).filter((f) => f.rule === 'budget' && f.severity === 'error');
    expect(over.map((f) => f.message)).toEqual([
      'Planned costs come to EUR 300.00, EUR 50.00 over the trip budget of EUR 250.00.',
    ]);
  });

  it('converts other currencies when a converter is given', () => {
    const convert = (m: { amount: number; currency: string }, to: string) =>
      m.currency === 'USD' && to === 'EUR'
        ? { amount: Math.round(m.amount * 0.9), currency: 'EUR' }
        : undefined;
    const found = lintTrip(costly(), {
      budget: { total: { amount: 34000, currency: 'EUR' } },
      convert,
    });
    expect(found[0]?.message).toBe(
      'Planned costs come to EUR 345.00, EUR 5.00 over the trip budget of EUR 340.00.',
    );
  });
});

describe('lintTrip: fixed bookings and time zones', () => {
  it('flags a fixed booking moved from its booked time and offers to put it back', () => {
    const booked = tripOf({
      '2027-05-04': [
        {
          id: 't',
          kind: 'activity',
          title: 'Fado show',
          fixed: true,
          startTime: '21:00',
          durationMinutes: 90,
        },
      ],
      '2027-05-05': [],
    });
    const moved = structuredClone(booked);
    const show = moved.days[0]!.items.pop()!;
    moved.days[1]!.items.push({ ...show, startTime: '20:00' });
    const f = lintTrip(moved, { baseline: booked }).find((x) => x.rule === 'fixed-moved');
    expect(f?.fix).toEqual([
      { type: 'moveItem', itemId: 't', to: '2027-05-04' },
      { type: 'updateItem', itemId: 't', patch: { startTime: '21:00' } },
    ]);
  });

  it('flags a plan that starts before the flight lands in local time', () => {
    const rome = { name: 'Rome FCO', lat: 41.8, lon: 12.25 };
    const lisbon = { name: 'Lisbon LIS', lat: 38.77, lon: -9.13 };
    const trip = tripOf(
      {
        '2027-05-04': [
          {
            id: 'f',
            kind: 'transport',
            title: 'Flight to Rome',
            startTime: '10:00',
            durationMinutes: 150,
            transport: { mode: 'flight', from: lisbon, to: rome },
          },
          {
            id: 'c',
            title: 'Colosseum',
            place: { name: 'Colosseum', lat: 41.89, lon: 12.49 },
            startTime: '13:00',
            durationMinutes: 60,
          },
        ],
      },
      {
        destinations: [
          { name: 'Lisbon', lat: 38.72, lon: -9.14 },
          { name: 'Rome', lat: 41.9, lon: 12.5 },
        ],
      },
    );
    const timeZoneAt = (_lat: number, lon: number) => (lon > 0 ? 'Europe/Rome' : 'Europe/Lisbon');
    const f = lintTrip(trip, { timeZoneAt, estimator: () => 0 }).find(
      (x) => x.rule === 'time-zone',
    );
    expect(f?.message).toContain('lands at 13:30 local time');
    expect(f?.fix).toEqual([{ type: 'updateItem', itemId: 'c', patch: { startTime: '13:45' } }]);
  });

  it('reads plans after a westward flight in the local time of arrival', () => {
    const rome = { name: 'Rome FCO', lat: 41.8, lon: 12.25 };
    const lisbon = { name: 'Lisbon LIS', lat: 38.77, lon: -9.13 };
    const trip = tripOf({
      '2027-05-04': [
        {
          kind: 'transport',
          title: 'Flight to Lisbon',
          startTime: '10:00',
          durationMinutes: 150,
          transport: { mode: 'flight', from: rome, to: lisbon },
        },
        { title: 'Castle', place: at.castle, startTime: '12:00', durationMinutes: 60 },
      ],
    });
    const timeZoneAt = (_lat: number, lon: number) => (lon > 0 ? 'Europe/Rome' : 'Europe/Lisbon');
    // Lands 11:30 Lisbon time; 12:00 is after landing although before 12:30 on Rome's clock.
    expect(lintTrip(trip, { timeZoneAt, estimator: () => 20 })).toEqual([]);
  });

  it('flags a place far from every destination, a likely namesake', () => {
    const trip = tripOf({
      '2027-05-04': [
        { title: 'Cathedral', place: { name: 'Cathedral', lat: 40.64, lon: -8.65 } },
        { title: 'Obelisk', place: { name: 'Obelisk', lat: -34.6, lon: -58.38 } },
      ],
    });
    const found = lintTrip(trip, {
      timeZoneAt: (_a: number, lon: number) =>
        lon < -30 ? 'America/Argentina/Buenos_Aires' : 'Europe/Lisbon',
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/Obelisk is [\d,]+ km from Lisbon.*another time zone/);
  });

  it('gives each finding a stable id', () => {
    const trip = tripOf({
      '2027-05-03': [
        {
          id: 'j',
          title: 'Jerónimos',
          place: at.jeronimos,
          startTime: '10:00',
          durationMinutes: 90,
        },
      ],
    });
    expect(lintTrip(trip)[0]?.id).toBe(lintTrip(structuredClone(trip))[0]?.id);
  });
});
