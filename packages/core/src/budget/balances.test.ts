import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTripSnapshot } from '../doc/read';
import type { Expense } from '../schema/expense';
import { buildTrip, contextFor, run } from '../testing/trip';
import { computeBalances, UNDATED } from './balances';
import { settleUp } from './settle';

const at = '2026-04-01T00:00:00.000Z';

function expense(partial: Partial<Expense> & Pick<Expense, 'amount' | 'paidBy'>): Expense {
  return {
    id: `e-${partial.paidBy}-${partial.amount.amount}`,
    title: 'Expense',
    participants: ['alice', 'bob', 'carol'],
    split: { kind: 'equal' },
    createdBy: partial.paidBy,
    createdAt: at,
    ...partial,
  };
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('balances', () => {
  it('say who paid, who owes and by how much, per member, per day and in total', () => {
    const doc = buildTrip();
    run(
      doc,
      contextFor('alice'),
      {
        type: 'addItem',
        item: { id: 'ferry', kind: 'transport', title: 'Ferry' },
        to: '2026-05-02',
      },
      {
        type: 'addExpense',
        expense: {
          title: 'Hotel',
          amount: eur(30000),
          paidBy: 'alice',
          participants: ['alice', 'bob', 'carol'],
          split: { kind: 'equal' },
          date: '2026-05-01',
        },
      },
      {
        type: 'addExpense',
        expense: {
          title: 'Ferry',
          amount: eur(1000),
          paidBy: 'bob',
          participants: ['alice', 'bob'],
          split: { kind: 'exact', amounts: { alice: 400, bob: 600 } },
          itemId: 'ferry',
        },
      },
      {
        type: 'addExpense',
        expense: {
          title: 'Snacks',
          amount: eur(500),
          paidBy: 'carol',
          participants: ['carol'],
          split: { kind: 'equal' },
        },
      },
    );
    const { sheets } = computeBalances(readTripSnapshot(doc));
    expect(sheets).toEqual([
      {
        currency: 'EUR',
        total: 31500,
        paid: { alice: 30000, bob: 1000, carol: 500 },
        share: { alice: 10400, bob: 10600, carol: 10500 },
        net: { alice: 19600, bob: -9600, carol: -10000 },
        perDay: { '2026-05-01': 30000, '2026-05-02': 1000, [UNDATED]: 500 },
      },
    ]);
    expect(settleUp(sheets[0] ?? { currency: 'EUR', net: {} })).toEqual([
      { from: 'carol', to: 'alice', amount: eur(10000) },
      { from: 'bob', to: 'alice', amount: eur(9600) },
    ]);
  });

  it('keep currencies apart unless told how to convert', () => {
    const expenses = [
      expense({ amount: eur(900), paidBy: 'alice' }),
      expense({ amount: { amount: 3000, currency: 'GBP' }, paidBy: 'bob' }),
    ];
    expect(computeBalances(expenses).sheets.map((sheet) => [sheet.currency, sheet.total])).toEqual([
      ['EUR', 900],
      ['GBP', 3000],
    ]);
    const convert = (money: { amount: number; currency: string }, to: string) => ({
      amount:
        money.currency === 'GBP' && to === 'EUR' ? Math.round(money.amount * 1.15) : money.amount,
      currency: to,
    });
    const converted = computeBalances(expenses, { currency: 'EUR', convert });
    expect(converted.sheets).toHaveLength(1);
    expect(converted.sheets[0]?.total).toBe(900 + 3450);
    expect(converted.sheets[0]?.net).toEqual({
      alice: 600 - 1150,
      bob: 3450 - 1150 - 300,
      carol: -300 - 1150,
    });
  });
});

describe('settling up', () => {
  it('uses the fewest transfers, pairing members whose debts cancel out', () => {
    // Greedy largest-first would need four transfers here; three suffice.
    const transfers = settleUp({
      currency: 'EUR',
      net: { ann: 400, ben: 300, cat: 200, dan: -600, eve: -300 },
    });
    expect(transfers).toHaveLength(3);
    expect(transfers).toContainEqual({ from: 'eve', to: 'ben', amount: eur(300) });
  });

  it('zeroes every balance in at most one transfer fewer than the people owed or owing', () => {
    const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const expenseArb = fc.record({
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      paidBy: fc.constantFrom(...members),
      participants: fc.uniqueArray(fc.constantFrom(...members), { minLength: 1, maxLength: 7 }),
      weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }),
      kind: fc.constantFrom('equal' as const, 'shares' as const),
    });
    fc.assert(
      fc.property(fc.array(expenseArb, { minLength: 1, maxLength: 12 }), (specs) => {
        const expenses = specs.map((spec, i) =>
          expense({
            id: `e${i}`,
            amount: eur(spec.amount),
            paidBy: spec.paidBy,
            participants: spec.participants,
            split:
              spec.kind === 'equal'
                ? { kind: 'equal' }
                : {
                    kind: 'shares',
                    shares: Object.fromEntries(
                      spec.participants.map((p, j) => [p, spec.weights[j] ?? 1]),
                    ),
                  },
          }),
        );
        const sheet = computeBalances(expenses).sheets[0];
        if (!sheet) throw new Error('no sheet');
        expect(Object.values(sheet.net).reduce((a, b) => a + b, 0)).toBe(0);
        expect(Object.values(sheet.share).reduce((a, b) => a + b, 0)).toBe(sheet.total);
        const balance = { ...sheet.net };
        const transfers = settleUp(sheet);
        for (const t of transfers) {
          expect(t.amount.amount).toBeGreaterThan(0);
          balance[t.from] = (balance[t.from] ?? 0) + t.amount.amount;
          balance[t.to] = (balance[t.to] ?? 0) - t.amount.amount;
        }
        expect(Object.values(balance).every((value) => value === 0)).toBe(true);
        const unsettled = Object.values(sheet.net).filter((v) => v !== 0).length;
        expect(transfers.length).toBeLessThanOrEqual(Math.max(0, unsettled - 1));
      }),
      { numRuns: 200 },
    );
  });

  it('falls back to a greedy settlement for very large groups, still zeroing everyone', () => {
    const net: Record<string, number> = {};
    for (let i = 0; i < 40; i++)
      net[`m${String(i).padStart(2, '0')}`] = i % 2 === 0 ? 100 + i : -(100 + i - 1);
    net.m39 = (net.m39 ?? 0) - Object.values(net).reduce((a, b) => a + b, 0);
    const transfers = settleUp({ currency: 'EUR', net });
    const balance = { ...net };
    for (const t of transfers) {
      balance[t.from] = (balance[t.from] ?? 0) + t.amount.amount;
      balance[t.to] = (balance[t.to] ?? 0) - t.amount.amount;
    }
    expect(Object.values(balance).every((value) => value === 0)).toBe(true);
    expect(transfers.length).toBeLessThan(40);
  });
});
