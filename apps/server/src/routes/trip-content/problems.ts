import type { CommandError, CommandErrorCode } from '@caravan/core';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { path: (string | number)[]; message: string; code: string }[];
}

export function problem(status: number, code: string, title: string, detail?: string): Problem {
  return {
    type: `https://caravan.dev/problems/${code}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
  };
}

function statusOf(code: CommandErrorCode): number {
  switch (code) {
    case 'invalid_command':
    case 'invalid_value':
    case 'date_outside_trip':
    case 'index_out_of_range':
      return 400;
    case 'forbidden':
      return 403;
    case 'destination_not_found':
    case 'item_not_found':
    case 'expense_not_found':
    case 'checklist_not_found':
    case 'checklist_item_not_found':
    case 'thread_not_found':
    case 'comment_not_found':
    case 'poll_not_found':
    case 'option_not_found':
    case 'proposal_not_found':
      return 404;
    case 'trip_not_initialized':
    case 'duplicate_id':
    case 'item_fixed':
    case 'poll_closed':
    case 'proposal_not_open':
      return 409;
  }
}

/** A refused command as RFC 9457 problem+json: its stable code and the offending fields. */
export function commandProblem(error: CommandError): Problem {
  return {
    ...problem(statusOf(error.code), error.code, 'Command refused', error.message),
    errors: error.issues,
  };
}
