import * as Y from 'yjs';

/** Bumped when the layout below changes incompatibly; stored in `meta.version`. */
export const TRIP_DOC_VERSION = 1;

/**
 * Root shared types of a trip Y.Doc. Every collection is a Y.Map keyed by entity id whose values
 * are Y.Maps of fields, so concurrent edits of different entities or fields merge, and an entity
 * can never be duplicated by a merge. See docs/core.md for the full layout.
 */
export interface TripRoots {
  meta: Y.Map<unknown>;
  details: Y.Map<unknown>;
  destinations: Y.Array<unknown>;
  items: Y.Map<unknown>;
  expenses: Y.Map<unknown>;
  checklists: Y.Map<unknown>;
  threads: Y.Map<unknown>;
  polls: Y.Map<unknown>;
  proposals: Y.Map<unknown>;
}

export function tripRoots(doc: Y.Doc): TripRoots {
  return {
    meta: doc.getMap('meta'),
    details: doc.getMap('details'),
    destinations: doc.getArray('destinations'),
    items: doc.getMap('items'),
    expenses: doc.getMap('expenses'),
    checklists: doc.getMap('checklists'),
    threads: doc.getMap('threads'),
    polls: doc.getMap('polls'),
    proposals: doc.getMap('proposals'),
  };
}

/** Where an item sits: a trip date (or `null` for ideas) and a fractional order key. */
export interface Placement {
  day: string | null;
  order: string;
}

/** A nested Y.Map, or undefined when the key is missing or holds something else. */
export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const value = parent.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

export function childArray(parent: Y.Map<unknown>, key: string): Y.Array<unknown> | undefined {
  const value = parent.get(key);
  return value instanceof Y.Array ? (value as Y.Array<unknown>) : undefined;
}

/** Patch semantics: `undefined` leaves a field alone, `null` deletes it, anything else sets it. */
export function writeFields(map: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null) {
      if (map.has(key)) map.delete(key);
    } else {
      map.set(key, value);
    }
  }
}

/** A new Y.Map holding the given fields (undefined ones skipped). */
export function recordOf(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) map.set(key, value);
  }
  return map;
}

export function isPlacement(value: unknown): value is Placement {
  if (typeof value !== 'object' || value === null) return false;
  const { day, order } = value as Record<string, unknown>;
  return (day === null || typeof day === 'string') && typeof order === 'string';
}

export function placementOf(record: Y.Map<unknown>): Placement {
  const value = record.get('placement');
  return isPlacement(value) ? value : { day: null, order: '' };
}
