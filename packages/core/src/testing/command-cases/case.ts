import type { CommandErrorCode } from '../../commands/errors';

/** Accepted and refused examples of one command type, against `seededTrip()`. */
export interface CommandCase {
  /** Who applies the valid examples (bob by default; refused ones are always bob's). */
  actor?: string;
  valid: unknown[];
  invalid: { command: unknown; code: CommandErrorCode }[];
}

/** Replaced by the id of the seeded thread on `museum`. */
export const THREAD = '{threadId}';

export const eur = (amount: number) => ({ amount, currency: 'EUR' });
