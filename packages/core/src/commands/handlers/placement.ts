import * as Y from 'yjs';
import { placementOf, type Placement } from '../../doc/layout';
import { compareByOrder, orderKeyAfter, orderKeyAt } from '../../doc/order';
import type { CommandEnv } from '../context';
import { CommandError } from '../errors';
import { requireIndex } from '../lookup';
import type { ItemLocation } from '../schema';

interface Sibling {
  id: string;
  order: string;
}

/**
 * The items shown at a location, in display order. Mirrors the projection: an item whose day is
 * outside the trip counts as an idea.
 */
export function siblingsAt(env: CommandEnv, location: ItemLocation, excludeId?: string): Sibling[] {
  const dates = new Set(env.tripDates());
  const wanted = location === 'ideas' ? null : location;
  const siblings: Sibling[] = [];
  env.roots.items.forEach((record, id) => {
    if (id === excludeId || !(record instanceof Y.Map)) return;
    const placement = placementOf(record as Y.Map<unknown>);
    const shownAt = placement.day !== null && dates.has(placement.day) ? placement.day : null;
    if (shownAt === wanted) siblings.push({ id, order: placement.order });
  });
  return siblings.sort(compareByOrder);
}

export function requireLocation(env: CommandEnv, location: ItemLocation): void {
  if (location === 'ideas') return;
  const { startDate, endDate } = env.details();
  if (location < startDate || location > endDate) {
    throw new CommandError(
      'date_outside_trip',
      `${location} is outside the trip (${startDate} to ${endDate})`,
      ['to'],
    );
  }
}

/** Checks the target and computes the placement for an item inserted at `index`. */
export function placementFor(
  env: CommandEnv,
  location: ItemLocation,
  index: number | undefined,
  excludeId?: string,
): Placement {
  requireLocation(env, location);
  const siblings = siblingsAt(env, location, excludeId);
  const at = requireIndex(index, siblings.length, ['index']);
  return {
    day: location === 'ideas' ? null : location,
    order: orderKeyAt(
      siblings.map((sibling) => sibling.order),
      at,
    ),
  };
}

/**
 * After the trip's dates change, items on days that no longer exist move to the end of the
 * ideas, in their previous order, so nothing is lost.
 */
export function moveOrphansToIdeas(env: CommandEnv, dates: ReadonlySet<string>): void {
  const orphans: { id: string; record: Y.Map<unknown>; placement: Placement }[] = [];
  const ideaKeys: string[] = [];
  env.roots.items.forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const map = record as Y.Map<unknown>;
    const placement = placementOf(map);
    if (placement.day === null) ideaKeys.push(placement.order);
    else if (!dates.has(placement.day)) orphans.push({ id, record: map, placement });
  });
  orphans.sort((a, b) =>
    a.placement.day !== b.placement.day
      ? (a.placement.day ?? '') < (b.placement.day ?? '')
        ? -1
        : 1
      : compareByOrder({ ...a.placement, id: a.id }, { ...b.placement, id: b.id }),
  );
  let last = orderKeyAfter(ideaKeys);
  for (const orphan of orphans) {
    orphan.record.set('placement', { day: null, order: last });
    last = orderKeyAfter([last]);
  }
}
