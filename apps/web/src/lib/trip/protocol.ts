import type { CommandInput } from '@caravan/core';

/** Why the sync server closed the connection (close codes agreed with the server). */
export type AccessProblem = 'signed-out' | 'forbidden' | 'not-found';

export type SyncState = 'offline' | 'connecting' | 'syncing' | 'saved';

/** What this member shares with the others in the trip: who they are and the day they look at. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  day: string | null;
}

export interface PresentUser {
  clientId: number;
  id: string;
  name: string;
  day: string | null;
}

/** Messages from the page to the trip worker. */
export type ToWorker =
  | { type: 'open'; tripId: string; online: boolean }
  | { type: 'actor'; actorId: string }
  | { type: 'run'; seq: number; command: CommandInput }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'presence'; user: PresenceUser }
  | { type: 'online'; online: boolean }
  /** The page could not rebuild a snapshot from the last message: send it whole. */
  | { type: 'resync' };

/** Messages from the trip worker to the page. */
export type FromWorker =
  /**
   * The trip as it is now, with unchanged parts as markers (see sharing.ts) unless `whole`;
   * `local` when it shows this member's own command, undo or redo.
   */
  | { type: 'snapshot'; snapshot: unknown; whole: boolean; local: boolean }
  | { type: 'ran'; seq: number; error: string | null }
  | { type: 'state'; state: SyncState }
  /** Some of this member's edits are neither stored on this device nor confirmed by the server. */
  | { type: 'unsaved'; unsaved: boolean }
  | { type: 'readOnly'; readOnly: boolean }
  | { type: 'problem'; problem: AccessProblem }
  | { type: 'stacks'; undo: number; redo: number }
  | { type: 'others'; others: PresentUser[] };
