import type { BusEvent, BusListener } from './events.js';

/** The local fan-out shared by both bus kinds; a failing listener never stops the others. */
export class Listeners {
  private readonly listeners = new Set<BusListener>();

  constructor(private readonly onError: (error: unknown, event: BusEvent) => void) {}

  add(listener: BusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async deliver(event: BusEvent): Promise<void> {
    await Promise.all(
      [...this.listeners].map(async (listener) => {
        try {
          await listener(event);
        } catch (error) {
          this.onError(error, event);
        }
      }),
    );
  }

  clear(): void {
    this.listeners.clear();
  }
}
