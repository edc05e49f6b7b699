import type { Money } from '../schema/primitives';
import type { BalanceSheet, Balances } from './balances';

export interface Transfer {
  from: string;
  to: string;
  amount: Money;
}

interface Party {
  userId: string;
  net: number;
}

/** Above this many unsettled members, the exact search is too costly; greedy is used. */
const EXACT_LIMIT = 16;

const byId = (a: Party, b: Party) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);

/** Largest debtor pays largest creditor until the group is even: at most size - 1 transfers. */
function settleGreedy(parties: Party[], currency: string): Transfer[] {
  const debtors = parties.filter((p) => p.net < 0).map((p) => ({ ...p, net: -p.net }));
  const creditors = parties.filter((p) => p.net > 0).map((p) => ({ ...p }));
  const order = (a: Party, b: Party) => b.net - a.net || byId(a, b);
  debtors.sort(order);
  creditors.sort(order);
  const transfers: Transfer[] = [];
  let d = 0;
  let c = 0;
  while (d < debtors.length && c < creditors.length) {
    const debtor = debtors[d] as Party;
    const creditor = creditors[c] as Party;
    const amount = Math.min(debtor.net, creditor.net);
    transfers.push({ from: debtor.userId, to: creditor.userId, amount: { amount, currency } });
    debtor.net -= amount;
    creditor.net -= amount;
    if (debtor.net === 0) d++;
    if (creditor.net === 0) c++;
  }
  return transfers;
}

/**
 * Splits the members into as many zero-sum groups as possible (subset DP over bitmasks); each
 * group of k then settles in k - 1 transfers, which makes the total the minimum possible.
 */
function zeroSumGroups(parties: Party[]): Party[][] {
  const n = parties.length;
  const size = 1 << n;
  const sums = new Float64Array(size);
  const best = new Int32Array(size);
  for (let mask = 1; mask < size; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sums[mask] = (sums[mask & (mask - 1)] ?? 0) + (parties[low]?.net ?? 0);
    let top = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) top = Math.max(top, best[mask ^ (1 << i)] ?? 0);
    }
    best[mask] = top + (sums[mask] === 0 ? 1 : 0);
  }
  // Walk back: peel members off while keeping the optimum; zero-sum prefixes close groups.
  const groups: Party[][] = [];
  let current: Party[] = [];
  let mask = size - 1;
  while (mask !== 0) {
    const closes = sums[mask] === 0 ? 1 : 0;
    if (closes && current.length > 0) {
      groups.push(current);
      current = [];
    }
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i) && (best[mask ^ (1 << i)] ?? 0) + closes === best[mask]) {
        current.push(parties[i] as Party);
        mask ^= 1 << i;
        break;
      }
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function settleSheet(sheet: Pick<BalanceSheet, 'currency' | 'net'>): Transfer[] {
  const parties = Object.entries(sheet.net)
    .filter(([, net]) => net !== 0)
    .map(([userId, net]) => ({ userId, net }))
    .sort(byId);
  if (parties.length === 0) return [];
  if (parties.length > EXACT_LIMIT) return settleGreedy(parties, sheet.currency);
  return zeroSumGroups(parties).flatMap((group) => settleGreedy(group, sheet.currency));
}

/** The fewest transfers that bring every member's balance to zero, per currency. */
export function settleUp(balances: Balances | Pick<BalanceSheet, 'currency' | 'net'>): Transfer[] {
  const sheets = 'sheets' in balances ? balances.sheets : [balances];
  return sheets.flatMap(settleSheet);
}
