import type { CommandInput } from '@caravan/core';
import { newId } from '../workspace/ids';
import type { PlaceView } from './places-api';

/** The addItem command that puts a found place on a day (a date) or among the ideas. */
export function addPlaceCommand(place: PlaceView, to: string): CommandInput {
  return {
    type: 'addItem',
    to,
    item: {
      id: newId(),
      kind: 'place',
      title: place.name,
      place: {
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        ...(place.address ? { address: place.address } : {}),
        catalogueId: place.id,
        ...(place.openingHours ? { openingHours: place.openingHours } : {}),
      },
      ...(place.durationMinutes ? { durationMinutes: place.durationMinutes } : {}),
      ...(place.typicalCost ? { cost: place.typicalCost } : {}),
    },
  };
}
