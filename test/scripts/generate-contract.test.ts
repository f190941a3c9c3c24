import { describe, expect, it } from 'vitest';
import { countWords, generateContract, WORDS_PER_PAGE } from '../../scripts/generate-contract.js';

describe('generateContract', () => {
  it('is deterministic for the same pages and seed', () => {
    expect(generateContract({ pages: 10 })).toBe(generateContract({ pages: 10 }));
    expect(generateContract({ pages: 3, seed: 7 })).toBe(generateContract({ pages: 3, seed: 7 }));
  });

  it('varies with the seed', () => {
    expect(generateContract({ pages: 3, seed: 1 })).not.toBe(generateContract({ pages: 3, seed: 2 }));
  });

  it.each([1, 10, 100])('writes about %i × 500 words', (pages) => {
    const words = countWords(generateContract({ pages }));
    const target = pages * WORDS_PER_PAGE;
    expect(words).toBeGreaterThanOrEqual(target);
    expect(words).toBeLessThanOrEqual(target * 1.05 + 100);
  });

  it('has the parts of a contract: parties, definitions, numbered clauses, lists, a schedule table, signatures', () => {
    const text = generateContract({ pages: 10 });
    expect(text).toContain('(the "Authority")');
    expect(text).toContain('(the "Supplier")');
    expect(text).toMatch(/^## 1\. Definitions and Interpretation$/m);
    expect(text).toMatch(/^"Personal Data" means /m);
    expect(text).toMatch(/^## 12\. /m);
    expect(text).toMatch(/^\d+\.\d+ /m);
    expect(text).toMatch(/^\(a\) /m);
    expect(text).toMatch(/^## Schedule 1 – Data Description$/m);
    expect(text).toMatch(/^\| Data category \| Data subjects \| Form \| Frequency \|$/m);
    expect(text).toContain('## Signatures');
  });

  it('scales the numbered clauses with the pages', () => {
    const clauses = (pages: number) => generateContract({ pages }).match(/^## \d+\. /gm)?.length ?? 0;
    const ratio = clauses(100) / clauses(10);
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
  });

  it('refuses a page count that is not a positive integer', () => {
    expect(() => generateContract({ pages: 0 })).toThrow(RangeError);
    expect(() => generateContract({ pages: 2.5 })).toThrow(RangeError);
  });
});

describe('countWords', () => {
  it('counts words, numbers and abbreviations, not markup', () => {
    expect(countWords('| --- | --- |')).toBe(0);
    expect(countWords('## 4.2 The Supplier’s duty, e.g. within thirty (30) days.')).toBe(9);
  });
});
