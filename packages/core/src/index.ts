// Schemas and types of the trip's JSON projection.
export * from './schema/primitives';
export * from './schema/dates';
export * from './schema/details';
export * from './schema/item';
export * from './schema/expense';
export * from './schema/collab';
export * from './schema/proposal';
export * from './schema/snapshot';

// The Y.Doc and its projection.
export { TRIP_DOC_VERSION, tripRoots, type TripRoots, type Placement } from './doc/layout';
export { createTripDoc, initTripDoc, isTripDocInitialized, INIT_ORIGIN } from './doc/init';
export { readTripSnapshot } from './doc/read';
export { createSnapshotReader, type SnapshotReader } from './doc/snapshot-reader';
export {
  CommandOrigin,
  createActorUndoManager,
  transactionActor,
  transactionCommandType,
} from './doc/origin';

// Commands.
export * from './commands/schema';
export { applyCommand } from './commands/apply';
export { parseCommand, type ParseCommandResult } from './commands/parse';
export {
  CommandError,
  formatPath,
  issuesFromZod,
  type CommandErrorCode,
  type CommandIssue,
  type IssuePath,
} from './commands/errors';
export type { CommandContext, CommandResult, MemberRole } from './commands/context';

// Budget.
export * from './budget/split';
export * from './budget/balances';
export * from './budget/settle';
export { tripToIcs, type CalendarOptions } from './calendar/ics';
export { zonedTimeToUtc } from './calendar/zoned-time';
