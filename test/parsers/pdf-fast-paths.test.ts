/**
 * The shortcuts the PDF parser's hot paths take must give what the full work gives: cleanLine's
 * fast path, isPageNumber's ink count, the ligature count over distinct words, row building.
 */
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/parsers/pdf/clean.js';
import type { PdfItem } from '../../src/parsers/pdf/extract.js';
import { isPageNumber } from '../../src/parsers/pdf/furniture.js';
import { buildRows } from '../../src/parsers/pdf/layout.js';
import { LigatureRepair } from '../../src/parsers/pdf/ligatures.js';

describe('cleanLine fast path', () => {
  it('keeps typographic quotes, dashes and the section sign, trimming only', () => {
    expect(cleanLine('  “Data” – the ‘Supplier’ — § 3 é ')).toBe('“Data” – the ‘Supplier’ — § 3 é');
  });

  it('still normalises each character class the replacements handle', () => {
    expect(cleanLine('a\u00a0b')).toBe('a b');
    expect(cleanLine('a\u2011b')).toBe('a-b');
    expect(cleanLine('a\u200cb')).toBe('ab');
    expect(cleanLine('a\u0085b')).toBe('a b');
    expect(cleanLine('\ue000 item')).toBe('• item');
    expect(cleanLine('a  b')).toBe('a b');
  });
});

describe('isPageNumber', () => {
  it('accepts page numbers with any whitespace around and inside', () => {
    expect(isPageNumber('  Page\u00a0 7 \t of  12 ')).toBe(true);
    expect(isPageNumber('página | (vii) von 1234')).toBe(true);
  });

  it('rejects text with more ink than a page number can have', () => {
    expect(isPageNumber('páginas|(vii)von1234')).toBe(false);
    expect(isPageNumber('The Supplier shall keep the records for 7 years')).toBe(false);
  });
});

describe('LigatureRepair counts', () => {
  it('weighs a word by its occurrences, in any case', () => {
    // Two broken words ("afer", "AFER") against one intact "after": the loss shows for "ft".
    const repair = new LigatureRepair(['afer the meeting', 'AFER THE MEETING', 'after that']);
    expect(repair.broken).toEqual(['ft']);
    expect(repair.repairLine('Afer it')).toBe('After it');
  });

  it('does not repair when intact words outnumber the broken ones', () => {
    const texts = ['afer', 'afer', ...Array.from({ length: 20 }, () => 'after')];
    expect(new LigatureRepair(texts).broken).toEqual([]);
  });
});

describe('buildRows', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, width: str.length * 5, size });

  it('orders a long row by x, keeping equal x in input order', () => {
    const items = Array.from({ length: 20 }, (_, k) => item(`w${k}`, (19 - k) * 20, 100));
    items.push(item('same', 0, 100));
    const [row] = buildRows(items);
    expect(row!.items.map((i) => i.str)).toEqual(['w19', 'same', ...Array.from({ length: 19 }, (_, k) => `w${18 - k}`)]);
  });

  it('takes the upper median size and baseline of the inked items', () => {
    const [row] = buildRows([item('a', 0, 100, 10), item(' ', 10, 100, 30), item('b', 20, 101, 12), item('c', 40, 100.5, 11)]);
    expect(row!.size).toBe(11);
    expect(row!.y).toBe(100.5);
    expect(row!.minX).toBe(0);
    expect(row!.maxX).toBe(45);
  });
});
