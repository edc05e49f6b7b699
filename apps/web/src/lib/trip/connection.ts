import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { AccessProblem, SyncState } from './protocol';
import { writesSettled } from './stored';

export interface TripConnectionEvents {
  onState: (state: SyncState) => void;
  onReadOnly: (readOnly: boolean) => void;
  onAccessProblem: (problem: AccessProblem) => void;
  onLocalReady: () => void;
  /** Some of this member's edits are neither stored on this device nor confirmed by the server. */
  onUnsaved: (unsaved: boolean) => void;
}

/**
 * One trip's live document: IndexedDB first (so it opens offline at once), then the sync server.
 * Local edits are written to IndexedDB as they happen, so losing the connection never loses typed
 * work; for the few milliseconds before a write finishes (or for as long as IndexedDB cannot be
 * used) an edit the server has not confirmed is reported as unsaved, and the page asks before it
 * closes. It runs in the trip worker; the page tells it when the network comes and goes.
 */
export class TripConnection {
  readonly doc = new Y.Doc();
  readonly persistence: IndexeddbPersistence;
  readonly provider: HocuspocusProvider;
  private state: SyncState = 'connecting';
  private unsaved = false;
  /** This member's edits whose IndexedDB write has not finished yet. */
  private unstored = 0;

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
    // After the persistence's and the provider's own listeners, which start the write and the send.
    this.doc.on('update', this.trackEdit);
    if (!online) this.setOnline(false);
  }

  private trackEdit = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.persistence || origin === this.provider) return;
    this.unstored++;
    this.update();
    void writesSettled(this.persistence).then(() => {
      this.unstored--;
      this.update();
    });
  };

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
    // Safe once on this device's disk or confirmed by the server, whichever comes first.
    const unsaved = this.unstored > 0 && next !== 'saved';
    if (unsaved !== this.unsaved) {
      this.unsaved = unsaved;
      this.events.onUnsaved(unsaved);
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
