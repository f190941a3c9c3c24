/**
 * Damaged Word files that are still well-formed XML: markup Word never writes (a row inside a row,
 * a paragraph between table rows or inside another paragraph), as a missing end tag leaves it. A
 * fuzz run over the corpus found both: the rest of a document absorbed into a table row was
 * dropped, and a paragraph inside a paragraph was glued to the words before it. Every word mammoth
 * reads must be in the tree, as a word of its own, in the same order, whichever reading is used.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LINES } from '../../src/parsers/document-limits.js';
import { parseDocx } from '../../src/parsers/docx.js';
import { checkTree } from '../../src/tree/invariants.js';
import { makeDocx, num, numPr, p } from './docx-helpers.js';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.map((text) => p(text)).join('')}</w:tc>`;

const CASES: Record<string, string> = {
  'a row inside a row, with the rest of the document after it': `<w:tbl><w:tr>${cell('Alpha cell')}<w:tr>${cell('Bravo nested')}${cell('Charlie nested')}</w:tr>${p('Delta stray paragraph')}<w:tbl><w:tr>${cell('Echo inner table')}</w:tr></w:tbl>${p('Foxtrot closing words')}</w:tr></w:tbl>`,
  'a paragraph between table rows': `<w:tbl>${p('Golf before rows')}<w:tr>${cell('Hotel cell')}</w:tr>${p('India between rows')}<w:tr>${cell('Juliet cell')}</w:tr></w:tbl>${p('Kilo after')}`,
  'a paragraph inside a paragraph': `<w:p><w:r><w:t>Lima reports on:</w:t></w:r><w:p><w:r><w:t>Mike the number of trips</w:t></w:r></w:p><w:r><w:t>November tail</w:t></w:r></w:p>${p('Oscar next')}`,
};

describe('damaged but well-formed Word markup', () => {
  for (const [name, body] of Object.entries(CASES)) {
    it(`keeps every word of ${name}, in order`, async () => {
      const bytes = makeDocx({ body });
      const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      expect(words(raw).length).toBeGreaterThan(5);
      for (const slim of [true, false]) {
        const result = await parseDocx(bytes, {}, { slim });
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        if (!result.ok) return;
        expect(checkTree(result.tree)).toEqual([]);
        // The same words as mammoth's text, none glued to its neighbour, none lost.
        expect(words(result.tree.data.text)).toEqual(words(raw));
      }
    });
  }
});

describe('runs outside any paragraph', () => {
  // A fuzz run (seed 606) renamed a heading's <w:p> start tag to <w:r>: mammoth still read its
  // words (glued to the next paragraph's), the tree dropped them.
  const CASES: Record<string, string> = {
    'a paragraph whose start tag became a run\'s': `<w:r><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Data Sharing Schedule</w:t></w:r></w:p>${p('The Supplier shall act.')}`,
    'a run directly in the body': `<w:r><w:t>Data Sharing Schedule</w:t></w:r>${p('The Supplier shall act.')}`,
    'a run directly in a table cell': `<w:tbl><w:tr><w:tc><w:r><w:t>Data Sharing Schedule</w:t></w:r></w:tc></w:tr></w:tbl>${p('The Supplier shall act.')}`,
  };
  for (const [name, body] of Object.entries(CASES)) {
    it(`keeps the words of ${name}, as a paragraph of their own`, async () => {
      const bytes = makeDocx({ body });
      const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      expect(raw).toContain('Data Sharing Schedule');
      const result = await parseDocx(bytes);
      expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
      if (!result.ok) return;
      expect(checkTree(result.tree)).toEqual([]);
      expect(result.tree.data.text).toMatch(/^Data Sharing Schedule\n+The Supplier shall act\.$/);
    });
  }
});

describe('hostile numbering values', () => {
  // Each numbered paragraph repeats its label: a few hundred bytes of numbering must not become
  // gigabytes of text (a 5-paragraph list with this start made 384 MB and 878 MiB before).
  it('keeps labels short whatever the start value and the level text say', async () => {
    const level = (fmt: string, start: string, text: string): string =>
      `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${level('lowerLetter', '2000000000', '(%1)')}</w:abstractNum>${num(1, 1)}` +
      `<w:abstractNum w:abstractNumId="2">${level('decimal', '1', `%1.${'x'.repeat(100_000)}`)}</w:abstractNum>${num(2, 2)}`;
    const body =
      Array.from({ length: 200 }, (_, i) => p(`Letter item ${i}.`, numPr(1, 0))).join('') +
      Array.from({ length: 200 }, (_, i) => p(`Pattern item ${i}.`, numPr(2, 0))).join('');
    const result = await parseDocx(makeDocx({ body, numbering }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tree.data.text).toContain('(2000000000) Letter item 0.');
    expect(result.tree.data.text).toContain('(2000000199) Letter item 199.');
    expect(result.tree.data.text.length).toBeLessThan(200 * 40 + 200 * 130);
  });
});

describe('nesting no contract has', () => {
  it('names tables nested thousands deep instead of reporting a damaged file', async () => {
    const body = `${'<w:tbl><w:tr><w:tc>'.repeat(5000)}${p('Deep text.')}${'</w:tc></w:tr></w:tbl>'.repeat(5000)}`;
    expect(await parseDocx(makeDocx({ body }))).toMatchObject({ ok: false, error: { code: 'too-complex', message: expect.stringMatching(/^the document is nested too deeply to read/) } });
  });
});

describe('damage only in markup the slim reading leaves out', () => {
  // Decided: read past it, as Word's repair would, rather than refuse a file whose text is intact.
  it('lints the text; the reading as written and mammoth alone refuse the file', async () => {
    for (const broken of ['<w:p w:rsidR=>', '<w:p><w:pPr><w:pStyle w:val="a" w:val="b"/></w:pPr>']) {
      const bytes = makeDocx({ body: `${p('Alpha')}${broken}<w:r><w:t>Beta</w:t></w:r></w:p>` });
      const read = await parseDocx(bytes);
      expect(read.ok && read.tree.data.text).toBe('Alpha\nBeta');
      expect(await parseDocx(bytes, {}, { slim: false })).toMatchObject({ ok: false, error: { code: 'corrupt-docx' } });
      await expect(mammoth.extractRawText({ buffer: Buffer.from(bytes) })).rejects.toThrow(/xmldom/);
    }
  });
});

describe('more paragraphs than one document may hold', () => {
  // Each costs about 1.2 KB while mammoth reads it: a million empty ones took 10 s and 1.2 GB,
  // and the 16 MiB document part could hold 2.8 million.
  it('refuses them before mammoth reads the document', async () => {
    const body = `${'<w:p/>'.repeat(MAX_TEXT_LINES)}${p('The Supplier shall act.')}`;
    const readings: unknown[] = [];
    expect(await parseDocx(makeDocx({ body }), {}, { onReading: (reading) => readings.push(reading) })).toEqual({
      ok: false,
      error: { code: 'document-too-large', message: 'the document has more than 1,000,000 paragraphs; split the document' },
    });
    // Refused from a count of the XML: no reading was started.
    expect(readings).toEqual([]);
    // A document within the limit is read.
    const fewer = `${'<w:p/>'.repeat(1000)}${p('The Supplier shall act.')}`;
    expect((await parseDocx(makeDocx({ body: fewer }))).ok).toBe(true);
  }, 30_000);
});
