import type { Commitment, Connection, SequencingProblem } from './types.js';

const CITY = String.raw`[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*`;
const STAY_PATTERNS = [
  new RegExp(String.raw`(?:visit|stay in) (${CITY}) for (\d+) days?`, 'gu'),
  new RegExp(String.raw`spend (\d+) days? in (${CITY})`, 'gu'),
];
const DAY_RANGE = /(?:between|during|from) day (\d+) (?:and|to) day (\d+)/i;
const EVENT_LABELS: [RegExp, string][] = [
  [/conference/i, 'the conference'],
  [/workshop/i, 'the workshop'],
  [/wedding/i, 'the wedding'],
  [/annual show/i, 'the annual show'],
  [/relatives/i, 'visiting relatives'],
  [/friends?/i, 'meeting friends'],
];

export class PromptParseError extends Error {
  override name = 'PromptParseError';
}

/** The problem statement itself: after the last few-shot "TASK:" and before a trailing "SOLUTION:". */
function questionOf(prompt: string): string {
  const lastTask = prompt.lastIndexOf('TASK:');
  const question = lastTask >= 0 ? prompt.slice(lastTask + 'TASK:'.length) : prompt;
  const solution = question.indexOf('SOLUTION:');
  return solution >= 0 ? question.slice(0, solution) : question;
}

/** Parses a NATURAL PLAN trip-planning prompt into a sequencing problem. */
export function parseTripPlanningPrompt(prompt: string): SequencingProblem {
  const text = questionOf(prompt);
  const [statement = '', flightsPart = ''] = text.split(/cities that have direct flights:/i);
  const total = /for (\d+) days in total/i.exec(statement);
  if (!total?.[1]) throw new PromptParseError('no "for N days in total" in the prompt');

  const cities: SequencingProblem['cities'] = [];
  const sentences = statement.split(/(?<=\.)\s+/);
  for (const sentence of sentences) {
    for (const [i, pattern] of STAY_PATTERNS.entries()) {
      for (const m of sentence.matchAll(pattern)) {
        const city = (i === 0 ? m[1] : m[2]) ?? '';
        const days = Number(i === 0 ? m[2] : m[1]);
        if (!cities.some((c) => c.city === city)) cities.push({ city, days });
      }
    }
  }
  if (cities.length === 0) throw new PromptParseError('no city stays found in the prompt');

  const commitments: Commitment[] = [];
  for (const sentence of sentences) {
    const range = DAY_RANGE.exec(sentence);
    if (!range) continue;
    const city = longestMentionedCity(
      sentence,
      cities.map((c) => c.city),
    );
    if (!city) throw new PromptParseError(`no known city in "${sentence.trim()}"`);
    const label = EVENT_LABELS.find(([re]) => re.test(sentence))?.[1];
    commitments.push({
      city,
      fromDay: Number(range[1]),
      toDay: Number(range[2]),
      ...(label ? { label } : {}),
    });
  }

  const flightList = (flightsPart.split(/\n\s*\n|Find a trip plan/)[0] ?? '').trim();
  const connections: Connection[] = [];
  for (const raw of flightList.replace(/\.$/, '').split(/,\s*/)) {
    const item = raw.trim();
    if (!item) continue;
    const oneWay = /^from (.+) to (.+)$/.exec(item);
    const twoWay = /^(.+) and (.+)$/.exec(item);
    const pair = oneWay ?? twoWay;
    if (!pair?.[1] || !pair[2]) throw new PromptParseError(`cannot read flight "${item}"`);
    connections.push({ from: pair[1], to: pair[2], bothWays: !oneWay });
  }
  if (connections.length === 0) throw new PromptParseError('no direct flights listed');
  for (const c of connections) {
    for (const city of [c.from, c.to]) {
      if (!cities.some((s) => s.city === city)) {
        throw new PromptParseError(`flight mentions ${city}, which has no stay length`);
      }
    }
  }
  return { totalDays: Number(total[1]), cities, commitments, connections };
}

function longestMentionedCity(sentence: string, cities: string[]): string | undefined {
  return cities
    .filter((c) => new RegExp(String.raw`\b${escapeRegExp(c)}\b`, 'u').test(sentence))
    .sort((a, b) => b.length - a.length)[0];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
