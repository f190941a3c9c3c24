/**
 * The PDF parser's pieces on synthetic input: line cleanup, hyphen joins, ligature repair,
 * furniture, rows, bands (two columns and tables) and line numbers.
 */
import { describe, expect, it } from 'vitest';
import { cleanLine, joinHyphenated, keepsHyphen } from '../../src/parsers/pdf/clean.js';
import type { PdfItem, PdfPage } from '../../src/parsers/pdf/extract.js';
import { isPageNumber, markFurniture } from '../../src/parsers/pdf/furniture.js';
import { buildRows, joinItems, layoutPage, type Line } from '../../src/parsers/pdf/layout.js';
import { LigatureRepair } from '../../src/parsers/pdf/ligatures.js';
import { hasEofMarker, timeLimitFromEnv } from '../../src/parsers/pdf.js';

const CHAR = 5; // points per character at size 10

function item(str: string, x: number, y: number, size = 10): PdfItem {
  return { str, x, y, width: str.length * CHAR * (size / 10), size };
}

function page(number: number, items: PdfItem[], height = 800): PdfPage {
  return { number, width: 600, height, items };
}

describe('cleanLine', () => {
  it('spells out ligature characters, drops soft hyphens, normalises Word hyphen pairs and spaces', () => {
    expect(cleanLine('e\ufb03cient \ufb01le')).toBe('efficient file');
    expect(cleanLine('cross-\u00ad\u2010claim')).toBe('cross-claim');
    expect(cleanLine('infor\u00admation\tand\u00a0more  words')).toBe('information and more words');
    expect(cleanLine('\uf0b7 first item')).toBe('• first item');
    expect(cleanLine('zero\u200bwidth')).toBe('zerowidth');
  });
});

describe('hyphen joins', () => {
  it('drops the hyphen of a broken word, keeps the hyphen of a compound', () => {
    expect(keepsHyphen('informa', 'tion')).toBe(false);
    expect(keepsHyphen('data', 'sharing')).toBe(true);
    expect(keepsHyphen('sub', 'processor')).toBe(true);
    expect(keepsHyphen('confiden', 'tiality')).toBe(false);
  });

  it('moves the rest of the word (and its punctuation) up to the first line', () => {
    const lines = joinHyphenated([{ text: 'the informa-' }, { text: 'tion, and the data-' }, { text: 'sharing terms' }]);
    expect(lines.map((l) => l.text)).toEqual(['the information,', 'and the data-sharing', 'terms']);
  });

  it('removes a line left empty and leaves capitals and numbers alone', () => {
    expect(joinHyphenated([{ text: 'respon-' }, { text: 'sibilities' }, { text: 'next' }]).map((l) => l.text)).toEqual([
      'responsibilities',
      'next',
    ]);
    expect(joinHyphenated([{ text: 'Clause 4 -' }, { text: 'Data' }]).map((l) => l.text)).toEqual(['Clause 4 -', 'Data']);
    expect(joinHyphenated([{ text: 'North-' }, { text: 'Bridge' }]).map((l) => l.text)).toEqual(['North-', 'Bridge']);
  });
});

describe('ligature repair', () => {
  const broken = [
    'The Supplier shall protect the informaton and keep a record of each notfcaton.',
    'Data Protecton: the Supplier shall not confict with the Specifcaton and shall mitgate risks.',
    'It ofered efectve measures afer the efectve date.',
  ];

  it('restores lost letters where the document shows the loss, keeping case and inflection', () => {
    const repair = new LigatureRepair(broken);
    expect(repair.broken).toEqual(expect.arrayContaining(['ti', 'fi', 'ff']));
    expect(repair.repairLine(broken[0]!)).toBe('The Supplier shall protect the information and keep a record of each notification.');
    expect(repair.repairLine('PROTECTON of Protecton')).toBe('PROTECTION of Protection');
    expect(repair.repairLine('mitgated')).toBe('mitigated');
  });

  it('never turns a word into another word', () => {
    const repair = new LigatureRepair(broken);
    // "led" could be "filed", "fled" or "tiled"; "of" could be "off": words are left alone.
    expect(repair.repairLine('He led the set of tests.')).toBe('He led the set of tests.');
  });

  it('does nothing where the document spells the ligatures correctly', () => {
    const intact = [
      'The information, the notification, the protection and the specification are effective.',
      'One stray informaton stays as written.',
    ];
    const repair = new LigatureRepair(intact);
    expect(repair.broken).toEqual([]);
    expect(repair.repairLine(intact[1]!)).toBe(intact[1]);
  });
});

