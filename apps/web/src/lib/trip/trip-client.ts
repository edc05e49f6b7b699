import type { CommandInput, TripSnapshot } from '@caravan/core';
import type {
  AccessProblem,
  FromWorker,
  PresenceUser,
  PresentUser,
  SyncState,
  ToWorker,
} from './protocol';
import { restoreShared, SharingMismatch } from './sharing';

/**
 * A trip worker started as soon as this module loads, before React hydrates the page: its code
 * downloads and starts while the page is still starting, and the first trip opened takes it.
 */
let spare: Worker | null = typeof window === 'undefined' ? null : startWorker();

function startWorker(): Worker {
  return new Worker(new URL('./trip-worker.ts', import.meta.url));
}

function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = null;
  return worker;
}

export interface TripClientEvents {
  /** `local` when the change is this member's own (render it at once). */
  onSnapshot: (snapshot: TripSnapshot, local: boolean) => void;
  onState: (state: SyncState) => void;
  onReadOnly: (readOnly: boolean) => void;
  onProblem: (problem: AccessProblem) => void;
  onStacks: (stacks: { undo: number; redo: number }) => void;
  onOthers: (others: PresentUser[]) => void;
  /** Some of this member's edits are neither stored on this device nor confirmed by the server. */
  onUnsaved: (unsaved: boolean) => void;
}

/**
 * The page's side of the trip worker (trip-worker.ts), which holds the trip's document: commands,
 * undo, presence and the network state go to it; snapshots, sync state and who else is here come
 * back. While a command is on its way to the worker, or an edit is neither stored on this device
 * nor confirmed by the server, leaving the page asks first.
 */
export class TripClient {
  private readonly worker: Worker;
  private snapshot: TripSnapshot | null = null;
  private seq = 0;
  private readonly pending = new Map<number, (error: string | null) => void>();
  private unsaved = false;
  private guarding = false;

  constructor(
    tripId: string,
    private readonly events: TripClientEvents,
  ) {
    this.worker = takeWorker();
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.send({ type: 'open', tripId, online: navigator.onLine });
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
  }

  /** Applies a command as the signed-in member; resolves with the reason it failed, or null. */
  run(command: CommandInput): Promise<string | null> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.send({ type: 'run', seq, command });
      this.guard();
    });
  }

  setActor(actorId: string): void {
    this.send({ type: 'actor', actorId });
  }

  undo(): void {
    this.send({ type: 'undo' });
  }

  redo(): void {
    this.send({ type: 'redo' });
  }

  setPresence(user: PresenceUser): void {
    this.send({ type: 'presence', user });
  }

  destroy(): void {
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    window.removeEventListener('beforeunload', this.onLeave);
    this.worker.terminate();
    for (const resolve of this.pending.values()) resolve('The trip was closed');
    this.pending.clear();
  }

  /**
   * Listens for the page closing only while something would be lost: a page with a `beforeunload`
   * listener is kept out of some browsers' back/forward cache.
   */
  private guard(): void {
    const needed = this.unsaved || this.pending.size > 0;
    if (needed === this.guarding) return;
    this.guarding = needed;
    if (needed) window.addEventListener('beforeunload', this.onLeave);
    else window.removeEventListener('beforeunload', this.onLeave);
  }

  /** The browser's own "Leave site? Changes may not be saved" question. */
  private onLeave = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Browsers that predate preventDefault() here ask when returnValue is set.
    event.returnValue = '';
  };

  private onNetwork = (): void => {
    this.send({ type: 'online', online: navigator.onLine });
  };

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'snapshot':
        this.receiveSnapshot(message.snapshot, message.whole, message.local);
        break;
      case 'ran':
        this.pending.get(message.seq)?.(message.error);
        this.pending.delete(message.seq);
        this.guard();
        break;
      case 'unsaved':
        this.unsaved = message.unsaved;
        this.guard();
        this.events.onUnsaved(message.unsaved);
        break;
      case 'state':
        this.events.onState(message.state);
        break;
      case 'readOnly':
        this.events.onReadOnly(message.readOnly);
        break;
      case 'problem':
        this.events.onProblem(message.problem);
        break;
      case 'stacks':
        this.events.onStacks({ undo: message.undo, redo: message.redo });
        break;
      case 'others':
        this.events.onOthers(message.others);
        break;
    }
  }

  private receiveSnapshot(incoming: unknown, whole: boolean, local: boolean): void {
    try {
      this.snapshot = whole
        ? (incoming as TripSnapshot)
        : restoreShared<TripSnapshot>(this.snapshot, incoming);
    } catch (error) {
      if (!(error instanceof SharingMismatch)) throw error;
      this.send({ type: 'resync' });
      return;
    }
    this.events.onSnapshot(this.snapshot, local);
  }
}
