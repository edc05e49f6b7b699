import * as Y from 'yjs';
import type { CommandType } from '../commands/schema';
import { tripRoots } from './layout';

/**
 * The origin of every transaction made by `applyCommand`: who did it and with which command.
 * Activity feeds read it in `doc.on('afterTransaction')`; undo managers filter on it.
 */
export class CommandOrigin {
  constructor(
    readonly actorId: string,
    readonly commandType: CommandType,
  ) {}
}

/** The member behind a transaction origin, when it came from a command. */
export function transactionActor(origin: unknown): string | undefined {
  return origin instanceof CommandOrigin ? origin.actorId : undefined;
}

export function transactionCommandType(origin: unknown): CommandType | undefined {
  return origin instanceof CommandOrigin ? origin.commandType : undefined;
}

/** Undo/redo of one member's own commands only, never a collaborator's concurrent edits. */
export function createActorUndoManager(
  doc: Y.Doc,
  actorId: string,
  options: { captureTimeout?: number } = {},
): Y.UndoManager {
  const roots = tripRoots(doc);
  return new Y.UndoManager(Object.values(roots), {
    trackedOrigins: new Set([CommandOrigin]),
    captureTimeout: options.captureTimeout ?? 500,
    captureTransaction: (transaction) => transactionActor(transaction.origin) === actorId,
  });
}
