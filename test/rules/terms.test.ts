/**
 * The character-level readers of rules/shared/terms.ts read exactly what the regular expressions
 * they stand for match.
 */
import { describe, expect, it } from 'vitest';
import { buildTermIndex, isTermJoin, normalizeWord, WORD, wordsIn } from '../../rules/shared/terms.js';

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters and digits (ASCII and not, astral ones too), joiners, spaces, marks and lone surrogates.
const PIECES = ['a', 'Z', '7', 'é', 'ß', 'İ', 'Ж', '٣', '𝐀', '𝟙', '😀', "'", '’', '-', '‘', ' ', '\u00a0', '\n', '/', '&', '.', ',', '"', '“', '\ud800', '\udc00'];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('wordsIn', () => {
  it('finds the words WORD matches, with their normal forms', () => {
    const next = random(7);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, 1 + Math.floor(next() * 24));
      const words = wordsIn(text);
      const expected = [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length, normalizeWord(match[0])]);
      const found = words.starts.map((start, i) => [start, words.ends[i], words.norms[i]]);
      expect(found, JSON.stringify(text)).toEqual(expected);
      expect(words.count).toBe(expected.length);
    }
  });

  it('reads possessives, plurals and joined words', () => {
    const text = "the Parties' Call-Off Contract’s rock'n'roll don't -x- a'";
    expect([...text.matchAll(WORD)].map((match) => match[0])).toEqual(['the', "Parties'", 'Call-Off', 'Contract’s', "rock'n'roll", "don't", 'x', "a'"]);
    expect(wordsIn(text).norms).toEqual(['the', 'party', 'call-off', 'contract', "rock'n'roll", "don't", 'x', 'a']);
  });

  it('reads the same normal forms again from words it has seen, and only from the same characters', () => {
    // Many words, read twice in other texts: the second reading comes from the cache of seen words.
    const next = random(23);
    const vocabulary = Array.from({ length: 40_000 }, () => randomText(next, 1 + Math.floor(next() * 9)).replace(/[^\p{L}\p{N}]/gu, 'q'));
    for (const pass of [0, 1]) {
      const text = vocabulary.join(pass === 0 ? ' ' : ', ');
      const words = wordsIn(text);
      expect(words.norms, `pass ${pass}`).toEqual([...text.matchAll(WORD)].map((match) => normalizeWord(match[0])));
    }
    expect(wordsIn('Parties parties PARTIES partie').norms).toEqual(['party', 'party', 'party', 'partie']);
  });
});

describe('term joins', () => {
  it('isTermJoin is the gap test of the term index', () => {
    const JOIN = /^(?:\s{1,3}|\s?[/&]\s?|\s&\s)$/;
    const next = random(11);
    const pieces = [' ', '\t', '/', '&', 'x', '-', '\u00a0'];
    for (let round = 0; round < 5000; round++) {
      let gap = '';
      const length = Math.floor(next() * 6);
      for (let i = 0; i < length; i++) gap += pieces[Math.floor(next() * pieces.length)];
      const text = `a${gap}b`;
      expect(isTermJoin(text, 1, 1 + gap.length), JSON.stringify(gap)).toBe(JOIN.test(gap));
    }
  });

  it('matches terms across the joins it allows, and not across others', () => {
    const index = buildTermIndex(['EU EEA', 'Data Protection']);
    const found = index.scan('EU/EEA, EU & EEA, EU  /EEA, Data   Protection, Data\nProtection').map((match) => match.text);
    expect(found).toEqual(['EU/EEA', 'EU & EEA', 'Data   Protection', 'Data\nProtection']);
  });
});
