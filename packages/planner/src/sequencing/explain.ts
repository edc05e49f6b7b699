import { findCityOrder, type SearchConstraints } from './search.js';
import type { Commitment, ConflictingConstraint, SequencingProblem } from './types.js';

export function describeCommitment(c: Commitment): string {
  const days = c.fromDay === c.toDay ? `day ${c.fromDay}` : `days ${c.fromDay}-${c.toDay}`;
  return `${c.label ? `${c.label} ` : 'being '}in ${c.city} on ${days}`;
}

/** Conflicts visible without search: wrong total, commitments that no stay can cover. */
function directConflicts(problem: SequencingProblem): ConflictingConstraint[] {
  const stays = problem.cities;
  const lastDay = 1 + stays.reduce((sum, c) => sum + c.days - 1, 0);
  if (lastDay !== problem.totalDays) {
    const sum = stays.reduce((s, c) => s + c.days, 0);
    return [
      {
        kind: 'totalDays',
        text:
          `the stays add up to ${sum} days and the ${stays.length - 1} flight days count for ` +
          `two cities each, so the trip lasts ${lastDay} days, not the ${problem.totalDays} asked for`,
      },
    ];
  }
  const found: ConflictingConstraint[] = [];
  for (const c of problem.commitments) {
    const stay = stays.find((s) => s.city === c.city)?.days ?? 0;
    const length = c.toDay - c.fromDay + 1;
    if (length > stay) {
      found.push({ kind: 'stay', city: c.city, text: `the stay in ${c.city} is ${stay} days` });
      found.push({
        kind: 'commitment',
        commitment: c,
        text: `${describeCommitment(c)} needs ${length} days there`,
      });
    } else if (c.toDay > problem.totalDays) {
      found.push({
        kind: 'commitment',
        commitment: c,
        text: `${describeCommitment(c)} falls after the trip's last day (${problem.totalDays})`,
      });
    }
  }
  return found;
}

/**
 * Explains an infeasible problem by a deletion filter: drop each constraint in turn and keep it
 * dropped when the rest is still infeasible. What remains is a minimal conflicting set: removing
 * any one of its members makes the trip possible.
 */
export function explainInfeasibility(problem: SequencingProblem): ConflictingConstraint[] {
  const direct = directConflicts(problem);
  if (direct.length > 0) return direct;

  let kept: SearchConstraints = {
    commitments: problem.commitments,
    connections: problem.connections,
    enforceTotalDays: true,
  };
  if (kept.connections !== null) {
    const without = { ...kept, connections: null };
    if (findCityOrder(problem, without) === null) kept = without;
  }
  for (const c of problem.commitments) {
    const without = { ...kept, commitments: kept.commitments.filter((k) => k !== c) };
    if (findCityOrder(problem, without) === null) kept = without;
  }

  const conflicts: ConflictingConstraint[] = kept.commitments.map((c) => ({
    kind: 'commitment',
    commitment: c,
    text: describeCommitment(c),
  }));
  if (kept.connections !== null) {
    conflicts.push({ kind: 'connections', text: describeConnections(problem) });
  }
  return conflicts;
}

function describeConnections(problem: SequencingProblem): string {
  const links = problem.connections ?? [];
  const isolated = problem.cities
    .map((c) => c.city)
    .filter((city) => !links.some((l) => l.from === city || l.to === city));
  const base = 'travelling only along the allowed direct connections';
  return isolated.length > 0 && problem.cities.length > 1
    ? `${base} (${isolated.join(', ')} ${isolated.length === 1 ? 'has' : 'have'} none)`
    : base;
}

export function formatImpossibleReason(conflicts: readonly ConflictingConstraint[]): string {
  if (conflicts.length === 1) return `impossible because ${conflicts[0]?.text ?? ''}`;
  const texts = conflicts.map((c) => c.text);
  return `impossible because these cannot all hold: ${texts.join('; ')}`;
}
