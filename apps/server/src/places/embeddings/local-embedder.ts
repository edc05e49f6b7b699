import { foldedTokens } from '@caravan/places';
import type { Embedder } from './embedder.js';

export const LOCAL_EMBEDDING_DIMENSIONS = 256;

/** FNV-1a, 32 bit: fast, deterministic across platforms and releases. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// Words that carry no meaning for place search; left in, they would make every text alike.
const STOP_WORDS = new Set(
  'a an and the of in on at to for with by from near open now is are or de del la le el des du da do dos das di il lo'.split(
    ' ',
  ),
);

function addFeature(vector: Float64Array, feature: string, weight: number): void {
  const hash = fnv1a(feature);
  const index = hash % vector.length;
  // The sign bit spreads collisions so they cancel out instead of piling up.
  vector[index] = (vector[index] ?? 0) + ((hash >>> 31) & 1 ? -weight : weight);
}

/**
 * Embeds a text offline and deterministically: hashed words and character trigrams into a
 * fixed-size, unit-length vector. It knows no synonyms, but it makes "ramen noodles" close to
 * "ramen shop" and tolerates small misspellings, which is what offline ranking needs.
 */
export function embedLocally(text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Float64Array(dimensions);
  for (const token of foldedTokens(text)) {
    if (STOP_WORDS.has(token)) continue;
    addFeature(vector, `w:${token}`, 1);
    const padded = `<${token}>`;
    for (let i = 0; i + 3 <= padded.length; i++)
      addFeature(vector, `g:${padded.slice(i, i + 3)}`, 0.5);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return Array.from(vector, (value) => (norm === 0 ? 0 : Math.round((value / norm) * 1e6) / 1e6));
}

export function createLocalEmbedder(dimensions = LOCAL_EMBEDDING_DIMENSIONS): Embedder {
  return {
    model: `local-hash-${dimensions}`,
    embed: (texts) => Promise.resolve(texts.map((text) => embedLocally(text, dimensions))),
  };
}
