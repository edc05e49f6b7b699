import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { AccessProblem, SyncState } from './protocol';

export interface TripConnectionEvents {
  onState: (state: SyncState) => void;
  onReadOnly: (readOnly: boolean) => void;
  onAccessProblem: (problem: AccessProblem) => void;
  onLocalReady: () => void;
}

/**
 * One trip's live document: IndexedDB first (so it opens offline at once), then the sync server.
 * Local edits land in IndexedDB immediately, so losing the connection never loses typed work.
 * It runs in the trip worker; the page tells it when the network comes and goes.
 */
export class TripConnection {
  readonly doc = new Y.Doc();
  readonly persistence: IndexeddbPersistence;
  readonly provider: HocuspocusProvider;
  private state: SyncState = 'connecting';

  constructor(
    readonly tripId: string,
    private online: boolean,
    private readonly events: TripConnectionEvents,
  ) {
    this.persistence = new IndexeddbPersistence(`caravan-trip-${tripId}`, this.doc);
    void this.persistence.whenSynced.then(() => events.onLocalReady());
    const { protocol, host } = globalThis.location;
    this.provider = new HocuspocusProvider({
      url: `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/collab`,
      name: tripId,
      document: this.doc,
      // The session cookie authenticates the WebSocket; the token only satisfies the handshake.
      token: 'session-cookie',
      onAuthenticated: ({ scope }) => events.onReadOnly(scope === 'readonly'),
      onAuthenticationFailed: () => events.onAccessProblem('signed-out'),
      onStatus: () => this.update(),
      onSynced: () => this.update(),
      onUnsyncedChanges: () => this.update(),
      onClose: ({ event }) => {
        const problem = closeProblem(event.code);
        if (problem) {
          this.provider.disconnect();
          events.onAccessProblem(problem);
        }
        this.update();
      },
    });
    if (!online) this.setOnline(false);
  }

  /** Offline, edits stay in the document and IndexedDB; they are sent when the network is back. */
  setOnline(online: boolean): void {
    this.online = online;
    if (online) void this.provider.configuration.websocketProvider.connect();
    else this.provider.configuration.websocketProvider.disconnect();
    this.update();
  }

  private update = (): void => {
    const next = this.computeState();
    if (next !== this.state) {
      this.state = next;
      this.events.onState(next);
    }
  };

  private computeState(): SyncState {
    if (!this.online) return 'offline';
    const status = (this.provider.configuration.websocketProvider as { status?: string }).status;
    if (status !== 'connected' || !this.provider.isSynced) {
      return status === 'disconnected' ? 'offline' : 'connecting';
    }
    return this.provider.unsyncedChanges > 0 ? 'syncing' : 'saved';
  }

  destroy(): void {
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }
}

function closeProblem(code: number): AccessProblem | undefined {
  switch (code) {
    case 4401:
      return 'signed-out';
    case 4403:
      return 'forbidden';
    case 4404:
      return 'not-found';
    default:
      return undefined;
  }
}
