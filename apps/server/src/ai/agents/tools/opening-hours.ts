import { allPlaces, foldName, getPlace, parseOpeningHours } from '@caravan/catalogue';
import { openWindows } from '@caravan/planner';
import { z } from 'zod';
import { clock, itemsWithDates, shortDate, tripPlaces } from './trip-facts.js';
import { defineTool, ToolInputError, type ToolContext } from './types.js';

export const openingHoursInput = z.strictObject({
  /** A catalogue place id, a trip item id, or a place's name. */
  place: z.string().trim().min(1).max(200),
  /** A local date of the place; defaults to the trip's first day. */
  date: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
});

interface HoursSource {
  name: string;
  id?: string | undefined;
  openingHours: string;
  lat: number;
  lon: number;
  country?: string | undefined;
}

export interface Window {
  from: string;
  to: string;
}

export interface OpeningHoursResult {
  place: { name: string; id: string | null };
  date: string;
  hours: string;
  open: Window[];
  closed: Window[];
}

/** The place asked about: the trip's own items first, then the catalogue, then search. */
async function findPlace(context: ToolContext, query: string): Promise<HoursSource | undefined> {
  const wanted = foldName(query);
  for (const { item } of itemsWithDates(context.trip)) {
    const place = item.place;
    if (!place?.openingHours) continue;
    if (item.id === query || foldName(item.title) === wanted || foldName(place.name) === wanted) {
      return { ...place, openingHours: place.openingHours, id: place.catalogueId };
    }
  }
  const known =
    getPlace(query) ??
    allPlaces().find(
      (p) => foldName(p.name) === wanted || p.aliases?.some((a) => foldName(a) === wanted),
    );
  if (known) return { ...known, id: known.id };
  if (!context.places) return undefined;
  const cityId = tripPlaces(context.trip).find((p) => p.cityId)?.cityId;
  const [hit] = (
    await context.places.search({
      q: query,
      cityId,
      limit: 1,
      tripId: context.tripId,
      mode: 'text',
    })
  ).results;
  return hit?.openingHours
    ? { ...hit, openingHours: hit.openingHours, country: hit.country ?? undefined }
    : undefined;
}

/** The gaps between open windows over the whole day. */
function closedBetween(open: readonly [number, number][]): [number, number][] {
  const closed: [number, number][] = [];
  let at = 0;
  for (const [from, to] of open) {
    if (from > at) closed.push([at, from]);
    at = Math.max(at, to);
  }
  if (at < 1440) closed.push([at, 1440]);
  return closed;
}

const asWindows = (spans: readonly [number, number][]): Window[] =>
  spans.map(([from, to]) => ({ from: clock(from), to: clock(to) }));

/** The local guide's check: when a place is open and closed on one day, from its OSM hours. */
export const openingHoursTool = defineTool({
  name: 'openingHours',
  agent: 'local guide',
  description:
    'Open and closed windows of one place on one local date (from its OpenStreetMap opening_hours). Give a catalogue place id, a trip item id or a place name.',
  input: openingHoursInput,
  describeInput: (input) => `${input.place}${input.date ? `, ${input.date}` : ''}`,
  async run(context, input) {
    const date = input.date ?? context.trip.details.startDate;
    const place = await findPlace(context, input.place);
    if (!place) {
      throw new ToolInputError('place', `no place "${input.place}" with opening hours is known`);
    }
    let hours;
    try {
      hours = parseOpeningHours(place.openingHours, place);
    } catch (error) {
      throw new ToolInputError(
        'place',
        `the opening hours of ${place.name} cannot be read (${String(error).split('\n')[0]})`,
      );
    }
    const open = openWindows(hours, date, 0, 1440);
    const result: OpeningHoursResult = {
      place: { name: place.name, id: place.id ?? null },
      date,
      hours: place.openingHours,
      open: asWindows(open),
      closed: asWindows(closedBetween(open)),
    };
    const day = `${place.name} on ${new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${shortDate(date)}`;
    const summary =
      open.length === 0
        ? `${day}: closed all day (${place.openingHours}).`
        : `${day}: open ${result.open.map((w) => `${w.from}–${w.to}`).join(', ')}${
            result.closed.length > 0
              ? `; closed ${result.closed.map((w) => `${w.from}–${w.to}`).join(', ')}`
              : ''
          }.`;
    return { result, summary };
  },
});
