/** What a free-text query asks for, beyond its words. */
export interface ParsedQuery {
  /** The words to match against places ("ramen"). */
  text: string;
  /** A place the results should be near ("shinjuku"), or the city they should be in. */
  anchor?: { text: string; kind: 'near' | 'in' };
  /** "open now" was asked. */
  openNow: boolean;
}

const OPEN_NOW = /\b(?:open\s+now|opened\s+now|currently\s+open|open\s+right\s+now)\b/i;
const NEAR = /\b(?:near|nearby|around|close\s+to|next\s+to)\s+(.+)$/i;
const IN = /\bin\s+(.+)$/i;

/**
 * Reads "ramen near shinjuku open now" as text "ramen", anchor "shinjuku", open now. "in X" is
 * only a hint: the caller keeps the words as text when X is not a known place.
 */
export function parseSearchText(raw: string): ParsedQuery {
  let text = raw.replace(/\s+/g, ' ').trim();
  const openNow = OPEN_NOW.test(text);
  text = text.replace(OPEN_NOW, ' ').replace(/\s+/g, ' ').trim();
  const near = NEAR.exec(text);
  if (near?.[1]) {
    return {
      text: text.slice(0, near.index).trim(),
      anchor: { text: near[1].trim(), kind: 'near' },
      openNow,
    };
  }
  const inside = IN.exec(text);
  if (inside?.[1] && inside.index > 0) {
    return {
      text: text.slice(0, inside.index).trim(),
      anchor: { text: inside[1].trim(), kind: 'in' },
      openNow,
    };
  }
  return { text, openNow };
}
