import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceCities } from './sequence.js';
import type { SequencingProblem, SequencingResult } from './types.js';
import { SequencingInputError } from './validate.js';

const threeCities: SequencingProblem = {
  totalDays: 10,
  cities: [
    { city: 'Venice', days: 6 },
    { city: 'Mykonos', days: 2 },
    { city: 'Vienna', days: 4 },
  ],
  commitments: [{ city: 'Venice', fromDay: 5, toDay: 10, label: 'the workshop' }],
  connections: [
    { from: 'Mykonos', to: 'Vienna', bothWays: true },
    { from: 'Vienna', to: 'Venice', bothWays: true },
  ],
};

/** Checks a result against every constraint, independently of the solver. */
function violations(problem: SequencingProblem, result: SequencingResult): string[] {
  if (!result.ok) return ['no plan'];
  const found: string[] = [];
  const { stays, flights } = result;
  if (stays.length !== problem.cities.length) found.push('not every city visited once');
  if (stays[0]?.firstDay !== 1) found.push('does not start on day 1');
  if (stays.at(-1)?.lastDay !== problem.totalDays) found.push('wrong total days');
  stays.forEach((stay, i) => {
    const wanted = problem.cities.find((c) => c.city === stay.city)?.days;
    if (stay.lastDay - stay.firstDay + 1 !== wanted) found.push(`wrong stay in ${stay.city}`);
    const previous = stays[i - 1];
    if (!previous) return;
    if (previous.lastDay !== stay.firstDay) found.push(`gap before ${stay.city}`);
    const flight = flights[i - 1];
    if (flight?.day !== stay.firstDay || flight.from !== previous.city || flight.to !== stay.city) {
      found.push(`flight into ${stay.city} missing`);
    }
    const linked = (problem.connections ?? []).some(
      (c) =>
        (c.from === previous.city && c.to === stay.city) ||
        (c.bothWays && c.to === previous.city && c.from === stay.city),
    );
    if (problem.connections !== null && !linked) found.push(`no flight into ${stay.city}`);
  });
  for (const c of problem.commitments) {
    const stay = stays.find((s) => s.city === c.city);
    if (!stay || stay.firstDay > c.fromDay || stay.lastDay < c.toDay) {
      found.push(`commitment in ${c.city} missed`);
    }
  }
  return found;
}

