/** Bad input: the message says what is wrong and the process exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, problems: 1, invalidInput: 2 } as const;
