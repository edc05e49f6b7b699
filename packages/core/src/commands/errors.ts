import type { z } from 'zod';

/** Stable machine-readable reasons a command was refused; the server maps them to 4xx. */
export type CommandErrorCode =
  | 'invalid_command'
  | 'invalid_value'
  | 'forbidden'
  | 'trip_not_initialized'
  | 'duplicate_id'
  | 'date_outside_trip'
  | 'index_out_of_range'
  | 'destination_not_found'
  | 'item_not_found'
  | 'item_fixed'
  | 'expense_not_found'
  | 'checklist_not_found'
  | 'checklist_item_not_found'
  | 'thread_not_found'
  | 'comment_not_found'
  | 'poll_not_found'
  | 'option_not_found'
  | 'poll_closed'
  | 'proposal_not_found'
  | 'proposal_not_open';

export type IssuePath = (string | number)[];

export interface CommandIssue {
  path: IssuePath;
  message: string;
  code: string;
}

/** A refused command. The document is left exactly as it was. */
export class CommandError extends Error {
  override readonly name = 'CommandError';

  /** The message without the leading field path. */
  readonly detail: string;

  constructor(
    readonly code: CommandErrorCode,
    detail: string,
    readonly path: IssuePath = [],
    readonly issues: CommandIssue[] = [{ path, message: detail, code }],
  ) {
    // The message names the field first, e.g. "itemId: item x does not exist".
    super(path.length > 0 ? `${formatPath(path)}: ${detail}` : detail);
    this.detail = detail;
  }

  /** The same error seen from an enclosing structure (e.g. a proposal's `commands[3]`). */
  prefixed(prefix: IssuePath): CommandError {
    return new CommandError(
      this.code,
      this.detail,
      [...prefix, ...this.path],
      this.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
    );
  }
}

export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): CommandIssue[] {
  return error.issues.map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    ],
    message: issue.message,
    code: issue.code,
  }));
}

export function formatPath(path: IssuePath): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text === '' ? part : `${text}.${part}`;
  }, '');
}

/** A CommandError whose message names the first offending field. */
export function errorFromZod(
  code: CommandErrorCode,
  error: z.ZodError,
  prefix: IssuePath = [],
): CommandError {
  const issues = issuesFromZod(error, prefix);
  const first = issues[0] ?? { path: prefix, message: 'invalid input', code: 'custom' };
  return new CommandError(code, first.message, first.path, issues);
}
