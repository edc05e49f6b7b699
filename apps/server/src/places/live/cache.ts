import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { systemClock, type Clock } from './clock.js';

/** How long each kind of live answer stays fresh. */
export const CACHE_TTL_MS = {
  weather: 15 * 60_000,
  climate: 24 * 60 * 60_000,
  fx: 60 * 60_000,
  search: 60 * 60_000,
  geocode: 24 * 60 * 60_000,
  route: 60 * 60_000,
} as const;

/** A JSON cache with per-entry lifetimes. */
export interface LiveCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/** In-process cache (the default): bounded by entry count, lifetimes read from `clock`. */
export function createMemoryCache(options: { max?: number; clock?: Clock } = {}): LiveCache {
  const clock = options.clock ?? systemClock;
  const lru = new LRUCache<string, Entry>({ max: options.max ?? 5000 });
  return {
    get<T>(key: string) {
      const entry = lru.get(key);
      if (!entry) return Promise.resolve(undefined);
      if (entry.expiresAt <= clock()) {
        lru.delete(key);
        return Promise.resolve(undefined);
      }
      return Promise.resolve(entry.value as T);
    },
    set(key, value, ttlMs) {
      lru.set(key, { value, expiresAt: clock() + ttlMs });
      return Promise.resolve();
    },
  };
}

/**
 * Redis cache, shared by every server instance; Redis expires entries itself. A Redis that is
 * down makes the cache miss rather than failing the request.
 */
export function createRedisCache(redis: Redis, prefix = 'caravan:live:'): LiveCache {
  return {
    async get<T>(key: string) {
      try {
        const raw = await redis.get(prefix + key);
        return raw === null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    async set(key, value, ttlMs) {
      try {
        await redis.set(prefix + key, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)));
      } catch {
        // A cache write that fails only costs a later miss.
      }
    },
  };
}
