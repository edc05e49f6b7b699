import { z } from 'zod';
import { itineraryCommandSchemas } from './itinerary';
import { proposalCommandSchemas } from './proposals';
import { sharedCommandSchemas } from './shared';

export * from './itinerary';
export * from './proposals';
export * from './shared';

/** Every edit of a trip is one of these, applied as one Yjs transaction. */
export const commandSchema = z.discriminatedUnion('type', [
  ...itineraryCommandSchemas,
  ...sharedCommandSchemas,
  ...proposalCommandSchemas,
]);
export type Command = z.infer<typeof commandSchema>;
/** What callers may pass (defaults such as `attendees: []` may be omitted). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = commandSchema.options.map(
  (option) => option.shape.type.value,
);
