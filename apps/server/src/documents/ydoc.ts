import * as Y from 'yjs';

/**
 * Applies stored updates one by one into `doc`. An update that cannot be decoded is skipped
 * (and reported) rather than making the whole trip unreadable; every other update still applies.
 */
export function applyStoredUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  onBadUpdate: (index: number, error: unknown) => void,
  origin: unknown = 'storage',
): void {
  updates.forEach((update, index) => {
    try {
      Y.applyUpdate(doc, update, origin);
    } catch (error) {
      onBadUpdate(index, error);
    }
  });
}

/** Builds a fresh document from stored updates. */
export function docFromUpdates(
  updates: readonly Uint8Array[],
  onBadUpdate: (index: number, error: unknown) => void,
): Y.Doc {
  const doc = new Y.Doc();
  applyStoredUpdates(doc, updates, onBadUpdate);
  return doc;
}

/**
 * A number that grows with everything a document contains: the sum of its state vector clocks
 * (insertions) plus the length of its delete set (deletions). A document that has seen every
 * update another has seen never gets a smaller number, so projections written by instances
 * that lag behind cannot overwrite newer ones.
 */
export function docVersion(doc: Y.Doc): number {
  let total = 0;
  for (const clock of Y.decodeStateVector(Y.encodeStateVector(doc)).values()) total += clock;
  for (const items of Y.snapshot(doc).ds.clients.values()) {
    for (const item of items) total += item.len;
  }
  return total;
}

/** True when bytes decode as a Yjs v1 update (structure only; content is the CRDT's business). */
export function isDecodableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
