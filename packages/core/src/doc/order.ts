import { generateKeyBetween } from 'fractional-indexing';

/** Fractional order keys (base 62) place items without rewriting their neighbours. */
export function isValidOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** Sorts by order key, then id, so concurrent inserts at one spot still order the same everywhere. */
export function compareByOrder(
  a: { order: string; id: string },
  b: { order: string; id: string },
): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A key that sorts at `index` among `sortedKeys` (the siblings in display order). Keys that
 * another replica wrote in a malformed way are skipped rather than trusted.
 */
export function orderKeyAt(sortedKeys: readonly string[], index: number): string {
  const at = Math.max(0, Math.min(index, sortedKeys.length));
  const before = sortedKeys.slice(0, at).filter(isValidOrderKey);
  const after = sortedKeys.slice(at).filter(isValidOrderKey);
  const prev = before.length > 0 ? (before[before.length - 1] ?? null) : null;
  // Equal keys (two replicas inserted at the same spot) leave no room between them: go past.
  const next = after.find((key) => prev === null || key > prev) ?? null;
  return generateKeyBetween(prev, next);
}

/** A key after every given key. */
export function orderKeyAfter(keys: Iterable<string>): string {
  let max: string | null = null;
  for (const key of keys) {
    if (isValidOrderKey(key) && (max === null || key > max)) max = key;
  }
  return generateKeyBetween(max, null);
}
