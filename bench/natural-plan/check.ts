import type { SequencingProblem } from '@caravan/planner';

/**
 * Independent of the solver: counts the city orders that satisfy every constraint of a problem
 * (plain enumeration, capped), so the benchmark can tell ambiguous problems from wrong answers.
 */
export function countValidOrders(problem: SequencingProblem, cap = 1000): number {
  const { cities, commitments, connections } = problem;
  const linked = (a: string, b: string): boolean =>
    connections === null ||
    connections.some(
      (c) => (c.from === a && c.to === b) || (c.bothWays && c.from === b && c.to === a),
    );
  let count = 0;
  const used = new Set<number>();
  const walk = (last: string | null, day: number): void => {
    if (count >= cap) return;
    if (used.size === cities.length) {
      if (day === problem.totalDays) count++;
      return;
    }
    cities.forEach((stay, i) => {
      if (used.has(i) || (last !== null && !linked(last, stay.city))) return;
      const end = day + stay.days - 1;
      const covered = commitments
        .filter((c) => c.city === stay.city)
        .every((c) => day <= c.fromDay && c.toDay <= end);
      if (!covered) return;
      used.add(i);
      walk(stay.city, end);
      used.delete(i);
    });
  };
  walk(null, 1);
  return count;
}

/** Whether an answer's (city, days) list is a valid plan for the problem. */
export function isValidPlan(
  problem: SequencingProblem,
  plan: readonly [string, number][],
): boolean {
  if (plan.length !== problem.cities.length) return false;
  let day = 1;
  for (const [i, [city, days]] of plan.entries()) {
    const stay = problem.cities.find((c) => c.city === city);
    if (!stay || stay.days !== days || plan.findIndex(([c]) => c === city) !== i) return false;
    const previous = plan[i - 1]?.[0];
    if (
      previous !== undefined &&
      problem.connections !== null &&
      !problem.connections.some(
        (c) =>
          (c.from === previous && c.to === city) ||
          (c.bothWays && c.from === city && c.to === previous),
      )
    ) {
      return false;
    }
    const end = day + days - 1;
    const covered = problem.commitments
      .filter((c) => c.city === city)
      .every((c) => day <= c.fromDay && c.toDay <= end);
    if (!covered) return false;
    day = end;
  }
  return day === problem.totalDays;
}
