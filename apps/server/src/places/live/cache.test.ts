import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_TTL_MS, createMemoryCache, createRedisCache } from './cache.js';

describe('live answer caches', () => {
  it('keeps each entry for its own lifetime on an injected clock', async () => {
    let now = 0;
    const cache = createMemoryCache({ clock: () => now });
    await cache.set('weather', { t: 20 }, CACHE_TTL_MS.weather);
    await cache.set('fx', { r: 1.1 }, CACHE_TTL_MS.fx);
    now = CACHE_TTL_MS.weather - 1;
    expect(await cache.get('weather')).toEqual({ t: 20 });
    now = CACHE_TTL_MS.weather;
    expect(await cache.get('weather')).toBeUndefined();
    expect(await cache.get('fx')).toEqual({ r: 1.1 });
    now = CACHE_TTL_MS.fx;
    expect(await cache.get('fx')).toBeUndefined();
  });

  it('forgets the least recently used entries beyond its size', async () => {
    const cache = createMemoryCache({ max: 2 });
    await cache.set('a', 1, 60_000);
    await cache.set('b', 2, 60_000);
    await cache.get('a');
    await cache.set('c', 3, 60_000);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  afterAll(async () => {
    await redis?.quit();
  });

  it('shares entries through Redis with their lifetime when Redis is configured', async () => {
    // Without TEST_REDIS_URL a Redis that is down stands in: the cache must miss, not fail.
    const client =
      redis ??
      new Redis('redis://127.0.0.1:1', {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
    client.on('error', () => {});
    const prefix = `caravan:test:${randomUUID()}:`;
    const cache = createRedisCache(client, prefix);
    await cache.set('fx:EUR', { rates: { USD: 1.08 } }, CACHE_TTL_MS.fx);
    if (redis) {
      expect(await cache.get('fx:EUR')).toEqual({ rates: { USD: 1.08 } });
      const ttl = await redis.pttl(`${prefix}fx:EUR`);
      expect(ttl).toBeGreaterThan(CACHE_TTL_MS.fx - 60_000);
      expect(ttl).toBeLessThanOrEqual(CACHE_TTL_MS.fx);
      await redis.del(`${prefix}fx:EUR`);
    } else {
      expect(await cache.get('fx:EUR')).toBeUndefined();
      client.disconnect();
    }
  });
});