describe('multi-city sequencing', () => {
  it('orders the cities so that the workshop days fall in Venice and flights exist', () => {
    const result = sequenceCities(threeCities);
    expect(result).toEqual({
      ok: true,
      stays: [
        { city: 'Mykonos', firstDay: 1, lastDay: 2 },
        { city: 'Vienna', firstDay: 2, lastDay: 5 },
        { city: 'Venice', firstDay: 5, lastDay: 10 },
      ],
      flights: [
        { day: 2, from: 'Mykonos', to: 'Vienna' },
        { day: 5, from: 'Vienna', to: 'Venice' },
      ],
    });
  });

  it('counts a flight day for both the city left and the city reached', () => {
    const result = sequenceCities({ ...threeCities, totalDays: 12 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/trip lasts 10 days, not the 12 asked for/);
  });

  it('flies a one-way connection only in its direction', () => {
    const result = sequenceCities({
      totalDays: 3,
      cities: [
        { city: 'Oslo', days: 2 },
        { city: 'Riga', days: 2 },
      ],
      commitments: [],
      connections: [{ from: 'Riga', to: 'Oslo', bothWays: false }],
    });
    expect(result.ok && result.stays.map((s) => s.city)).toEqual(['Riga', 'Oslo']);
  });

  it('names the two commitments that clash instead of returning a partial plan', () => {
    const result = sequenceCities({
      ...threeCities,
      commitments: [
        { city: 'Venice', fromDay: 5, toDay: 10, label: 'the workshop' },
        { city: 'Mykonos', fromDay: 9, toDay: 10, label: 'the wedding' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(
      'impossible because these cannot all hold: the workshop in Venice on days 5-10; ' +
        'the wedding in Mykonos on days 9-10',
    );
  });

  it('explains a city that no allowed connection reaches', () => {
    const result = sequenceCities({
      ...threeCities,
      commitments: [],
      connections: [{ from: 'Mykonos', to: 'Vienna', bothWays: true }],
    });
    expect(!result.ok && result.reason).toBe(
      'impossible because travelling only along the allowed direct connections (Venice has none)',
    );
  });

  it('explains a commitment longer than the stay in its city', () => {
    const result = sequenceCities({
      ...threeCities,
      commitments: [{ city: 'Mykonos', fromDay: 1, toDay: 3, label: 'the wedding' }],
    });
    expect(!result.ok && result.reason).toBe(
      'impossible because these cannot all hold: the stay in Mykonos is 2 days; ' +
        'the wedding in Mykonos on days 1-3 needs 3 days there',
    );
  });

  it('rejects a commitment in an unknown city, naming the field', () => {
    const bad = { ...threeCities, commitments: [{ city: 'Paris', fromDay: 1, toDay: 2 }] };
    expect(() => sequenceCities(bad)).toThrow(SequencingInputError);
    expect(() => sequenceCities(bad)).toThrow('commitments.0.city: Paris is not one of the cities');
  });

  it('satisfies every constraint of any problem built from a valid trip', () => {
    const trip = fc
      .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 })
      .chain((days) =>
        fc.record({
          days: fc.constant(days),
          fixed: fc.subarray(days.map((_, i) => i)),
          extra: fc.array(fc.tuple(fc.nat(days.length - 1), fc.nat(days.length - 1), fc.boolean())),
          shuffle: fc.array(fc.nat(), { minLength: days.length, maxLength: days.length }),
        }),
      );
    fc.assert(
      fc.property(trip, ({ days, fixed, extra, shuffle }) => {
        const names = days.map((_, i) => `City${i}`);
        const starts: number[] = [];
        let day = 1;
        for (const d of days) {
          starts.push(day);
          day += d - 1;
        }
        const problem: SequencingProblem = {
          totalDays: day,
          // Listed in a scrambled order so the solver cannot just read the answer off the input.
          cities: names
            .map((city, i) => ({ city, days: days[i] ?? 1, key: shuffle[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ city, days: d }) => ({ city, days: d })),
          commitments: fixed.map((i) => ({
            city: names[i] ?? '',
            fromDay: starts[i] ?? 1,
            toDay: (starts[i] ?? 1) + (days[i] ?? 1) - 1,
          })),
          connections: [
            ...names.slice(1).map((to, i) => ({ from: names[i] ?? '', to, bothWays: false })),
            ...extra
              .filter(([a, b]) => a !== b)
              .map(([a, b, bothWays]) => ({ from: names[a] ?? '', to: names[b] ?? '', bothWays })),
          ],
        };
        expect(violations(problem, sequenceCities(problem))).toEqual([]);
      }),
    );
  });

  it('either satisfies every constraint or names a minimal set of conflicting ones', () => {
    const problem = fc
      .array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 6 })
      .chain((days) => {
        const n = days.length;
        const total = 1 + days.reduce((s, d) => s + d - 1, 0);
        return fc.record({
          days: fc.constant(days),
          commitments: fc.array(
            fc.record({
              city: fc.nat(n - 1),
              from: fc.integer({ min: 1, max: total }),
              len: fc.nat(3),
            }),
            { maxLength: 3 },
          ),
          links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 12 }),
        });
      });
    fc.assert(
      fc.property(problem, ({ days, commitments, links }) => {
        const names = days.map((_, i) => `C${i}`);
        const input: SequencingProblem = {
          totalDays: 1 + days.reduce((s, d) => s + d - 1, 0),
          cities: names.map((city, i) => ({ city, days: days[i] ?? 1 })),
          commitments: commitments.map((c) => ({
            city: names[c.city] ?? '',
            fromDay: c.from,
            toDay: c.from + c.len,
          })),
          connections: links
            .filter(([a, b]) => a !== b)
            .map(([a, b, bothWays]) => ({ from: names[a] ?? '', to: names[b] ?? '', bothWays })),
        };
        const result = sequenceCities(input);
        if (result.ok) {
          expect(violations(input, result)).toEqual([]);
          return;
        }
        expect(result.reason).toMatch(/^impossible because /);
        expect(result.conflicts.length).toBeGreaterThan(0);
        // Minimal: dropping any single named commitment leaves a solvable problem, unless the
        // connections or a stay length are part of the conflict as well.
        const onlyCommitments = result.conflicts.every((c) => c.kind === 'commitment');
        if (!onlyCommitments) return;
        for (const conflict of result.conflicts) {
          if (conflict.kind !== 'commitment') continue;
          const rest = input.commitments.filter((c) => c !== conflict.commitment);
          const named = result.conflicts.flatMap((c) =>
            c.kind === 'commitment' ? [c.commitment] : [],
          );
          const relaxed = {
            ...input,
            connections: null,
            commitments: rest.filter((c) => named.includes(c)),
          };
          expect(sequenceCities(relaxed).ok).toBe(true);
        }
      }),
    );
  });
});
