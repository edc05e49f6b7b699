import { describe, expect, it } from 'vitest';
import { chooseAgents, dayIn, describeChoice } from './intent.js';

describe('choosing agents from a message without a model', () => {
  it('sends a question about costs to the budget analyst alone', () => {
    const choice = chooseAgents('How much will the museums cost us per person?', 'EUR');
    expect(choice.agents).toEqual(['local guide', 'budget analyst']);
    expect(chooseAgents('How much will it cost per person?', 'EUR').agents).toEqual([
      'budget analyst',
    ]);
  });

  it('reads a currency other than the trip’s, and a date', () => {
    const choice = chooseAgents('Reorder 2027-05-03 and show the costs in USD', 'EUR');
    expect(choice).toMatchObject({ currency: 'USD', date: '2027-05-03' });
    expect(choice.agents).toEqual(['budget analyst', 'planner']);
    expect(choice.wants).toMatchObject({ route: true, plan: false });
  });

  it('sends a trip request to the planner and its interests to the local guide', () => {
    const choice = chooseAgents('3 days in Porto for 2, wine and food', 'EUR');
    expect(choice.agents).toEqual(['local guide', 'planner']);
    expect(choice.interests).toEqual(expect.arrayContaining(['food']));
    expect(describeChoice(choice)).toMatch(
      /^the local guide \(interests: .*food.*\) and the planner \(a plan\)$/,
    );
  });

  it('asks all three agents when nothing in the message points to one', () => {
    const choice = chooseAgents('Hello!', 'EUR');
    expect(choice.agents).toEqual(['local guide', 'budget analyst', 'planner']);
    expect(choice.reasons.planner).toMatch(/nothing in the message/);
  });

  it('finds the day a message names', () => {
    const dates = ['2027-05-01', '2027-05-02', '2027-05-03'];
    expect(dayIn('reorder day 2 please', dates)).toBe('2027-05-02');
    expect(dayIn('Optimise the first day', dates)).toBe('2027-05-01');
    expect(dayIn('and the last day?', dates)).toBe('2027-05-03');
    expect(dayIn('route 2027-05-03', dates)).toBe('2027-05-03');
    expect(dayIn('day 9', dates)).toBeUndefined();
    expect(chooseAgents('Reorder the second day', 'EUR', dates).date).toBe('2027-05-02');
  });
});
