import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { boundedMemo } from './memo.js';
import type { Token } from './types.js';

/**
 * Words and numbers with their offsets. A word keeps inner apostrophes, hyphens and dots
 * ("Supplier's", "sub-processor", "e.g", "4.2") so clause numbers and compounds stay whole.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Porter stem of a lower-cased word; a possessive "'s" is dropped first. Stems repeat heavily across a contract. */
export const stemOf = boundedMemo((lower) => {
  const bare = lower.replace(/['’]s$/u, '');
  return /\p{L}/u.test(bare) ? porter.stem(bare) : bare;
}, 50_000);

/** Tokens of `text`; `offset` is added to every position (pass the sentence's document start). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    const start = offset + match.index;
    tokens.push({ text: match[0], lower, stem: stemOf(lower), start, end: start + match[0].length });
  }
  return tokens;
}
