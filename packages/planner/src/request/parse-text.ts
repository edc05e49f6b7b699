import type { CityResolver } from './cities.js';
import { citiesIn } from './cities.js';
import { addDays, datesIn, durationsIn, numberFrom, type DateMention } from './dates.js';
import { interestsIn } from './interests.js';
import type { Parsed, RequestIssue } from './issues.js';
import { budgetIn } from './money.js';
import type { Diet, Mobility, Pace, PlanRequest } from './schema.js';
import { partyIn } from './party.js';
import { listAfter } from './lists.js';

export interface ParseTextOptions {
  /** Local date the words "next", "in May" and "this weekend" are relative to (YYYY-MM-DD). */
  referenceDate: string;
  resolveCity: CityResolver;
  /** The catalogue's interest tags; requests keep only tags a place can satisfy. */
  interestTags?: readonly string[];
  /**
   * Where the trip starts when the text names no dates: a request made inside an existing trip
   * ("3 days in Lisbon for 2") plans from that trip's first day instead of failing.
   */
  defaultStartDate?: string;
}

function paceIn(lower: string): Pace | undefined {
  if (/\b(slow|relaxed|leisurely|easy[- ]going|laid[- ]back|chill(ed)?|lazy)\b/.test(lower))
    return 'slow';
  if (/\b(fast|packed|busy|intense|action[- ]packed|see (as much|everything)|hectic)\b/.test(lower))
    return 'fast';
  if (/\b(moderate|balanced|normal|medium)\b/.test(lower)) return 'moderate';
  return undefined;
}

function dietIn(lower: string): Diet[] {
  const out: Diet[] = [];
  if (/\bvegan\b/.test(lower)) out.push('vegan');
  if (/\bvegetarians?\b|\bveggie\b/.test(lower)) out.push('vegetarian');
  if (/\bhalal\b/.test(lower)) out.push('halal');
  if (/\bkosher\b/.test(lower)) out.push('kosher');
  if (/\bgluten[- ]?free\b|\bco?eliac\b/.test(lower)) out.push('gluten-free');
  if (/\blactose[- ]?(free|intolerant)\b|\bdairy[- ]free\b/.test(lower)) out.push('lactose-free');
  if (/\bnut[- ]?(free|allerg\w*)\b/.test(lower)) out.push('nut-free');
  return out;
}

function mobilityIn(lower: string): Mobility | undefined {
  if (/\bwheel ?chairs?\b/.test(lower)) return 'wheelchair';
  if (
    /\b(limited|reduced|low) mobility\b|\bno stairs\b|\bbad (knees?|hips?|back)\b|\bstrollers?\b|\bpushchairs?\b|\bcan'?t walk (far|much)\b|\belderly\b/.test(
      lower,
    )
  )
    return 'limited';
  return undefined;
}

/**
 * Reads a plain-English request ("4 days in Lisbon in May for 3 friends, EUR 1200, food and
 * history, slow pace") into a structured plan request, offline. Anything it cannot read that a
 * plan needs (a known city, dates, a length) comes back as a precise issue instead of a guess.
 */
