import type * as Y from 'yjs';
import { isTripDocInitialized } from '../doc/init';
import { CommandOrigin } from '../doc/origin';
import { contentHandlers } from './content';
import {
  createEnv,
  type CommandContext,
  type CommandEnv,
  type Plan,
  type CommandResult,
  type Handler,
  type HandlerTable,
} from './context';
import { CommandError, errorFromZod } from './errors';
import { addProposal, applyProposal, dismissProposal, voteProposal } from './handlers/proposals';
import { commandSchema, type CommandOf, type CommandType } from './schema';

const handlers: HandlerTable = {
  ...contentHandlers,
  addProposal,
  voteProposal,
  applyProposal,
  dismissProposal,
};

function dispatch<K extends CommandType>(env: CommandEnv, type: K, command: CommandOf<K>): Plan {
  const handler: Handler<K> = handlers[type];
  return handler(env, command);
}

/**
 * Validates a command against its schema and the current document, then applies it as one
 * transaction whose origin names the actor. Throws `CommandError` and changes nothing when the
 * command is refused.
 */
export function applyCommand(doc: Y.Doc, input: unknown, ctx: CommandContext): CommandResult {
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) throw errorFromZod('invalid_command', parsed.error);
  const command = parsed.data;
  if (ctx.actorId.length === 0) {
    throw new CommandError('forbidden', 'a command needs an actor', ['actorId']);
  }
  if (ctx.role === 'viewer') {
    throw new CommandError('forbidden', 'viewers cannot change the trip', []);
  }
  if (!isTripDocInitialized(doc)) {
    throw new CommandError('trip_not_initialized', 'the trip document has no details yet', []);
  }
  const env = createEnv(doc, ctx);
  const plan = dispatch(env, command.type, command);
  let result: CommandResult = { type: command.type };
  doc.transact(
    () => {
      result = plan();
    },
    new CommandOrigin(ctx.actorId, command.type),
  );
  return result;
}
