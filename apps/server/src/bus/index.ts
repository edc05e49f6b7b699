import type { BusEvent, EventBus } from './events.js';
import { createMemoryBus } from './memory-bus.js';
import { createRedisBus } from './redis-bus.js';

export type { BusEvent, BusEventType, BusListener, EventBus } from './events.js';
export { busEventSchema } from './events.js';

export interface BusOptions {
  redisUrl?: string | undefined;
  /** Redis channel; tests use their own so parallel files do not hear each other. */
  channel?: string;
  onError?: (error: unknown, event?: BusEvent) => void;
}

/** In-process by default; Redis pub/sub when a Redis URL is configured. */
export async function createBus(options: BusOptions = {}): Promise<EventBus> {
  const onError = options.onError ?? (() => {});
  if (!options.redisUrl) return createMemoryBus(onError);
  return createRedisBus({
    redisUrl: options.redisUrl,
    channel: options.channel ?? 'caravan:events',
    onError,
  });
}
