'use client';
import type { CommandInput, TripSnapshot } from '@caravan/core';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { AccessProblem, PresentUser, SyncState } from './protocol';
import { TripClient } from './trip-client';

/** Applies a core command as the signed-in member; resolves with why it failed, or null. */
export type RunCommand = (command: CommandInput) => Promise<string | null>;

export interface TripHandle {
  client: TripClient | null;
  snapshot: TripSnapshot | null;
  sync: SyncState;
  /** Some of this member's edits are neither stored on this device nor confirmed by the server. */
  unsaved: boolean;
  readOnly: boolean;
  problem: AccessProblem | null;
  /** Everyone else in the trip now, with the day each is looking at. */
  others: PresentUser[];
  /** Applies a core command as the signed-in member; resolves with why it failed, or null. */
  run: RunCommand;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

const NOBODY: PresentUser[] = [];

/** The live trip: its snapshot for rendering, who else is here, and the member's own undo. */
export function useTrip(tripId: string, actorId: string | null): TripHandle {
  const [client, setClient] = useState<TripClient | null>(null);
  const [snapshot, setSnapshot] = useState<TripSnapshot | null>(null);
  const [sync, setSync] = useState<SyncState>('connecting');
  const [unsaved, setUnsaved] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [problem, setProblem] = useState<AccessProblem | null>(null);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });
  const [others, setOthers] = useState<PresentUser[]>(NOBODY);

  useEffect(() => {
    const started = new TripClient(tripId, {
      // The member's own change shows at once. The trip as it loads and others' edits render as
      // a transition, in slices that give way to typing and scrolling.
      onSnapshot: (next, local) => {
        if (local) setSnapshot(next);
        else startTransition(() => setSnapshot(next));
      },
      onState: setSync,
      onUnsaved: setUnsaved,
      onReadOnly: setReadOnly,
      onProblem: setProblem,
      onStacks: setStacks,
      onOthers: setOthers,
    });
    setClient(started);
    return () => started.destroy();
  }, [tripId]);

  useEffect(() => {
    if (client && actorId) client.setActor(actorId);
  }, [client, actorId]);

  // The worker refuses a command while the member is unknown or may only view, so `run` depends
  // on the client alone: rows and forms never re-render because the member or the role became
  // known, and the trip renders only once the client has sent it.
  const run = useCallback(
    async (command: CommandInput): Promise<string | null> =>
      client ? client.run(command) : 'You cannot edit this trip',
    [client],
  );

  return useMemo(
    () => ({
      client,
      snapshot,
      sync,
      unsaved,
      readOnly,
      problem,
      others,
      run,
      undo: () => client?.undo(),
      redo: () => client?.redo(),
      canUndo: stacks.undo > 0 && !readOnly,
      canRedo: stacks.redo > 0 && !readOnly,
    }),
    [client, snapshot, sync, unsaved, readOnly, problem, others, run, stacks],
  );
}
