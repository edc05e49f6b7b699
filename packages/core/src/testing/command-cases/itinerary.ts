import type { CommandType } from '../../commands/schema';
import { eur, type CommandCase } from './case';

export const itineraryCases = {
  updateTripDetails: {
    valid: [
      { type: 'updateTripDetails', patch: { title: 'Lisbon & Sintra', currency: 'USD' } },
      { type: 'updateTripDetails', patch: { endDate: '2026-05-01' } },
      { type: 'updateTripDetails', patch: { timezone: 'Atlantic/Azores' } },
      { type: 'updateTripDetails', patch: { budget: eur(120_000) } },
    ],
    invalid: [
      {
        command: { type: 'updateTripDetails', patch: { endDate: '2026-04-30' } },
        code: 'invalid_value',
      },
      {
        command: { type: 'updateTripDetails', patch: { timezone: 'Mars/Olympus' } },
        code: 'invalid_command',
      },
      { command: { type: 'updateTripDetails', patch: { nickname: 'x' } }, code: 'invalid_command' },
      {
        command: { type: 'updateTripDetails', patch: { budget: { amount: -1, currency: 'EUR' } } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateTripDetails', patch: { startDate: '2026-02-30' } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateTripDetails', patch: { endDate: '2027-06-01' } },
        code: 'invalid_value',
      },
    ],
  },
  addDestination: {
    valid: [
      { type: 'addDestination', destination: { name: 'Sintra', lat: 38.8, lon: -9.39 }, index: 0 },
    ],
    invalid: [
      { command: { type: 'addDestination', destination: { name: '' } }, code: 'invalid_command' },
      {
        command: { type: 'addDestination', destination: { name: 'Porto' }, index: 5 },
        code: 'index_out_of_range',
      },
    ],
  },
  removeDestination: {
    valid: [{ type: 'removeDestination', index: 0 }],
    invalid: [{ command: { type: 'removeDestination', index: 3 }, code: 'destination_not_found' }],
  },
  addItem: {
    valid: [
      {
        type: 'addItem',
        item: {
          kind: 'activity',
          title: 'Fado',
          startTime: '21:00',
          durationMinutes: 90,
          cost: eur(3000),
          attendees: ['alice', 'bob'],
        },
        to: '2026-05-01',
        index: 0,
      },
      { type: 'addItem', item: { kind: 'note', title: 'Buy Viva Viagem card' }, to: 'ideas' },
    ],
    invalid: [
      {
        command: { type: 'addItem', item: { kind: 'place', title: 'X' }, to: '2026-06-01' },
        code: 'date_outside_trip',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X' },
          to: '2026-05-01',
          index: 9,
        },
        code: 'index_out_of_range',
      },
      {
        command: {
          type: 'addItem',
          item: { id: 'museum', kind: 'place', title: 'X' },
          to: 'ideas',
        },
        code: 'duplicate_id',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', startTime: '25:00' },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', cost: { amount: -1, currency: 'EUR' } },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addItem',
          item: { kind: 'place', title: 'X', cost: { amount: 1.5, currency: 'EUR' } },
          to: 'ideas',
        },
        code: 'invalid_command',
      },
      {
        command: { type: 'addItem', item: { kind: 'hotel', title: 'X' }, to: 'ideas' },
        code: 'invalid_command',
      },
    ],
  },
  updateItem: {
    valid: [
      {
        type: 'updateItem',
        itemId: 'museum',
        patch: { title: 'MAAT museum', startTime: '10:00', notes: 'Closed Tuesdays' },
      },
      { type: 'updateItem', itemId: 'train', patch: { fixed: null, bookingRef: 'CP-123' } },
    ],
    invalid: [
      {
        command: { type: 'updateItem', itemId: 'ghost', patch: { title: 'X' } },
        code: 'item_not_found',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { title: null } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { createdBy: 'mallory' } },
        code: 'invalid_command',
      },
      {
        command: { type: 'updateItem', itemId: 'museum', patch: { attendees: ['bob', 'bob'] } },
        code: 'invalid_command',
      },
    ],
  },
  moveItem: {
    valid: [
      { type: 'moveItem', itemId: 'museum', to: '2026-05-03' },
      { type: 'moveItem', itemId: 'beach', to: '2026-05-02', index: 0 },
      { type: 'moveItem', itemId: 'museum', to: 'ideas', index: 1 },
    ],
    invalid: [
      { command: { type: 'moveItem', itemId: 'ghost', to: 'ideas' }, code: 'item_not_found' },
      { command: { type: 'moveItem', itemId: 'train', to: '2026-05-03' }, code: 'item_fixed' },
      {
        command: { type: 'moveItem', itemId: 'museum', to: '2026-05-09' },
        code: 'date_outside_trip',
      },
      {
        command: { type: 'moveItem', itemId: 'museum', to: '2026-05-02', index: 2 },
        code: 'index_out_of_range',
      },
      { command: { type: 'moveItem', itemId: 'museum', to: 'tomorrow' }, code: 'invalid_command' },
    ],
  },
  deleteItem: {
    valid: [{ type: 'deleteItem', itemId: 'museum' }],
    invalid: [{ command: { type: 'deleteItem', itemId: 'ghost' }, code: 'item_not_found' }],
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
