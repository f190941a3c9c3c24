/** src/text/spaces.ts: each helper against the regex it stands for. */
import { describe, expect, it } from 'vitest';
import { hasNonSpace, isSpaceCode, singleSpaced } from '../../src/text/spaces.js';

/** Every kind of white space `\s` knows, letters, and runs of them. */
const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', 'a', 'B', '.', '’', 'x y'];

function randomTexts(count: number): string[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [''];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(next() * 10);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    texts.push(text);
  }
  return texts;
}

describe('white space', () => {
  it('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)}`);
    }
  });

  it('singleSpaced is replace(/\\s+/g, " ") and hasNonSpace is trim() !== "", on random mixes of every kind of space', () => {
    const texts = randomTexts(20_000);
    const collapsed = texts.filter((text) => singleSpaced(text) !== text.replace(/\s+/g, ' '));
    const blank = texts.filter((text) => hasNonSpace(text) !== (text.trim() !== ''));
    expect(collapsed).toEqual([]);
    expect(blank).toEqual([]);
    // Both kinds occur: texts left as they are and texts that change.
    expect(texts.some((text) => text.length > 0 && singleSpaced(text) === text)).toBe(true);
    expect(texts.some((text) => singleSpaced(text) !== text)).toBe(true);
  });

  it('leaves a single-spaced text as it is and collapses other white space', () => {
    const text = 'The Supplier shall delete the data.';
    expect(singleSpaced(text)).toBe(text);
    expect(singleSpaced('a \u00a0b\n c')).toBe('a b c');
  });
});
