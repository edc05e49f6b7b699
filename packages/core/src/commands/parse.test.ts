import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse';

describe('parseCommand', () => {
  it('returns the typed command, with defaults filled in', () => {
    const result = parseCommand({
      type: 'addItem',
      item: { kind: 'place', title: 'Oceanário' },
      to: 'ideas',
    });
    expect(result).toEqual({
      success: true,
      command: {
        type: 'addItem',
        item: { kind: 'place', title: 'Oceanário', attendees: [] },
        to: 'ideas',
      },
    });
  });

  it('names every offending field with its path', () => {
    const result = parseCommand({
      type: 'addExpense',
      expense: {
        title: '',
        amount: { amount: 10.5, currency: 'euro' },
        paidBy: 'alice',
        participants: ['alice'],
        split: { kind: 'equal' },
        tip: 3,
      },
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'expense.title',
        'expense.amount.amount',
        'expense.amount.currency',
        'expense',
      ]),
    );
  });

  it('refuses unknown command types', () => {
    const result = parseCommand({ type: 'teleport', to: 'Tokyo' });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues[0]?.path).toEqual(['type']);
  });
});
