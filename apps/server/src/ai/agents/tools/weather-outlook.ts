import { z } from 'zod';
import type { WeatherDay, WeatherReport } from '../../../places/live/weather.js';
import type { Provenance } from '../../../places/index.js';
import { offlineClimateDay } from './offline-climate.js';
import { addDays, daysBetween, shortDate, tripPlaces, type TripPlace } from './trip-facts.js';
import { defineTool, ToolInputError, type ToolContext } from './types.js';

/** Open-Meteo forecasts reach this many days ahead (today included). */
const FORECAST_DAYS = 16;
const MAX_DAYS = 31;

export const weatherOutlookInput = z.strictObject({
  /** First and last local dates; default the trip's dates (at most 31 days). */
  from: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  /** A destination of the trip by name; defaults to its first. */
  place: z.string().trim().min(1).max(200).optional(),
});

export type WeatherSource =
  'open-meteo forecast' | 'open-meteo climate' | 'offline climate estimate';

export interface WeatherOutlook {
  place: TripPlace;
  from: string;
  to: string;
  source: WeatherSource;
  /** Why the live source was not used when it is configured (e.g. timeout). */
  degradedReason?: string | undefined;
  days: WeatherDay[];
}

const inRange = (report: WeatherReport | null, from: string, to: string) =>
  report?.days.filter((d) => d.date >= from && d.date <= to) ?? [];

const reason = (provenance: Provenance) =>
  provenance.source === 'offline' && provenance.degraded
    ? (provenance.reason ?? 'failed')
    : undefined;

async function outlook(
  context: ToolContext,
  input: z.output<typeof weatherOutlookInput>,
): Promise<WeatherOutlook> {
  const places = tripPlaces(context.trip);
  const place = input.place
    ? places.find((p) => p.name.toLowerCase() === input.place?.toLowerCase())
    : places[0];
  if (!place) {
    throw new ToolInputError(
      'place',
      input.place
        ? `"${input.place}" is not a destination of this trip`
        : 'the trip has no destination to look up',
    );
  }
  const from = input.from ?? context.trip.details.startDate;
  const to = input.to ?? context.trip.details.endDate;
  if (to < from) throw new ToolInputError('to', 'must not be before from');
  if (daysBetween(from, to) >= MAX_DAYS) {
    throw new ToolInputError('to', `at most ${MAX_DAYS} days at a time`);
  }
  const today = context.now().toISOString().slice(0, 10);
  let degradedReason: string | undefined;
  const live = context.places?.live;
  if (live && from >= today && daysBetween(today, to) < FORECAST_DAYS) {
    const { data, provenance } = await live.forecast(place, daysBetween(today, to) + 1);
    const days = inRange(data, from, to);
    if (days.length > 0) return { place, from, to, source: 'open-meteo forecast', days };
    degradedReason = reason(provenance);
  } else if (live) {
    const { data, provenance } = await live.climate(place, from, to);
    const days = inRange(data, from, to);
    if (days.length > 0) return { place, from, to, source: 'open-meteo climate', days };
    degradedReason = reason(provenance);
  }
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) =>
    offlineClimateDay(place.lat, addDays(from, i)),
  );
  return { place, from, to, source: 'offline climate estimate', degradedReason, days };
}

function describeDay(day: WeatherDay): string {
  const temp =
    day.minC !== null && day.maxC !== null
      ? `${Math.round(day.minC)}–${Math.round(day.maxC)} °C`
      : 'temperature unknown';
  const rain =
    day.precipitationChance !== null
      ? `, ${day.precipitationChance}% chance of rain`
      : day.precipitationMm !== null
        ? `, ${day.precipitationMm} mm rain`
        : '';
  return `${shortDate(day.date)} ${temp}${rain}`;
}

/** The local guide's weather: forecast or climate from Open-Meteo, else a rough estimate. */
export const weatherOutlookTool = defineTool({
  name: 'weatherOutlook',
  agent: 'local guide',
  description:
    'Daily weather outlook for a destination of the trip: Open-Meteo forecast (up to 16 days ahead) or climate when configured, else a rough offline climate estimate. Says which.',
  input: weatherOutlookInput,
  describeInput: (input) =>
    [
      input.place ?? 'first destination',
      input.from && input.to ? `${input.from} to ${input.to}` : 'trip dates',
    ].join(', '),
  async run(context, input) {
    const result = await outlook(context, input);
    const label: Record<WeatherSource, string> = {
      'open-meteo forecast': 'Open-Meteo forecast',
      'open-meteo climate': 'Open-Meteo climate projection',
      'offline climate estimate':
        'Rough offline climate estimate from latitude and season, not a forecast',
    };
    const why = result.degradedReason ? ` (the live source failed: ${result.degradedReason})` : '';
    const shown = result.days.slice(0, 7).map(describeDay).join('; ');
    const more = result.days.length > 7 ? `; and ${result.days.length - 7} more days` : '';
    return {
      result,
      summary: `${label[result.source]}${why} for ${result.place.name}: ${shown}${more}.`,
    };
  },
});
