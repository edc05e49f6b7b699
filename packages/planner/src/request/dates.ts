import * as chrono from 'chrono-node';

const numberWords: Record<string, number> = {
  zero: 0,
  no: 0,
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
};

export function numberFrom(word: string): number | undefined {
  const n = Number(word);
  if (Number.isInteger(n)) return n;
  return numberWords[word.toLowerCase()];
}

const numberToken = String.raw`(\d+|zero|no|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)`;
export const durationPattern = new RegExp(
  String.raw`\b${numberToken}[- ](days?|nights?|weeks?)\b|\b(a\s+)?(long\s+)?(weekend|fortnight)\b`,
  'gi',
);

export interface DurationMention {
  days: number;
  text: string;
  index: number;
}

/** Every stay length written in the text ("4 days", "three nights", "a week", "a long weekend"). */
export function durationsIn(text: string): DurationMention[] {
  const out: DurationMention[] = [];
  for (const m of text.matchAll(durationPattern)) {
    const index = m.index;
    if (m[4] !== undefined) {
      const long = m[3] !== undefined;
      out.push({ days: m[4].toLowerCase() === 'fortnight' ? 14 : long ? 3 : 2, text: m[0], index });
      continue;
    }
    const n = numberFrom(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    if (n === undefined) continue;
    // n nights is n + 1 days of trip; weeks are 7 days each.
    const days = unit.startsWith('week')
      ? n * 7
      : unit.startsWith('night')
        ? n === 0
          ? 0
          : n + 1
        : n;
    out.push({ days, text: m[0], index });
  }
  return out;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

const monthNames =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export interface DateMention {
  start: string;
  end?: string;
  /** True when only a month was given ("in May"): the trip starts on its first day. */
  monthOnly: boolean;
  text: string;
}

/**
 * The travel dates in `text`, relative to `reference` (a local date): always the next occurrence,
 * so "in May" written in June means next year's May.
 */
export function datesIn(text: string, reference: string): DateMention | undefined {
  // Durations read as dates by chrono ("4 days" = four days from now), so blank them first.
  const cleaned = text
    .replace(durationPattern, (s) => ' '.repeat(s.length))
    // "from 3 to 7 June" -> "June 3 to June 7": chrono reads "from 3 June" as three o'clock.
    .replace(
      new RegExp(
        String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|–|until)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(${monthNames})\b`,
        'gi',
      ),
      '$3 $1 to $3 $2',
    )
    .replace(
      new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${monthNames})\b`, 'gi'),
      '$2 $1',
    );
  const ref = new Date(`${reference}T12:00:00Z`);
  const results = chrono.parse(cleaned, { instant: ref, timezone: 'UTC' }, { forwardDate: true });
  const hit = results.find(
    (r) => r.start.isCertain('month') || r.start.isCertain('day') || r.start.isCertain('weekday'),
  );
  if (!hit) return undefined;
  const monthOnly =
    !hit.start.isCertain('day') && !hit.start.isCertain('weekday') && hit.start.isCertain('month');
  let start = isoDay(hit.start.date());
  let end = hit.end ? isoDay(hit.end.date()) : undefined;
  if (monthOnly) start = `${start.slice(0, 8)}01`;
  // A month already under way ("in May" on 10 May) means next year's May.
  if (start < reference && !hit.start.isCertain('year')) {
    const shift = (s: string) => `${Number(s.slice(0, 4)) + 1}${s.slice(4)}`;
    start = shift(start);
    end = end ? shift(end) : undefined;
  }
  return end === undefined
    ? { start, monthOnly, text: hit.text }
    : { start, end, monthOnly, text: hit.text };
}