describe('furniture', () => {
  it('recognises page numbers', () => {
    for (const s of ['7', '- 7 -', 'Page 7', 'Page | 7', '7 of 12', 'Page 7 of 12', '2(3)', '-5-', 'iv']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['7. Term', 'Page layout', '2020 Annual Report']) expect(isPageNumber(s), s).toBe(false);
  });

  it('marks lines repeated at the top or bottom of most pages, allowing for changing numbers', () => {
    const pages = [1, 2, 3, 4].map((n) => {
      const body = ['Recitals of the parties', 'Clause two applies', 'Schedule of data', 'Signature page'][n - 1]!;
      const items = [item('ACME Data Agreement', 50, 30), item(body, 50, 100), item(`Body ${n * 13} words`, 50, 400)];
      items.push(item(`Page ${n} of 4`, 250, 780));
      if (n === 2) items.push(item('Unique closing line', 50, 760));
      return { height: 800, rows: buildRows(items) };
    });
    markFurniture(pages);
    const marked = pages.map((p) => p.rows.filter((r) => r.furniture).map((r) => joinItems(r.items)));
    expect(marked[0]).toEqual(['ACME Data Agreement', 'Page 1 of 4']);
    expect(marked[1]).toEqual(['ACME Data Agreement', 'Page 2 of 4']);
    expect(pages.every((p) => p.rows.filter((r) => !r.furniture).length === (p === pages[1] ? 3 : 2))).toBe(true);
  });
});

describe('rows and lines', () => {
  it('joins items with spaces where the gap or a space item says so, and drops fake-bold repeats', () => {
    const items = [item('does n', 50, 100), item('ot change', 80, 100), item(' ', 125, 100), item('your', 126, 100)];
    expect(joinItems(items)).toBe('does not change your');
    expect(joinItems([item('Bold', 50, 100), item('Bold', 50.3, 100), item('text', 72, 100)])).toBe('Bold text');
  });

  it('puts a footnote mark on the row it sits on', () => {
    const rows = buildRows([item('The Supplier', 50, 100), item('1', 111, 96, 6), item('shall', 120, 100)]);
    expect(rows).toHaveLength(1);
  });

  const numbered = (lines: Line[]) => lines.map((l) => `${l.lineNo}:${l.text}`);

  it('reads two columns left then right and counts lines down each column', () => {
    const items: PdfItem[] = [item('Running header', 50, 20), item('1. Title across the page', 50, 60)];
    for (let k = 0; k < 8; k++) {
      items.push(item(`left line ${k} of the column text.`.padEnd(44, '.'), 50, 100 + 12 * k));
      items.push(item(`right line ${k} of the column text`.padEnd(44, '.'), 330, 100 + 12 * k));
    }
    items.push(item('2. A full-width line below both of the columns and wider than each', 50, 220));
    const p = page(1, items);
    const layout = layoutPage(p, buildRows(p.items));
    const flow = layout.flow.map((f) => (f.type === 'line' ? `${f.line.lineNo}:${f.line.text.slice(0, 12).trim()}` : 'table'));
    expect(flow).toEqual([
      '1:Running head', '2:1. Title acr',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => `${k + 3}:left line ${k}`),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => `${k + 3}:right line ${k}`),
      '11:2. A full-wi',
    ]);
  });

  it('makes a table of rows whose cells line up, with a taller gap between table rows', () => {
    const items: PdfItem[] = [item('Category', 50, 100), item('Source', 250, 100), item('Frequency', 450, 100)];
    items.push(item('Tap-in records and', 50, 120), item('Ticketing system', 250, 120), item('Daily', 450, 120));
    items.push(item('tap-out records', 50, 132));
    items.push(item('Bus location', 50, 152), item('Fleet system', 250, 152), item('Real time', 450, 152));
    items.push(item('After the table, a paragraph that runs across the whole page width.', 50, 190));
    const p = page(1, items);
    const layout = layoutPage(p, buildRows(p.items));
    expect(layout.flow.map((f) => f.type)).toEqual(['table', 'line']);
    const table = layout.flow[0]!.type === 'table' ? layout.flow[0]!.table : undefined;
    expect(table!.rows.map((row) => row.map((cell) => cell.map((l) => l.text).join(' / ')))).toEqual([
      ['Category', 'Source', 'Frequency'],
      ['Tap-in records and / tap-out records', 'Ticketing system', 'Daily'],
      ['Bus location', 'Fleet system', 'Real time'],
    ]);
    expect(numbered(layout.lines).slice(-1)).toEqual(['5:After the table, a paragraph that runs across the whole page width.']);
  });

  it('does not take a numbered clause with a tab after its number for a table', () => {
    const items: PdfItem[] = [];
    for (let k = 0; k < 4; k++) items.push(item(`3.${k + 1}`, 50, 100 + 20 * k), item('The Supplier shall keep records.', 90, 100 + 20 * k));
    const p = page(1, items);
    expect(layoutPage(p, buildRows(p.items)).flow.map((f) => f.type)).toEqual(['line', 'line', 'line', 'line']);
  });
});

describe('helpers', () => {
  it('finds the end-of-file marker near the end only', () => {
    const enc = new TextEncoder();
    expect(hasEofMarker(enc.encode('%PDF-1.7\n...\n%%EOF\n'))).toBe(true);
    expect(hasEofMarker(enc.encode('%PDF-1.7\n...\n%%EO'))).toBe(false);
  });

  it('reads the time limit from CLAUSELINT_PDF_TIMEOUT in seconds', () => {
    expect(timeLimitFromEnv({})).toBe(30_000);
    expect(timeLimitFromEnv({ CLAUSELINT_PDF_TIMEOUT: '2.5' })).toBe(2500);
    expect(timeLimitFromEnv({ CLAUSELINT_PDF_TIMEOUT: 'soon' })).toBe(30_000);
  });
});
