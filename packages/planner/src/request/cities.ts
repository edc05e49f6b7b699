/** A city the planner knows: the gazetteer or the catalogue answers by name, alias or code. */
export interface ResolvedCity {
  id: string;
  name: string;
}

/** Resolves "Lisbon", "Lisboa" or "LIS" to a known city, or undefined. */
export type CityResolver = (query: string) => ResolvedCity | undefined;

const months =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
const days = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const nonPlaces = new Set([
  'i',
  'we',
  'my',
  'me',
  'our',
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'to',
  'for',
  'of',
  'with',
  'from',
  'then',
  'eur',
  'usd',
  'gbp',
  'next',
  'this',
  'christmas',
  'easter',
  'weekend',
  'must',
  'avoid',
  'no',
  'days',
  'day',
  'nights',
  'week',
  'weeks',
  'friends',
  'people',
  'slow',
  'fast',
  'pace',
]);

export interface CityMention {
  city: ResolvedCity;
  text: string;
  index: number;
}

export interface CityScan {
  found: CityMention[];
  /** Capitalised words after "in", "to" or "visit" that no resolver knows. */
  unknown: string[];
}

/** Finds city names in free text by asking the resolver about word runs of up to three words. */
export function citiesIn(text: string, resolve: CityResolver): CityScan {
  const tokens = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)].map((m) => ({
    word: m[0].replace(/[.]$/, ''),
    index: m.index,
  }));
  const found: CityMention[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let matched = 0;
    for (let n = 3; n >= 1 && matched === 0; n--) {
      const run = tokens.slice(i, i + n);
      if (run.length < n) continue;
      const phrase = run.map((t) => t.word).join(' ');
      const first = run[0];
      if (
        !first ||
        (n === 1 &&
          (nonPlaces.has(phrase.toLowerCase()) || months.test(phrase) || days.test(phrase)))
      )
        continue;
      // Lower-case single words are only cities when the resolver says so and they are long enough.
      if (n === 1 && phrase.length < 3) continue;
      const city = resolve(phrase);
      if (city) {
        if (!found.some((f) => f.city.id === city.id))
          found.push({ city, text: phrase, index: first.index });
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched - 1;
      continue;
    }
    const prev = tokens[i - 1]?.word.toLowerCase();
    const word = tokens[i]?.word ?? '';
    if (
      (prev === 'in' || prev === 'to' || prev === 'visit' || prev === 'visiting') &&
      /^\p{Lu}/u.test(word) &&
      !months.test(word) &&
      !days.test(word) &&
      !nonPlaces.has(word.toLowerCase())
    ) {
      unknown.push(word);
    }
  }
  return { found, unknown };
}
