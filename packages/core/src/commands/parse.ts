import { commandSchema, type Command } from './schema';
import { issuesFromZod, type CommandIssue } from './errors';

export type ParseCommandResult =
  { success: true; command: Command } | { success: false; issues: CommandIssue[] };

/** Schema check only (no document): for rendering 400 responses with field paths. */
export function parseCommand(input: unknown): ParseCommandResult {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return { success: true, command: parsed.data };
  return { success: false, issues: issuesFromZod(parsed.error) };
}
