import type { Split } from '../schema/expense';

export interface Weight {
  userId: string;
  weight: number;
}

/**
 * Splits `amount` minor units in proportion to the weights. Largest-remainder method in exact
 * integer arithmetic: the parts always add up to `amount`, and leftover units go to the largest
 * remainders, ties broken by user id, so every replica computes the same split.
 */
export function allocate(amount: number, weights: readonly Weight[]): Record<string, number> {
  const result: Record<string, number> = {};
  const positive = weights.filter((w) => w.weight > 0);
  if (positive.length === 0) {
    for (const w of weights) result[w.userId] = 0;
    return result;
  }
  const total = positive.reduce((sum, w) => sum + BigInt(w.weight), 0n);
  const big = BigInt(amount);
  let handed = 0n;
  const parts = positive.map((w) => {
    const numerator = big * BigInt(w.weight);
    const base = numerator / total;
    handed += base;
    return { userId: w.userId, base, remainder: numerator % total };
  });
  parts.sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : a.userId < b.userId
        ? -1
        : a.userId > b.userId
          ? 1
          : 0,
  );
  let left = big - handed;
  for (const part of parts) {
    const extra = left > 0n ? 1n : 0n;
    left -= extra;
    result[part.userId] = Number(part.base + extra);
  }
  for (const w of weights) result[w.userId] ??= 0;
  return result;
}

/**
 * Each participant's part of an expense. `amount` defaults to the expense's own amount; when it
 * differs (after currency conversion) exact amounts act as weights.
 */
export function splitAmount(
  amount: number,
  participants: readonly string[],
  split: Split,
  originalAmount: number = amount,
): Record<string, number> {
  switch (split.kind) {
    case 'equal':
      return allocate(
        amount,
        participants.map((userId) => ({ userId, weight: 1 })),
      );
    case 'shares':
      return allocate(
        amount,
        participants.map((userId) => ({ userId, weight: split.shares[userId] ?? 0 })),
      );
    case 'exact':
      if (amount === originalAmount) {
        return Object.fromEntries(participants.map((u) => [u, split.amounts[u] ?? 0]));
      }
      return allocate(
        amount,
        participants.map((userId) => ({ userId, weight: split.amounts[userId] ?? 0 })),
      );
  }
}
