/**
 * Plain words people use for what they enjoy, mapped to interest tags. The generator compares
 * these tags with each catalogue place's tags; unknown words are ignored rather than guessed.
 */
const interestWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(food|foodie|foodies|eat(ing)?|cuisine|gastronom\w*|restaurants?|culinary)\b/, 'food'],
  [/\b(history|historic(al)?|heritage|ancient|medieval|castles?|ruins)\b/, 'history'],
  [/\b(art|arts|galler(y|ies)|painting|paintings)\b/, 'art'],
  [/\b(museums?)\b/, 'museum'],
  [/\b(architecture|buildings?|cathedrals?)\b/, 'architecture'],
  [/\b(nature|parks?|gardens?|hiking|hikes?|outdoors?|green)\b/, 'nature'],
  [/\b(nightlife|bars?|clubs?|clubbing|party|partying|drinks?)\b/, 'nightlife'],
  [/\b(shopping|shops?|boutiques?)\b/, 'shopping'],
  [/\b(markets?)\b/, 'markets'],
  [/\b(music|concerts?|fado|jazz|live music)\b/, 'music'],
  [/\b(beach(es)?|seaside|swim(ming)?|sea)\b/, 'beach'],
  [/\b(views?|viewpoints?|panoram\w*|miradouros?|scenic)\b/, 'views'],
  [/\b(culture|cultural|local life)\b/, 'culture'],
  [/\b(religio\w*|churches|church|temples?|mosques?|monaster\w*)\b/, 'religion'],
  [/\b(kids?|children|family[- ]friendly|families)\b/, 'family'],
  [/\b(wine|wineries|winery|vineyards?|port wine)\b/, 'wine'],
  [/\b(coffee|cafes?|cafés?|pastr(y|ies))\b/, 'cafes'],
  [/\b(sports?|football|soccer|stadiums?|cycling)\b/, 'sport'],
  [/\b(science|technology|tech)\b/, 'science'],
  [/\b(photography|photos?|instagram\w*)\b/, 'photography'],
];

/**
 * Interest tags mentioned in `text`, in the order of the table, restricted to `known` when given
 * (the catalogue's tag list), so a request never carries a tag no place can satisfy.
 */
export function interestsIn(text: string, known?: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (const [re, tag] of interestWords) {
    if (re.test(lower) && !found.includes(tag)) found.push(tag);
  }
  if (!known) return found;
  return found
    .filter((t) => known.includes(t))
    .concat(
      // A word the catalogue lacks may still match one of its tags by name ("museums" ~ "museum").
      found
        .filter((t) => !known.includes(t))
        .map((t) => known.find((k) => k.startsWith(t.replace(/s$/, '')) || t.startsWith(k)))
        .filter((t): t is string => t !== undefined && !found.includes(t)),
    );
}
