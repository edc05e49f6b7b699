/**
 * The comma/"and"-separated names after a trigger ("must see Belém Tower and the Alfama; avoid
 * crowds") up to the end of that clause.
 */
export function listAfter(text: string, trigger: RegExp): string[] {
  const m = trigger.exec(text);
  if (!m) return [];
  const rest = text.slice(m.index + m[0].length);
  const clause =
    rest.split(
      /[;.!?\n]|,\s*(?=(?:and\s+)?(?:avoid|skip|must|budget|slow|fast|moderate|we|i)\b)/i,
    )[0] ?? '';
  return clause
    .split(/,|\band\b|\bor\b/i)
    .map((s) => s.trim().replace(/^(the|a|an)\s+/i, ''))
    .filter((s) => s.length > 1);
}
