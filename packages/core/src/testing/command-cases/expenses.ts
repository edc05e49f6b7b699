import type { CommandType } from '../../commands/schema';
import { eur, type CommandCase } from './case';

export const expenseCases = {
  addExpense: {
    valid: [
      {
        type: 'addExpense',
        expense: {
          title: 'Tram',
          amount: eur(1000),
          paidBy: 'bob',
          participants: ['alice', 'bob', 'carol'],
          split: { kind: 'shares', shares: { alice: 1, bob: 2, carol: 1 } },
          itemId: 'museum',
          date: '2026-05-01',
          category: 'transport',
        },
      },
      {
        type: 'addExpense',
        expense: {
          title: 'Hotel',
          amount: eur(30000),
          paidBy: 'alice',
          participants: ['alice', 'bob'],
          split: { kind: 'exact', amounts: { alice: 10000, bob: 20000 } },
        },
      },
    ],
    invalid: [
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: eur(30000),
            paidBy: 'alice',
            participants: ['alice', 'bob'],
            split: { kind: 'exact', amounts: { alice: 10000, bob: 10000 } },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: eur(100),
            paidBy: 'alice',
            participants: [],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: eur(0),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: { amount: 100, currency: 'eur' },
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Hotel',
            amount: eur(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'shares', shares: { bob: 1 } },
          },
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            title: 'Taxi',
            amount: eur(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
            itemId: 'ghost',
          },
        },
        code: 'item_not_found',
      },
      {
        command: {
          type: 'addExpense',
          expense: {
            id: 'dinner',
            title: 'Taxi',
            amount: eur(100),
            paidBy: 'alice',
            participants: ['alice'],
            split: { kind: 'equal' },
          },
        },
        code: 'duplicate_id',
      },
    ],
  },
  updateExpense: {
    valid: [
      {
        type: 'updateExpense',
        expenseId: 'dinner',
        patch: {
          amount: eur(9100),
          split: { kind: 'exact', amounts: { alice: 4550, bob: 4550 } },
        },
      },
      {
        type: 'updateExpense',
        expenseId: 'dinner',
        patch: { title: 'Late dinner', itemId: 'museum', category: null },
      },
    ],
    invalid: [
      {
        command: { type: 'updateExpense', expenseId: 'ghost', patch: { title: 'X' } },
        code: 'expense_not_found',
      },
      {
        command: {
          type: 'updateExpense',
          expenseId: 'dinner',
          patch: { split: { kind: 'exact', amounts: { alice: 1, bob: 1 } } },
        },
        code: 'invalid_value',
      },
      {
        command: { type: 'updateExpense', expenseId: 'dinner', patch: { itemId: 'ghost' } },
        code: 'item_not_found',
      },
      {
        command: { type: 'updateExpense', expenseId: 'dinner', patch: { participants: [] } },
        code: 'invalid_command',
      },
    ],
  },
  deleteExpense: {
    valid: [{ type: 'deleteExpense', expenseId: 'dinner' }],
    invalid: [
      { command: { type: 'deleteExpense', expenseId: 'ghost' }, code: 'expense_not_found' },
    ],
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
