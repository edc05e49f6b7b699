import type * as Y from 'yjs';
import type { TripSnapshot } from '../schema/snapshot';
import { tripRoots } from './layout';
import { readTripSnapshot, type RecordCache } from './read';

export interface SnapshotReader {
  /** The trip's projection now; records unchanged since the last read are not read again. */
  read(): TripSnapshot;
  /** Stops watching the document. */
  destroy(): void;
}

/**
 * Reads a trip's projection again and again as the document changes, in time proportional to
 * what changed rather than to the whole trip: each record's reading is kept until an update
 * touches that record (found from the root collection's deep events). Returns the same objects
 * for unchanged records, so consumers can compare by reference.
 */
export function createSnapshotReader(doc: Y.Doc): SnapshotReader {
  const roots = tripRoots(doc);
  const collections = [
    roots.items,
    roots.expenses,
    roots.checklists,
    roots.threads,
    roots.polls,
    roots.proposals,
  ];
  const cached = new Map<Y.Map<unknown>, Map<string, unknown>>(
    collections.map((root) => [root, new Map<string, unknown>()]),
  );
  const watchers = collections.map((root) => {
    const entries = cached.get(root);
    const watch = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        if (event.target === root) {
          for (const key of (event as Y.YMapEvent<unknown>).keysChanged as Set<string>) {
            entries?.delete(key);
          }
        } else {
          const key = event.path[0];
          if (typeof key === 'string') entries?.delete(key);
        }
      }
    };
    root.observeDeep(watch);
    return () => root.unobserveDeep(watch);
  });
  const cache: RecordCache = {
    read<T>(root: Y.Map<unknown>, id: string, compute: () => T): T {
      const entries = cached.get(root);
      if (!entries) return compute();
      if (entries.has(id)) return entries.get(id) as T;
      const value = compute();
      entries.set(id, value);
      return value;
    },
  };
  return {
    // Inside a transaction the deep events have not fired yet, so the cache may be stale.
    read: () => readTripSnapshot(doc, doc._transaction === null ? cache : undefined),
    destroy: () => {
      watchers.forEach((stop) => stop());
      cached.clear();
    },
  };
}
