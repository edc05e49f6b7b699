/**
 * Structural sharing across a worker boundary. The trip worker's snapshot reader keeps a record's
 * object until an update touches it; `postMessage` copies everything, which would give every item
 * a new identity on each change and re-render the whole itinerary. So the worker replaces each
 * subtree that is the same object as in the snapshot it sent before with a marker, and the page
 * puts its own copy of that subtree back. Unchanged items keep their identity on the page too,
 * and a change to one item copies only that item (and its containers) between threads.
 *
 * Records (array entries with a string `id`) are matched by id wherever they are, so an item
 * moved within or between lists is still recognised; everything else is matched by position and
 * key.
 */

const SAME = '__same';

/** Stands for "the subtree you already have": by id in an id-matched array, else at this path. */
interface Marker {
  [SAME]: string | null;
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarker(value: Json): value is Marker {
  return isObject(value) && SAME in value;
}

function idOf(value: Json): string | undefined {
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

/** Two records with one id: neither can be matched by id. */
const AMBIGUOUS = Symbol('ambiguous');

type Records = Map<string, Json>;

/** Every record (an array entry with a string `id`) anywhere in the tree, by id. */
function recordsOf(root: Json): Records {
  const records: Records = new Map();
  const walk = (value: Json): void => {
    if (Array.isArray(value)) {
      for (const entry of value) {
        const id = idOf(entry);
        if (id !== undefined) records.set(id, records.has(id) ? AMBIGUOUS : entry);
        walk(entry);
      }
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) walk(value[key]);
    }
  };
  walk(root);
  return records;
}

/** The record with this id in the earlier tree, wherever it was. */
function recordFor(records: Records, entry: Json): { id: string; record: Json } | null {
  const id = idOf(entry);
  if (id === undefined) return null;
  const record = records.get(id);
  return record === undefined || record === AMBIGUOUS ? null : { id, record };
}

/** The worker side: `next` with the subtrees it shares with `prev` replaced by markers. */
export function shareUnchanged(prev: Json, next: Json): Json {
  const records = recordsOf(prev);
  const share = (before: Json, after: Json, id: string | null): Json => {
    if (before === after && typeof after === 'object' && after !== null) return { [SAME]: id };
    if (Array.isArray(after)) {
      return after.map((entry, i) => {
        const match = recordFor(records, entry);
        if (match) return share(match.record, entry, match.id);
        return share(Array.isArray(before) ? before[i] : undefined, entry, null);
      });
    }
    if (isObject(after)) {
      const out: Record<string, Json> = {};
      for (const key of Object.keys(after)) {
        out[key] = share(isObject(before) ? before[key] : undefined, after[key], null);
      }
      return out;
    }
    return after;
  };
  return share(prev, next, null);
}

/** The page's copy and the worker's message disagree: the page needs the whole snapshot again. */
export class SharingMismatch extends Error {}

/** The page side: `incoming` with each marker replaced by the page's own copy from `prev`. */
export function restoreShared<T>(prev: Json, incoming: Json): T {
  const records = recordsOf(prev);
  const restore = (before: Json, value: Json, path: string): Json => {
    if (isMarker(value)) {
      const id = value[SAME];
      const kept = id === null ? before : records.get(id);
      if (kept === undefined || kept === AMBIGUOUS) {
        throw new SharingMismatch(`no copy of ${path} to reuse`);
      }
      return kept;
    }
    if (Array.isArray(value)) {
      return value.map((entry, i) => {
        const at = `${path}[${i}]`;
        if (isMarker(entry) && entry[SAME] !== null) return restore(undefined, entry, at);
        // The same choice the worker made: the record with this id, else the entry at this place.
        const match = recordFor(records, entry);
        return restore(
          match ? match.record : Array.isArray(before) ? before[i] : undefined,
          entry,
          at,
        );
      });
    }
    if (isObject(value)) {
      const out: Record<string, Json> = {};
      for (const key of Object.keys(value)) {
        out[key] = restore(
          isObject(before) ? before[key] : undefined,
          value[key],
          `${path}.${key}`,
        );
      }
      return out;
    }
    return value;
  };
  return restore(prev, incoming, '$') as T;
}
