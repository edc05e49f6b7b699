import { interestsIn } from '@caravan/planner';
import { interestTags } from '../engine/catalogue.js';
import type { AgentName } from './tools/types.js';

/** Which agents the offline rules send a message to, and why (said in the stream). */
export interface AgentChoice {
  agents: AgentName[];
  reasons: Partial<Record<AgentName, string>>;
  /** Finer intents inside an agent's work. */
  wants: { weather: boolean; hours: boolean; route: boolean; plan: boolean };
  interests: string[];
  /** An ISO 4217 code the message asks for, if any. */
  currency?: string | undefined;
  /** The trip day the message names ("2027-05-03", "day 2", "the first day"), if any. */
  date?: string | undefined;
}

const WORDS = {
  guide:
    /\b(see|visit|museums?|galler(y|ies)|food|eat|restaurants?|caf[eé]s?|bars?|sights?|things to do|recommend\w*|suggest\w*|guide|where|places?)\b/i,
  weather: /\b(weather|rain\w*|sun\w*|hot|cold|warm|temperature|forecast|umbrella|pack\w*)\b/i,
  hours: /\b(open|opens|opening|hours|closed|closes|closing)\b/i,
  budget:
    /\b(budget|costs?|price[sd]?|spend\w*|spent|money|cheap\w*|expensive|afford\w*|per person|split|currency|exchange|how much)\b|[€$£¥]/i,
  route:
    /\b(route|order|reorder|re-order|optimi[sz]e|shortest|less walking|travel time|minutes? (of )?(travel|walking))\b/i,
  plan: /\b(plan|itinerary|schedule|propose|\d+\s*(days?|nights?)|week(end)?|trip for)\b/i,
};

const ORDER: readonly AgentName[] = ['local guide', 'budget analyst', 'planner'];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/** A day of the trip named in the message: an ISO date, "day 2", "the second day", "last day". */
export function dayIn(message: string, dates: readonly string[]): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(message)?.[1];
  if (iso) return iso;
  const numbered = /\bday\s+(\d{1,3})\b/i.exec(message)?.[1];
  if (numbered) return dates[Number(numbered) - 1];
  const word = /\b(first|second|third|fourth|fifth|sixth|seventh|last)\s+day\b/i
    .exec(message)?.[1]
    ?.toLowerCase();
  if (word === 'last') return dates.at(-1);
  return word ? dates[ORDINALS.indexOf(word)] : undefined;
}

/** Keyword and intent rules: deterministic, so the same message always asks the same agents. */
export function chooseAgents(
  message: string,
  tripCurrency: string,
  tripDates: readonly string[] = [],
): AgentChoice {
  const interests = interestsIn(message, interestTags);
  const wants = {
    weather: WORDS.weather.test(message),
    hours: WORDS.hours.test(message),
    route: WORDS.route.test(message),
    plan: WORDS.plan.test(message),
  };
  const currency = /\b([A-Z]{3})\b/
    .exec(message)
    ?.slice(1)
    .find(
      (code) =>
        code !== tripCurrency &&
        /^(EUR|USD|GBP|JPY|CHF|CAD|AUD|SEK|NOK|DKK|CZK|PLN|HUF|TRY|MXN|BRL|CNY|INR|THB|SGD|HKD|NZD|ZAR|KRW|ISK)$/.test(
          code,
        ),
    );
  const date = dayIn(message, tripDates);
  const reasons: AgentChoice['reasons'] = {};
  const guideWhy = [
    interests.length > 0 && `interests: ${interests.join(', ')}`,
    wants.weather && 'the weather',
    wants.hours && 'opening hours',
    WORDS.guide.test(message) && interests.length === 0 && 'places to go',
  ].filter(Boolean);
  if (guideWhy.length > 0) reasons['local guide'] = guideWhy.join(', ');
  if (WORDS.budget.test(message) || currency) reasons['budget analyst'] = 'costs and budget';
  if (wants.route || wants.plan) {
    reasons.planner = [wants.plan && 'a plan', wants.route && 'the order of a day']
      .filter(Boolean)
      .join(' and ');
  }
  let agents = ORDER.filter((agent) => reasons[agent] !== undefined);
  if (agents.length === 0) {
    agents = [...ORDER];
    for (const agent of ORDER) reasons[agent] = 'nothing in the message points to one agent';
  }
  return { agents, reasons, wants, interests, currency, date };
}

/** "the local guide (interests: art) and the planner (a plan)". */
export function describeChoice(choice: AgentChoice): string {
  const parts = choice.agents.map((agent) => `the ${agent} (${choice.reasons[agent] ?? ''})`);
  return parts.length <= 1
    ? (parts[0] ?? 'no agent')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
