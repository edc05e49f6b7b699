import { ProblemError } from '../http/problem.js';

/** Server-wide actions that only an operator (an address in ADMIN_EMAILS) may take. */
export const OPERATOR_ACTIONS = ['ai.usage.all'] as const;
export type OperatorAction = (typeof OPERATOR_ACTIONS)[number];

/** Whether the user is an operator of this server; addresses compare case-insensitively. */
export function isOperator(
  config: { auth: { adminEmails: readonly string[] } },
  user: { email: string },
): boolean {
  return config.auth.adminEmails.includes(user.email.trim().toLowerCase());
}

/** Throws 403 `operator_only` unless the user is an operator. */
export function authorizeOperator(
  config: { auth: { adminEmails: readonly string[] } },
  user: { email: string },
  action: OperatorAction,
): void {
  if (!isOperator(config, user)) {
    throw new ProblemError('operator_only', `only an operator of this server may do ${action}`);
  }
}
