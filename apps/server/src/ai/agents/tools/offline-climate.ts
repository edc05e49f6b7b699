import type { WeatherDay } from '../../../places/live/weather.js';

/**
 * A rough climate estimate with no data and no network: mean temperature falls with latitude,
 * and swings with the season more the further from the equator (peaking about four weeks after
 * the solstice). Good for "pack a jumper", not for a forecast; answers say so.
 */
export function offlineClimateDay(lat: number, date: string): WeatherDay {
  const absLat = Math.min(75, Math.abs(lat));
  const annualMean = 27 - 0.0075 * absLat ** 2;
  const amplitude = 0.22 * absLat;
  const dayOfYear =
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`)) /
    86_400_000;
  // Warmest around 20 July in the north, 20 January in the south.
  const peak = lat >= 0 ? 201 : 20;
  const mean = annualMean + amplitude * Math.cos((2 * Math.PI * (dayOfYear - peak)) / 365);
  const halfRange = 4.5;
  return {
    date,
    maxC: Math.round(mean + halfRange),
    minC: Math.round(mean - halfRange),
    precipitationMm: null,
    precipitationChance: null,
    code: null,
  };
}
