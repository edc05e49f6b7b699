import type { BusEvent, EventBus } from './events.js';
import { Listeners } from './listeners.js';

/** The embedded default: one process, so delivery is a function call. */
export function createMemoryBus(onError: (error: unknown, event: BusEvent) => void): EventBus {
  const listeners = new Listeners(onError);
  return {
    publish: (event) => listeners.deliver(event),
    subscribe: (listener) => listeners.add(listener),
    close: () => {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
