/// <reference lib="webworker" />
import type { SnapshotReader, TripSnapshot } from '@caravan/core';
import { applyCommand, createActorUndoManager, createSnapshotReader } from '@caravan/core';
import type * as Y from 'yjs';
import { TripConnection } from './connection';
import type { FromWorker, PresentUser, ToWorker } from './protocol';
import { shareUnchanged } from './sharing';

/**
 * The trip's document lives here, off the page's main thread: receiving and applying the whole
 * trip, saving it to IndexedDB, reading and validating its snapshot and applying commands all
 * happen in this worker, so opening a long trip or a burst of remote edits never blocks typing,
 * scrolling or dragging. The page renders the snapshots this worker sends (see trip-client.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

/** At most one snapshot per frame while remote edits stream in. */
const FRAME_MS = 16;

let connection: TripConnection | null = null;
let reader: SnapshotReader | null = null;
let actorId: string | null = null;
let readOnly = false;
let undoManager: Y.UndoManager | null = null;
/** The last snapshot sent, which the page holds: unchanged parts of the next one refer to it. */
let sent: TripSnapshot | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastSentAt = 0;

function read(): TripSnapshot | null {
  try {
    return reader?.read() ?? null;
  } catch {
    // An empty document (not loaded yet) has no valid snapshot; the page shows it loading.
    return null;
  }
}

function flush(local = false): void {
  clearTimeout(timer);
  timer = undefined;
  const next = read();
  if (next === sent || !next) return;
  lastSentAt = performance.now();
  const whole = sent === null;
  post({ type: 'snapshot', snapshot: whole ? next : shareUnchanged(sent, next), whole, local });
  sent = next;
}

function schedule(): void {
  if (timer !== undefined) return;
  timer = setTimeout(flush, Math.max(0, lastSentAt + FRAME_MS - performance.now()));
}

function open(tripId: string, online: boolean): void {
  const conn = new TripConnection(tripId, online, {
    onState: (state) => post({ type: 'state', state }),
    onReadOnly: (value) => {
      readOnly = value;
      post({ type: 'readOnly', readOnly: value });
    },
    onAccessProblem: (problem) => post({ type: 'problem', problem }),
    onLocalReady: schedule,
    onUnsaved: (unsaved) => post({ type: 'unsaved', unsaved }),
  });
  connection = conn;
  // Re-reads only the records an update touched; unchanged items keep their identity.
  reader = createSnapshotReader(conn.doc);
  conn.doc.on('update', schedule);
  const awareness = conn.provider.awareness;
  awareness?.on('change', () => {
    const others: PresentUser[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const user = (state as { user?: { id?: string; name?: string; day?: string | null } }).user;
      if (user?.id && user.name) {
        others.push({ clientId, id: user.id, name: user.name, day: user.day ?? null });
      }
    });
    post({ type: 'others', others });
  });
  startUndo();
}

/** Undo and redo cover this member's own commands only; it starts once both trip and member are known. */
function startUndo(): void {
  if (!connection || !actorId || undoManager) return;
  const manager = createActorUndoManager(connection.doc, actorId);
  const onStack = () =>
    post({ type: 'stacks', undo: manager.undoStack.length, redo: manager.redoStack.length });
  manager.on('stack-item-added', onStack);
  manager.on('stack-item-popped', onStack);
  manager.on('stack-cleared', onStack);
  undoManager = manager;
}

function run(command: unknown): string | null {
  if (!connection || !actorId || readOnly) return 'You cannot edit this trip';
  try {
    applyCommand(connection.doc, command, { actorId });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : 'That change could not be made';
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'open':
      if (!connection) open(message.tripId, message.online);
      break;
    case 'actor':
      actorId = message.actorId;
      startUndo();
      break;
    case 'run': {
      const error = run(message.command);
      // The change is on screen before the form that made it hears it worked.
      flush(true);
      post({ type: 'ran', seq: message.seq, error });
      break;
    }
    case 'undo':
      undoManager?.undo();
      flush(true);
      break;
    case 'redo':
      undoManager?.redo();
      flush(true);
      break;
    case 'presence':
      connection?.provider.setAwarenessField('user', message.user);
      break;
    case 'online':
      connection?.setOnline(message.online);
      break;
    case 'resync':
      sent = null;
      flush();
      break;
  }
};
