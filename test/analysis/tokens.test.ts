import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/tokens.js';

describe('tokenize', () => {
  it('keeps offsets, compounds and clause numbers', () => {
    const text = "The Supplier's sub-processors shall process Data under clause 4.2(a), e.g. names.";
    const tokens = tokenize(text, 100);
    expect(tokens.map((token) => token.text)).toEqual([
      'The', "Supplier's", 'sub-processors', 'shall', 'process', 'Data', 'under', 'clause', '4.2', 'a', 'e.g', 'names',
    ]);
    for (const token of tokens) expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
  });

  it('stems with Porter, lower-cased, possessives dropped', () => {
    const stems = Object.fromEntries(tokenize("Processing processes Supplier's assessments Obliged").map((t) => [t.text, t.stem]));
    expect(stems).toEqual({
      Processing: 'process',
      processes: 'process',
      "Supplier's": 'supplier',
      assessments: 'assess',
      Obliged: 'oblig',
    });
    expect(tokenize('DATA')[0]).toMatchObject({ lower: 'data', stem: 'data' });
  });

  it('handles non-ASCII letters and empty text', () => {
    expect(tokenize('Données à caractère personnel').map((t) => t.lower)).toEqual(['données', 'à', 'caractère', 'personnel']);
    expect(tokenize('  —  ')).toEqual([]);
  });
});
