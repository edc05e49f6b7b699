import { formatDay } from '../../lib/format';
import { IDEAS } from './proposal-diff';

const DAY_MS = 86_400_000;

/** "Day 2 · Sun 2 May" counted from the trip's (proposed) first day; "Ideas" for the ideas. */
export function dayLabel(day: string, startDate: string): string {
  if (day === IDEAS) return 'Ideas';
  const n =
    Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS) +
    1;
  return n >= 1 ? `Day ${n} · ${formatDay(day)}` : formatDay(day);
}
