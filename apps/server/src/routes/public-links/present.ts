import type { Item, TripSnapshot } from '@caravan/core';
import type { PublicTrip } from './schema.js';

type PublicItem = PublicTrip['days'][number]['items'][number];

/**
 * The privacy-trimmed view of a trip. Fields are copied one by one (an allow-list) so that a
 * field added to the snapshot later stays private until someone decides otherwise.
 */
export function presentPublicTrip(snapshot: TripSnapshot): PublicTrip {
  const { details } = snapshot;
  return {
    details: {
      title: details.title,
      startDate: details.startDate,
      endDate: details.endDate,
      timezone: details.timezone,
      destinations: details.destinations.map((d) => ({
        name: d.name,
        ...(d.countryCode ? { countryCode: d.countryCode } : {}),
      })),
    },
    days: snapshot.days.map((day) => ({ date: day.date, items: day.items.map(presentItem) })),
  };
}

function presentItem(item: Item): PublicItem {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    ...(item.startTime ? { startTime: item.startTime } : {}),
    ...(item.durationMinutes !== undefined ? { durationMinutes: item.durationMinutes } : {}),
    ...(item.place
      ? {
          place: {
            name: item.place.name,
            lat: item.place.lat,
            lon: item.place.lon,
            ...(item.place.address ? { address: item.place.address } : {}),
          },
        }
      : {}),
  };
}
