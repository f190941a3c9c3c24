import { describe, expect, it } from 'vitest';
import { collapseSpaces, firstSentence, wrap } from '../../src/reporters/text.js';

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['Under GDPR Art. 28 the processor acts on instructions. More.', 'Under GDPR Art. 28 the processor acts on instructions.'],
    ['See e.g. The Guide for details. More.', 'See e.g. The Guide for details.'],
    ['No full stop at all', 'No full stop at all'],
    ['It matters!  "Quoted" next.', 'It matters!'],
  ])('%j', (text, expected) => expect(firstSentence(text)).toBe(expected));
});

describe('wrap and collapseSpaces', () => {
  it('wraps at word boundaries and keeps paragraphs', () => {
    expect(wrap('aaa bbb ccc\n\nddd', 7)).toEqual(['aaa bbb', 'ccc', '', 'ddd']);
  });
  it('collapses whitespace runs', () => {
    expect(collapseSpaces('  a  b\n\tc ')).toBe('a b c');
  });
});
