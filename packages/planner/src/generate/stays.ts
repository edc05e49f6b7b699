import { sequenceCities } from '../sequencing/index.js';
import type { PlanRequest } from '../request/schema.js';
import { requestDayCount } from '../request/schema.js';
import { addDays } from '../lint/time.js';

export interface Stay {
  cityId: string;
  /** 0-based trip day indices this city has (a transfer happens on the morning of `firstDay`). */
  firstDay: number;
  lastDay: number;
}

/**
 * Splits the trip's days between its cities. The sequencer orders them around fixed bookings
 * (commitments); its "a flight day counts for both cities" convention is mapped to ours (the
 * transfer morning belongs to the city reached) by giving every city one extra day and the trip
 * one extra virtual day at the end.
 */
export function planStays(
  request: PlanRequest,
): { ok: true; stays: Stay[] } | { ok: false; reason: string } {
  const total = requestDayCount(request);
  const cities = request.destinations;
  if (cities.length > total) {
    return {
      ok: false,
      reason: `${cities.length} destinations cannot fit in ${total} day${total === 1 ? '' : 's'}: each needs at least one day`,
    };
  }
  const given = cities.reduce((s, c) => s + (c.days ?? 0), 0);
  const open = cities.filter((c) => c.days === undefined).length;
  if (given > total || (open === 0 && given !== total)) {
    return { ok: false, reason: `the stays add up to ${given} days but the trip lasts ${total}` };
  }
  const rest = total - given;
  if (open > 0 && rest < open)
    return {
      ok: false,
      reason: `only ${rest} day(s) are left for ${open} destination(s) without a stated stay`,
    };
  let k = 0;
  const days = cities.map((c) => c.days ?? Math.floor(rest / open) + (k++ < rest % open ? 1 : 0));
  if (cities.length === 1)
    return { ok: true, stays: [{ cityId: cities[0]!.city, firstDay: 0, lastDay: total - 1 }] };
  const commitments = request.fixed.map((f) => {
    const day =
      Math.round(
        (Date.parse(`${f.date}T00:00:00Z`) - Date.parse(`${request.startDate}T00:00:00Z`)) /
          86_400_000,
      ) + 1;
    // The booking's day and the next: in the sequencer's terms that keeps it off a departure day.
    return { city: f.city, fromDay: day, toDay: day + 1, label: f.title };
  });
  const result = sequenceCities({
    totalDays: total + 1,
    cities: cities.map((c, i) => ({ city: c.city, days: (days[i] ?? 1) + 1 })),
    commitments: commitments.filter((c) => cities.some((d) => d.city === c.city)),
    connections: null,
  });
  if (!result.ok) return { ok: false, reason: result.reason };
  return {
    ok: true,
    stays: result.stays.map((s) => ({
      cityId: s.city,
      firstDay: s.firstDay - 1,
      lastDay: Math.min(total, s.lastDay) - 2 + (s.lastDay === total + 1 ? 1 : 0),
    })),
  };
}

export function dateOf(request: PlanRequest, dayIndex: number): string {
  return addDays(request.startDate, dayIndex);
}
