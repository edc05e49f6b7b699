import type { PartyMember, PlanRequest } from '../request/schema.js';
import type { CataloguePlaceLike } from './types.js';

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a request phrase ("Belém Tower", "nightlife", "museums") names this place or its kind. */
export function phraseMatches(phrase: string, place: CataloguePlaceLike): boolean {
  const p = fold(phrase);
  if (p.length < 3) return false;
  const names = [place.name, ...(place.aliases ?? [])].map(fold);
  if (names.some((n) => n === p || n.includes(p) || (p.includes(n) && n.length >= 5))) return true;
  const singular = p.replace(/s$/, '');
  return (
    place.tags.some((t) => t === p || t === singular) ||
    place.category === p ||
    place.category === singular
  );
}

/** How well a place suits one member: 0 when none of their interests match. */
export function memberMatch(member: PartyMember, place: CataloguePlaceLike): number {
  if (member.interests.length === 0) return 0.5;
  const hits = member.interests.filter(
    (i) => place.tags.includes(i) || place.category === i,
  ).length;
  return hits === 0 ? 0 : 1 + 0.25 * (hits - 1);
}

/** Places nobody should be sent to: on the avoid list, or out of reach for the party's mobility. */
export function excluded(request: PlanRequest, place: CataloguePlaceLike): string | undefined {
  const avoid = request.avoid.find((a) => phraseMatches(a, place));
  if (avoid) return `avoid "${avoid}"`;
  const mobility = [request.mobility, ...request.party.map((m) => m.mobility)];
  const reduced = mobility.includes('wheelchair') || mobility.includes('limited');
  if (reduced && (place.tags.includes('adventure') || place.category === 'daytrip'))
    return 'reduced mobility';
  if (
    mobility.includes('wheelchair') &&
    place.tags.includes('walking') &&
    !place.tags.includes('accessible')
  )
    return 'wheelchair access';
  return undefined;
}

export function isMeal(place: CataloguePlaceLike): boolean {
  return place.category === 'food';
}

/** Food places suited to the party's diet, best first (tagged places before untagged ones). */
export function dietRank(request: PlanRequest, place: CataloguePlaceLike): number {
  const diet = new Set([...request.diet, ...request.party.flatMap((m) => m.diet)]);
  if (diet.has('vegetarian') || diet.has('vegan'))
    return place.tags.includes('vegetarian-friendly') ? 0 : 1;
  return 0;
}

/**
 * Group-aware scores: each member's weight grows as their satisfaction so far falls behind the
 * others', so the next day favours whoever has been served least (a greedy max-min rule).
 */
export function groupScore(
  party: readonly PartyMember[],
  weights: readonly number[],
  place: CataloguePlaceLike,
  mustSee: boolean,
): number {
  if (mustSee) return 1000;
  let sum = 0;
  let total = 0;
  party.forEach((m, i) => {
    const w = weights[i] ?? 1;
    sum += w * memberMatch(m, place);
    total += w;
  });
  // A small base so unmatched but worthwhile sights still fill idle time; sights outrank shops.
  const base = place.category === 'sight' || place.category === 'museum' ? 0.2 : 0.1;
  return Math.round(100 * (base + (total > 0 ? sum / total : 0)));
}

/** Weights from satisfaction so far: the least satisfied member counts most. */
export function weightsFrom(matched: readonly number[], visits: number): number[] {
  if (visits === 0) return matched.map(() => 1);
  return matched.map((m) => 1 / (0.15 + m / visits) ** 2);
}
