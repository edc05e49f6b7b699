import { explainInfeasibility, formatImpossibleReason } from './explain.js';
import { findCityOrder } from './search.js';
import type { FlightDay, ScheduledStay, SequencingProblem, SequencingResult } from './types.js';
import { validateSequencingProblem } from './validate.js';

/**
 * Orders the cities of a multi-city trip so that every stay length, fixed-day commitment and
 * allowed direct connection holds, or says why no order can. A flight day counts for both the
 * city left and the city reached. Exact and deterministic: among valid orders it returns the
 * first in the order the cities were listed.
 */
export function sequenceCities(input: SequencingProblem): SequencingResult {
  const problem = validateSequencingProblem(input);
  const order = findCityOrder(problem, {
    commitments: problem.commitments,
    connections: problem.connections,
    enforceTotalDays: true,
  });
  if (order === null) {
    const conflicts = explainInfeasibility(problem);
    return { ok: false, reason: formatImpossibleReason(conflicts), conflicts };
  }
  const stays: ScheduledStay[] = [];
  const flights: FlightDay[] = [];
  let day = 1;
  for (const i of order) {
    const stay = problem.cities[i];
    if (!stay) continue;
    const previous = stays.at(-1);
    if (previous) flights.push({ day, from: previous.city, to: stay.city });
    stays.push({ city: stay.city, firstDay: day, lastDay: day + stay.days - 1 });
    day += stay.days - 1;
  }
  return { ok: true, stays, flights };
}
