import type * as Y from 'yjs';
import { readDetails } from '../doc/read-details';
import { tripRoots, type TripRoots } from '../doc/layout';
import { dateRange } from '../schema/dates';
import type { TripDetails } from '../schema/details';
import type { CommandOf, CommandType } from './schema';

export type MemberRole = 'owner' | 'editor' | 'viewer';

/** Who applies a command, and when. */
export interface CommandContext {
  actorId: string;
  now?: Date;
  role?: MemberRole;
  /** Id generator for new entities; `crypto.randomUUID` by default. */
  newId?: () => string;
}

export interface CommandResult {
  type: CommandType;
  /** The id of the entity created or changed, when there is one. */
  id?: string;
}

/** What a handler sees: the document's roots plus the context, resolved. */
export interface CommandEnv {
  doc: Y.Doc;
  roots: TripRoots;
  actorId: string;
  role: MemberRole;
  /** ISO timestamp of the command. */
  now: string;
  newId: () => string;
  details: () => TripDetails;
  tripDates: () => string[];
}

/**
 * A handler checks everything first and returns the mutation to run; nothing is written until
 * every check passed, so a refused command leaves the document untouched.
 */
export type Plan = () => CommandResult;
export type Handler<T extends CommandType> = (env: CommandEnv, command: CommandOf<T>) => Plan;
export type HandlerTable = { [K in CommandType]: Handler<K> };

function defaultNewId(): string {
  return globalThis.crypto.randomUUID();
}

export function createEnv(doc: Y.Doc, ctx: CommandContext): CommandEnv {
  const roots = tripRoots(doc);
  return {
    doc,
    roots,
    actorId: ctx.actorId,
    role: ctx.role ?? 'editor',
    now: (ctx.now ?? new Date()).toISOString(),
    newId: ctx.newId ?? defaultNewId,
    details: () => readDetails(roots),
    tripDates: () => {
      const details = readDetails(roots);
      return dateRange(details.startDate, details.endDate);
    },
  };
}
