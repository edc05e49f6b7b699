import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
  applyCommand,
  readTripSnapshot,
  type CommandInput,
  type TripSnapshot,
} from '@caravan/core';
import WebSocket from 'ws';
import type * as Y from 'yjs';

/** A `ws` WebSocket class that sends the given Cookie header, as a browser would. */
export function webSocketWithCookie(cookie: string | undefined) {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

export interface TestClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Close codes received, in order. */
  closes: number[];
  apply(actorId: string, command: CommandInput): void;
  snapshot(): TripSnapshot;
  destroy(): void;
}

export function connectClient(url: string, tripId: string, cookie: string | undefined): TestClient {
  const closes: number[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: webSocketWithCookie(cookie),
    // Tests assert on the first close; reconnect attempts would only add noise.
    delay: 60_000,
    minDelay: 60_000,
    maxAttempts: 1,
  });
  socket.on('close', ({ event }: { event: { code: number } }) => {
    closes.push(event.code);
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: tripId });
  provider.attach();
  return {
    provider,
    doc: provider.document,
    closes,
    apply: (actorId, command) => void applyCommand(provider.document, command, { actorId }),
    snapshot: () => readTripSnapshot(provider.document),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `check` passes, polling; rejects after `timeoutMs`. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw lastError instanceof Error ? lastError : new Error('condition not met in time');
}

export function synced(client: TestClient): Promise<void> {
  return eventually(() => {
    if (!client.provider.isSynced) throw new Error('not synced yet');
  });
}
