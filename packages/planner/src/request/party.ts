import { numberFrom } from './dates.js';

const n = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Party size from phrases like "for 3 friends", "family of 4", "a couple", "solo", "we are five". */
export function partyIn(lower: string): { size?: number } {
  const rules: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number | undefined]> = [
    [new RegExp(`\\bfamily of ${n}\\b`), (m) => numberFrom(m[1] ?? '')],
    [new RegExp(`\\bgroup of ${n}\\b`), (m) => numberFrom(m[1] ?? '')],
    [
      new RegExp(
        `\\b(?:for|with|we are|we're|us) ${n} (?:friends|people|persons|adults|travell?ers|of us|guests|pax)\\b`,
      ),
      (m) => numberFrom(m[1] ?? ''),
    ],
    [
      new RegExp(`\\b${n} (?:friends|people|persons|adults|travell?ers|of us|guests|pax)\\b`),
      (m) => numberFrom(m[1] ?? ''),
    ],
    [
      new RegExp(`\\bfor ${n}\\b(?! (?:days?|nights?|weeks?|euros?|dollars?|pounds?))`),
      (m) => numberFrom(m[1] ?? ''),
    ],
    [
      /\b(?:a couple|my (?:wife|husband|partner|girlfriend|boyfriend)|honeymoon|the two of us)\b/,
      () => 2,
    ],
    [/\b(?:solo|alone|by myself|just me)\b/, () => 1],
  ];
  for (const [re, size] of rules) {
    const m = re.exec(lower);
    if (m) {
      const base = size(m);
      if (base === undefined) continue;
      // "3 friends" are three besides the writer only when the writer says "me and"; keep it literal otherwise.
      const kids = new RegExp(`\\b(?:and|with|plus) ${n} (?:kids|children)\\b`).exec(lower);
      return {
        size: base + (kids && !/family of/.test(m[0]) ? (numberFrom(kids[1] ?? '') ?? 0) : 0),
      };
    }
  }
  return {};
}