export function parseRequestText(text: string, options: ParseTextOptions): Parsed<PlanRequest> {
  const issues: RequestIssue[] = [];
  const notes: string[] = [];
  const lower = text.toLowerCase();

  const scan = citiesIn(text, options.resolveCity);
  for (const word of scan.unknown) {
    issues.push({
      code: 'unknown_city',
      field: 'destinations',
      message: `"${word}" is not a city the planner knows`,
    });
  }
  if (scan.found.length === 0 && scan.unknown.length === 0) {
    issues.push({
      code: 'no_destination',
      field: 'destinations',
      message: 'no destination found: name a city, e.g. "3 days in Lisbon"',
    });
  }

  // A duration right before a city ("2 days in Porto") or right after ("Porto for 2 days") is that city's stay.
  const durations = durationsIn(text);
  const used = new Set<number>();
  const destinations = scan.found.map((c) => {
    const before = durations.find(
      (d) =>
        d.index < c.index &&
        c.index - (d.index + d.text.length) <= 5 &&
        /^\s*(in|at)\s*$/i.test(text.slice(d.index + d.text.length, c.index)),
    );
    const after = durations.find(
      (d) =>
        d.index > c.index && /^\s*(for|:)?\s*$/i.test(text.slice(c.index + c.text.length, d.index)),
    );
    const own = scan.found.length > 1 ? (before ?? after) : undefined;
    if (!own) return { city: c.city.id };
    used.add(own.index);
    return { city: c.city.id, days: own.days };
  });

  const zero = durations.find((d) => d.days <= 0);
  if (zero)
    issues.push({
      code: 'zero_days',
      field: 'days',
      message: `"${zero.text}" leaves no day to plan: a trip needs at least one day`,
    });

  const perCity = destinations.reduce((s, d) => s + (d.days ?? 0), 0);
  const whole = durations.find((d) => !used.has(d.index));
  const dates: DateMention | undefined =
    datesIn(text, options.referenceDate) ??
    (options.defaultStartDate
      ? { start: options.defaultStartDate, monthOnly: false, text: '' }
      : undefined);
  let days: number | undefined =
    perCity > 0 && destinations.every((d) => d.days !== undefined) ? perCity : whole?.days;
  if (days === undefined && dates?.end) {
    days = Math.round((Date.parse(dates.end) - Date.parse(dates.start)) / 86_400_000) + 1;
  }
  if (!dates) {
    issues.push({
      code: 'no_dates',
      field: 'startDate',
      message: 'no travel dates found: say when, e.g. "in May" or "from 3 June"',
    });
  }
  if (days === undefined && dates && !dates.end) {
    issues.push({
      code: 'no_duration',
      field: 'days',
      message: 'no trip length found: say how long, e.g. "4 days" or "a week"',
    });
  }
  if (days !== undefined && days > 60)
    issues.push({
      code: 'too_long',
      field: 'days',
      message: `${days} days is longer than the 60 days the planner handles`,
    });

  const party = partyIn(lower);
  if (party.size !== undefined && party.size < 1)
    issues.push({
      code: 'bad_party',
      field: 'party',
      message: 'the party needs at least one traveller',
    });
  if (issues.length > 0 || !dates || days === undefined) return { ok: false, issues };

  const size = party.size ?? 1;
  if (party.size === undefined) notes.push('party size not given: planning for one traveller');
  if (!dates.text) notes.push(`no dates given: starting on the trip's first day, ${dates.start}`);
  if (dates.monthOnly) notes.push(`only a month was given: starting on ${dates.start}`);
  const interests = interestsIn(text, options.interestTags);
  const diet = dietIn(lower);
  const mobility = mobilityIn(lower) ?? 'full';
  const budget = budgetIn(text);
  const request: PlanRequest = {
    destinations,
    startDate: dates.start,
    endDate: addDays(dates.start, days - 1),
    days,
    party: Array.from({ length: size }, (_, i) => ({
      name: size === 1 ? 'Traveller' : `Traveller ${i + 1}`,
      interests,
      diet,
      mobility,
    })),
    pace: paceIn(lower) ?? 'moderate',
    diet,
    mobility,
    mustSee: listAfter(
      text,
      /\b(?:must[- ]see|must[- ]sees|don'?t miss|have to see|want to see|must visit)\b:?/i,
    ),
    avoid: listAfter(text, /\b(?:avoid(?:ing)?|skip(?:ping)?|no more|not interested in)\b:?/i),
    fixed: [],
  };
  if (budget) {
    const factor = (budget.perPerson ? size : 1) * (budget.perDay ? days : 1);
    request.budget = { amount: budget.money.amount * factor, currency: budget.money.currency };
    if (factor > 1)
      notes.push(
        `budget ${budget.text} ${budget.perPerson ? 'per person ' : ''}${budget.perDay ? 'per day ' : ''}is ${request.budget.amount / 100} ${budget.money.currency} in total`,
      );
  }
  return { ok: true, value: request, notes };
}

export { numberFrom };
