import type { LiveCache } from './cache.js';
import { failureReason, type Provenance } from './errors.js';

export interface Sourced<T> {
  data: T;
  provenance: Provenance;
}

/**
 * The one shape of every live lookup: a fresh cached answer, else the live source (cached for
 * `ttlMs`), else the offline answer marked degraded with the reason. Never throws for the source.
 */
export async function liveOrOffline<T>(options: {
  provider: string;
  cache: LiveCache;
  key: string;
  ttlMs: number;
  /** Absent when the source is not configured: the offline answer, not degraded. */
  live: (() => Promise<T>) | undefined;
  offline: () => T | Promise<T>;
}): Promise<Sourced<T>> {
  const { provider, cache, key, ttlMs } = options;
  if (!options.live) {
    return { data: await options.offline(), provenance: { source: 'offline', degraded: false } };
  }
  const cacheKey = `${provider}:${key}`;
  const hit = await cache.get<T>(cacheKey);
  if (hit !== undefined) {
    return { data: hit, provenance: { source: 'live', provider, degraded: false, cached: true } };
  }
  try {
    const data = await options.live();
    await cache.set(cacheKey, data, ttlMs);
    return { data, provenance: { source: 'live', provider, degraded: false, cached: false } };
  } catch (error) {
    return {
      data: await options.offline(),
      provenance: {
        source: 'offline',
        degraded: true,
        reason: failureReason(error),
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
