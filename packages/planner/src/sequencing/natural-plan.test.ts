import { describe, expect, it } from 'vitest';
import { formatTripPlan } from './natural-plan-format.js';
import { parseTripPlanningPrompt, PromptParseError } from './natural-plan-parse.js';
import { sequenceCities } from './sequence.js';

const fourCities = `You plan to visit 4 European cities for 10 days in total. You only take direct flights to commute between cities. You want to spend 3 days in Porto. You would like to visit Lisbon for 4 days. During day 1 and day 4, you have to attend a conference in Lisbon. You plan to stay in Bern for 2 days. From day 9 to day 10, there is a annual show you want to attend in Bern. You would like to visit Ghent for 4 days.

Here are the cities that have direct flights:
Lisbon and Porto, from Porto to Ghent, Ghent and Bern, Lisbon and Bern.

Find a trip plan of visiting the cities for 10 days by taking direct flights to commute between them.`;

const withExamples = `You are an expert at planning trips. Here are a few example tasks and solutions:

TASK: You plan to visit 2 European cities for 3 days in total. You only take direct flights to commute between cities. You want to spend 2 days in Rome. You want to spend 2 days in Milan.

Here are the cities that have direct flights:
Rome and Milan.

Find a trip plan of visiting the cities for 3 days by taking direct flights to commute between them.

SOLUTION: Here is the trip plan ...

TASK: You plan to visit 3 European cities for 7 days in total. You only take direct flights to commute between cities. You plan to stay in San Sebastian for 4 days. You plan to visit relatives in San Sebastian between day 4 and day 7. You want to spend 2 days in Bilbao. You would like to meet your friends at Bilbao between day 1 and day 2 to tour together. You would like to visit Madrid for 3 days.

Here are the cities that have direct flights:
Bilbao and Madrid, Madrid and San Sebastian.

Find a trip plan of visiting the cities for 7 days by taking direct flights to commute between them.

SOLUTION:`;

describe('NATURAL PLAN prompts', () => {
  it('reads stays, commitments and one-way flights from a prompt in the benchmark style', () => {
    expect(parseTripPlanningPrompt(fourCities)).toEqual({
      totalDays: 10,
      cities: [
        { city: 'Porto', days: 3 },
        { city: 'Lisbon', days: 4 },
        { city: 'Bern', days: 2 },
        { city: 'Ghent', days: 4 },
      ],
      commitments: [
        { city: 'Lisbon', fromDay: 1, toDay: 4, label: 'the conference' },
        { city: 'Bern', fromDay: 9, toDay: 10, label: 'the annual show' },
      ],
      connections: [
        { from: 'Lisbon', to: 'Porto', bothWays: true },
        { from: 'Porto', to: 'Ghent', bothWays: false },
        { from: 'Ghent', to: 'Bern', bothWays: true },
        { from: 'Lisbon', to: 'Bern', bothWays: true },
      ],
    });
  });

  it('answers in the exact line shapes of the golden plans', () => {
    const problem = parseTripPlanningPrompt(fourCities);
    const result = sequenceCities(problem);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(formatTripPlan(result.stays, problem.totalDays)).toBe(
      [
        'Here is the trip plan for visiting the 4 European cities for 10 days:',
        '',
        '**Day 1-4:** Arriving in Lisbon and visit Lisbon for 4 days.',
        '**Day 4:** Fly from Lisbon to Porto.',
        '**Day 4-6:** Visit Porto for 3 days.',
        '**Day 6:** Fly from Porto to Ghent.',
        '**Day 6-9:** Visit Ghent for 4 days.',
        '**Day 9:** Fly from Ghent to Bern.',
        '**Day 9-10:** Visit Bern for 2 days.',
      ].join('\n'),
    );
  });

  it('reads only the question after the worked examples, with multi-word city names', () => {
    const problem = parseTripPlanningPrompt(withExamples);
    expect(problem.totalDays).toBe(7);
    expect(problem.cities.map((c) => c.city)).toEqual(['San Sebastian', 'Bilbao', 'Madrid']);
    expect(problem.commitments.map((c) => [c.city, c.label])).toEqual([
      ['San Sebastian', 'visiting relatives'],
      ['Bilbao', 'meeting friends'],
    ]);
    const result = sequenceCities(problem);
    expect(result.ok && result.stays.map((s) => s.city)).toEqual([
      'Bilbao',
      'Madrid',
      'San Sebastian',
    ]);
  });

  it('says what it could not read rather than guessing', () => {
    expect(() => parseTripPlanningPrompt('Plan me a nice trip.')).toThrow(PromptParseError);
  });
});
