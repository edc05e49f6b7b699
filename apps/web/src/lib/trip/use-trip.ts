'use client';
import type { CommandInput, SnapshotReader, TripSnapshot } from '@caravan/core';
import { applyCommand, createActorUndoManager, createSnapshotReader } from '@caravan/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { AccessProblem, SyncState } from './connection';
import { TripConnection } from './connection';

export interface TripHandle {
  connection: TripConnection | null;
  snapshot: TripSnapshot | null;
  sync: SyncState;
  readOnly: boolean;
  problem: AccessProblem | null;
  /** Applies a core command to the local document as the signed-in member. */
  run: (command: CommandInput) => string | null;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** The live trip: its document, its snapshot for rendering, and the member's own undo history. */
export function useTrip(tripId: string, actorId: string | null): TripHandle {
  const [connection, setConnection] = useState<TripConnection | null>(null);
  const [snapshot, setSnapshot] = useState<TripSnapshot | null>(null);
  const [sync, setSync] = useState<SyncState>('connecting');
  const [readOnly, setReadOnly] = useState(false);
  const [problem, setProblem] = useState<AccessProblem | null>(null);
  const [undoManager, setUndoManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });

  useEffect(() => {
    const conn = new TripConnection(tripId, {
      onState: setSync,
      onReadOnly: setReadOnly,
      onAccessProblem: setProblem,
      onLocalReady: () => refresh(),
    });
    // Re-reads only the records an update touched; unchanged items keep their identity.
    const reader = createSnapshotReader(conn.doc);
    let frame = 0;
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setSnapshot(safeSnapshot(reader));
      });
    };
    conn.doc.on('update', refresh);
    setConnection(conn);
    return () => {
      cancelAnimationFrame(frame);
      conn.doc.off('update', refresh);
      reader.destroy();
      conn.destroy();
    };
  }, [tripId]);

  useEffect(() => {
    if (!connection || !actorId) return;
    const manager = createActorUndoManager(connection.doc, actorId);
    const onStack = () =>
      setStacks({ undo: manager.undoStack.length, redo: manager.redoStack.length });
    manager.on('stack-item-added', onStack);
    manager.on('stack-item-popped', onStack);
    manager.on('stack-cleared', onStack);
    setUndoManager(manager);
    return () => manager.destroy();
  }, [connection, actorId]);

  const run = useCallback(
    (command: CommandInput): string | null => {
      if (!connection || !actorId || readOnly) return 'You cannot edit this trip';
      try {
        applyCommand(connection.doc, command, { actorId });
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : 'That change could not be made';
      }
    },
    [connection, actorId, readOnly],
  );

  return useMemo(
    () => ({
      connection,
      snapshot,
      sync,
      readOnly,
      problem,
      run,
      undo: () => undoManager?.undo(),
      redo: () => undoManager?.redo(),
      canUndo: stacks.undo > 0 && !readOnly,
      canRedo: stacks.redo > 0 && !readOnly,
    }),
    [connection, snapshot, sync, readOnly, problem, run, undoManager, stacks],
  );
}

/** An empty document (not yet loaded) has no valid snapshot; render a loading state instead. */
function safeSnapshot(reader: SnapshotReader): TripSnapshot | null {
  try {
    return reader.read();
  } catch {
    return null;
  }
}
