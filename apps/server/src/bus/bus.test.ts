import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createBus, type BusEvent, type EventBus } from './index.js';

const redisUrl = process.env.TEST_REDIS_URL;
const kind = redisUrl ? 'Redis' : 'in-process';

function nextEvent(bus: EventBus): Promise<BusEvent> {
  return new Promise((resolve) => {
    const stop = bus.subscribe((event) => {
      stop();
      resolve(event);
    });
  });
}

describe(`the event bus (${kind})`, () => {
  const opened: EventBus[] = [];
  const channel = `caravan:test:${randomUUID()}`;
  const open = async () => {
    const bus = await createBus({ redisUrl, channel });
    opened.push(bus);
    return bus;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((bus) => bus.close()));
  });

  it('delivers a published event to subscribers of every instance', async () => {
    const first = await open();
    // Without Redis there is one process, so one bus stands for every instance.
    const second = redisUrl ? await open() : first;
    const arrivals = Promise.all([nextEvent(first), nextEvent(second)]);
    const event: BusEvent = { type: 'membership.changed', tripId: 't1', userId: 'u1', role: null };
    await first.publish(event);
    expect(await arrivals).toEqual([event, event]);
  });

  it('keeps delivering to others when one subscriber throws', async () => {
    const bus = await open();
    bus.subscribe(() => {
      throw new Error('listener failed');
    });
    const arrival = nextEvent(bus);
    await bus.publish({ type: 'trip.deleted', tripId: 't2' });
    expect(await arrival).toEqual({ type: 'trip.deleted', tripId: 't2' });
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = await open();
    const seen: BusEvent[] = [];
    const stop = bus.subscribe((event) => void seen.push(event));
    stop();
    const arrival = nextEvent(bus);
    await bus.publish({ type: 'session.revoked', sessionId: 's', userId: 'u' });
    await arrival;
    expect(seen).toEqual([]);
  });

  it('ignores malformed messages from the channel', async () => {
    const bus = await open();
    const arrival = nextEvent(bus);
    if (redisUrl) {
      const raw = new Redis(redisUrl);
      await raw.publish(channel, '{"type":"nonsense"}');
      await raw.publish(channel, 'not json');
      await raw.quit();
    }
    await bus.publish({ type: 'trip.deleted', tripId: 'after-garbage' });
    expect(await arrival).toEqual({ type: 'trip.deleted', tripId: 'after-garbage' });
  });
});
