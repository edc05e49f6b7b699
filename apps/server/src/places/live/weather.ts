import { z } from 'zod';
import type { ResilientHttp } from './resilient-http.js';

/** One day of forecast or climate, in the place's local calendar. */
export interface WeatherDay {
  date: string;
  maxC: number | null;
  minC: number | null;
  precipitationMm: number | null;
  precipitationChance: number | null;
  /** WMO weather code, when the source gives one. */
  code: number | null;
}

export interface WeatherReport {
  timezone: string;
  days: WeatherDay[];
}

const series = z.array(z.number().nullable());
const dailySchema = z.object({
  timezone: z.string().optional(),
  daily: z.object({
    time: z.array(z.string()),
    temperature_2m_max: series.optional(),
    temperature_2m_min: series.optional(),
    precipitation_sum: series.optional(),
    precipitation_probability_max: series.optional(),
    weather_code: series.optional(),
  }),
});

function toReport(body: z.infer<typeof dailySchema>): WeatherReport {
  const d = body.daily;
  return {
    timezone: body.timezone ?? 'UTC',
    days: d.time.map((date, i) => ({
      date,
      maxC: d.temperature_2m_max?.[i] ?? null,
      minC: d.temperature_2m_min?.[i] ?? null,
      precipitationMm: d.precipitation_sum?.[i] ?? null,
      precipitationChance: d.precipitation_probability_max?.[i] ?? null,
      code: d.weather_code?.[i] ?? null,
    })),
  };
}

/** Open-Meteo daily forecast (`/v1/forecast`), up to 16 days ahead. */
export async function fetchForecast(
  http: ResilientHttp,
  baseUrl: string,
  query: { lat: number; lon: number; days: number },
): Promise<WeatherReport> {
  const params = new URLSearchParams({
    latitude: query.lat.toFixed(4),
    longitude: query.lon.toFixed(4),
    daily:
      'temperature_2m_max,temperature_2m_min,precipitation_sum,precipitation_probability_max,weather_code',
    timezone: 'auto',
    forecast_days: String(Math.min(16, Math.max(1, query.days))),
  });
  const body = await http.requestJson(
    `${baseUrl.replace(/\/+$/, '')}/v1/forecast?${params.toString()}`,
    undefined,
    (raw) => dailySchema.parse(raw),
  );
  return toReport(body);
}

/** Open-Meteo climate projection (`/v1/climate`) for dates beyond the forecast. */
export async function fetchClimate(
  http: ResilientHttp,
  baseUrl: string,
  query: { lat: number; lon: number; startDate: string; endDate: string },
): Promise<WeatherReport> {
  const params = new URLSearchParams({
    latitude: query.lat.toFixed(4),
    longitude: query.lon.toFixed(4),
    start_date: query.startDate,
    end_date: query.endDate,
    models: 'EC_Earth3P_HR',
    daily: 'temperature_2m_max,temperature_2m_min,precipitation_sum',
  });
  const body = await http.requestJson(
    `${baseUrl.replace(/\/+$/, '')}/v1/climate?${params.toString()}`,
    undefined,
    (raw) => dailySchema.parse(raw),
  );
  return toReport(body);
}
