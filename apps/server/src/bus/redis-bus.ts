import { Redis } from 'ioredis';
import { busEventSchema, type BusEvent, type EventBus } from './events.js';
import { Listeners } from './listeners.js';

export interface RedisBusOptions {
  redisUrl: string;
  channel: string;
  onError: (error: unknown, event?: BusEvent) => void;
}

/**
 * Redis pub/sub, so several instances behind a load balancer hear each other. Every instance,
 * the publisher included, receives events through Redis: one delivery path for all.
 */
export async function createRedisBus(options: RedisBusOptions): Promise<EventBus> {
  const publisher = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(options.redisUrl, { lazyConnect: true });
  const listeners = new Listeners(options.onError);
  publisher.on('error', (error) => options.onError(error));
  subscriber.on('error', (error) => options.onError(error));

  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== options.channel) return;
    const parsed = parseEvent(message);
    if (!parsed) {
      options.onError(new Error(`ignored a malformed bus message on ${channel}`));
      return;
    }
    void listeners.deliver(parsed);
  });

  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(options.channel);

  return {
    publish: async (event) => {
      await publisher.publish(options.channel, JSON.stringify(busEventSchema.parse(event)));
    },
    subscribe: (listener) => listeners.add(listener),
    close: async () => {
      listeners.clear();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}

function parseEvent(message: string): BusEvent | undefined {
  try {
    const result = busEventSchema.safeParse(JSON.parse(message));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
