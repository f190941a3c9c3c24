/**
 * The PDF parser on fixtures made by LibreOffice (scripts/make-pdf-fixtures.ts): golden outlines
 * with page/line anchors (NAME.tree.json), targeted checks, and the built-in rules' findings
 * against NAME.expected.json, compared both ways. Regenerate goldens and sidecars after a
 * deliberate change, then review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/parsers/pdf.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentNode, SectionNode, TableNode } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';
import { findSection, nodesOf } from './helpers.js';
import { compareFindings, expectSoundPdf, findingsOf, parseTree, pdfOutline, slice, type Finding } from './pdf-helpers.js';

const DIR = join(import.meta.dirname, '../../fixtures/parsers/pdf');
const update = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = ['layout', 'mobility-agreement'];

function golden(path: string, actual: unknown): unknown {
  if (update || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const trees = new Map<string, Promise<DocumentNode>>();
const tree = (name: string): Promise<DocumentNode> => {
  if (!trees.has(name)) trees.set(name, parseTree(join(DIR, `${name}.pdf`)));
  return trees.get(name)!;
};

const sourceOf = (node: { data?: { source?: unknown } }) => node.data?.source;

describe('PDF fixtures: golden outlines and findings', () => {
  for (const name of FIXTURES) {
    it(`${name}.pdf parses into a sound tree matching ${name}.tree.json`, async () => {
      const doc = await tree(name);
      expectSoundPdf(doc);
      const actual = pdfOutline(doc);
      expect(actual).toEqual(golden(join(DIR, `${name}.tree.json`), actual));
    });

    it(`${name}.pdf: the built-in rules find exactly ${name}.expected.json`, async () => {
      const actual = await findingsOf(join(DIR, `${name}.pdf`));
      const expected = golden(join(DIR, `${name}.expected.json`), actual) as Finding[];
      expect(compareFindings(expected, actual)).toEqual({ missing: [], unexpected: [] });
    });
  }
});

describe('PDF: layout.pdf (one page of clauses, one of two columns)', () => {
  it('drops the running header and the "Page N of M" footer, keeps their lines in the count', async () => {
    const doc = await tree('layout');
    expect(doc.data.text).not.toContain('for internal legal review');
    expect(doc.data.text).not.toMatch(/Page \d of \d/);
    expect(doc.data.title).toBe('Data Sharing Schedule');
    // The header is line 1 of every page: the title is line 2 of page 1, clause 5's heading line 2 of page 2.
    expect(sourceOf(doc.children[0]!)).toEqual({ kind: 'pdf', page: 1, line: 2 });
    expect(sourceOf(findSection(doc, '5')!)).toEqual({ kind: 'pdf', page: 2, line: 2 });
  });

  it('rebuilds numbered headings (font size) and numbered paragraphs', async () => {
    const doc = await tree('layout');
    const two = findSection(doc, '2')!;
    expect(two).toMatchObject({ heading: 'Use of Data', kind: 'clause' });
    expect(two.children.filter((c) => c.type === 'section').map((c) => (c as SectionNode).number)).toEqual(['2.1', '2.2']);
    expect(sourceOf(findSection(doc, '2.1')!)).toEqual({ kind: 'pdf', page: 1, line: 8 });
  });

  it('joins words hyphenated across line breaks', async () => {
    const doc = await tree('layout');
    const clause = slice(doc, findSection(doc, '3.1')!);
    expect(clause).not.toMatch(/\p{L}-\n/u);
    expect(clause).toContain('administrative responsibilities,\n');
    expect(clause).toContain('confidentiality arrangements\n');
    expect(clause).not.toContain('\u00ad');
  });

  it('keeps a bordered table as a table: a header row and three rows of three cells', async () => {
    const doc = await tree('layout');
    const [table] = nodesOf(doc, 'table') as TableNode[];
    const cells = table!.children.map((row) => row.children.map((cell) => slice(doc, cell)));
    expect(cells).toEqual([
      ['Data category', 'Source', 'Frequency'],
      ['Smartcard tap-in records', 'Authority ticketing system', 'Daily batch'],
      ['Bus location feed', 'Authority fleet system', 'Real time'],
      ['Junction camera counts', 'Authority traffic control centre', 'Hourly'],
    ]);
    expect(sourceOf(table!.children[2]!)).toEqual({ kind: 'pdf', page: 1, line: 22 });
  });

  it('reads a two-column page column by column, counting lines down each column', async () => {
    const doc = await tree('layout');
    const five = findSection(doc, '5')!;
    expect(five.children.filter((c) => c.type === 'section').map((c) => (c as SectionNode).number)).toEqual([
      '5.1', '5.2', '5.3', '5.4', '5.5', '5.6',
    ]);
    // 5.4 heads the right column, level with 5.1; 5.5 is the fourth line down the right column.
    expect(sourceOf(findSection(doc, '5.1')!)).toEqual({ kind: 'pdf', page: 2, line: 3 });
    expect(sourceOf(findSection(doc, '5.4')!)).toEqual({ kind: 'pdf', page: 2, line: 3 });
    expect(sourceOf(findSection(doc, '5.5')!)).toEqual({ kind: 'pdf', page: 2, line: 6 });
    expect(slice(doc, findSection(doc, '5.3')!)).toContain('twenty-four hours.');
    // The full-width heading below the columns counts on from the longer (left) column.
    expect(findSection(doc, '6')).toMatchObject({ heading: 'Signatures' });
    expect(sourceOf(findSection(doc, '6')!)).toEqual({ kind: 'pdf', page: 2, line: 14 });
  });
});

describe('PDF: mobility-agreement.pdf (the example contract printed by LibreOffice)', () => {
  it('has the clauses, schedules and table of its Markdown source', async () => {
    const doc = await tree('mobility-agreement');
    expect(doc.data.title).toBe('Mobility Data Partnership Agreement');
    expect(doc.data.pages).toBe(4);
    for (const n of ['1.1', '4.2', '5.4', '10.3', '13.3']) expect(findSection(doc, n), n).toBeDefined();
    expect(findSection(doc, '5')).toMatchObject({ heading: 'Data Protection', kind: 'clause' });
    const schedules = (nodesOf(doc, 'section') as SectionNode[]).filter((s) => s.kind === 'schedule');
    expect(schedules.map((s) => [s.number, s.heading])).toEqual([
      ['1', 'Data Description'],
      ['2', 'Services and Milestones'],
    ]);
    const [table] = nodesOf(doc, 'table') as TableNode[];
    expect(table!.children).toHaveLength(6);
    // A cell of two lines stays one cell.
    expect(slice(doc, table!.children[1]!.children[0]!)).toBe('Smartcard tap-in and tap-out\nrecords');
    const items = nodesOf(doc, 'listItem').map((item) => item.marker);
    expect(items).toEqual(expect.arrayContaining(['(a)', '(b)']));
  });

  it('anchors clauses at the page and line a reader counts (header line included)', async () => {
    const doc = await tree('mobility-agreement');
    expect(sourceOf(findSection(doc, '4.1')!)).toEqual({ kind: 'pdf', page: 2, line: 10 });
    expect(sourceOf(findSection(doc, '3')!)).toEqual({ kind: 'pdf', page: 2, line: 2 });
  });

  it('gives the same findings as the Markdown it was printed from', async () => {
    const md = await findingsOf(join(DIR, 'mobility-agreement.md'));
    const pdf = await findingsOf(join(DIR, 'mobility-agreement.pdf'));
    const ids = (list: Finding[]) => list.map((f) => `${f.ruleId}/${f.messageId}`).sort();
    expect(ids(pdf)).toEqual(ids(md));
    expect(pdf.every((f) => typeof f.page === 'number' && typeof f.line === 'number')).toBe(true);
  });

  it('has no header, footer or page number left in the text', async () => {
    const doc = await tree('mobility-agreement');
    expect(doc.data.text).not.toContain('draft 3, for internal legal review)');
    expect(doc.data.text).not.toMatch(/Page \d of 4/);
    let paragraphs = 0;
    walk(doc, (node) => {
      if (node.type === 'paragraph') paragraphs++;
    });
    expect(paragraphs).toBeGreaterThan(40);
  });
});

describe('PDF: sideways.pdf (pages whose text runs sideways on screen)', () => {
  it('reads a page turned by /Rotate and a landscape page drawn a quarter turn round, in their text\'s direction', async () => {
    const doc = await tree('sideways');
    expectSoundPdf(doc);
    // Before, both pages were left out as rotated text (watermarks), silently.
    expect(doc.data.text).toContain('The Supplier shall delete the data within thirty days of the end of the Services.');
    expect(doc.data.text).toContain('The Authority shall publish this Agreement within thirty days of signature.');
    // Lines are counted as a reader who turns the page counts them; the upright footer under the
    // landscape text runs sideways once the page is turned, and is left out.
    expect(sourceOf(findSection(doc, '1')!)).toEqual({ kind: 'pdf', page: 1, line: 2 });
    expect(sourceOf(findSection(doc, '2')!)).toEqual({ kind: 'pdf', page: 2, line: 1 });
    expect(sourceOf(findSection(doc, '3')!)).toEqual({ kind: 'pdf', page: 3, line: 1 });
    expect(doc.data.text).not.toContain('Page 3');
  });
});

describe('PDF: run-on.pdf (paragraph gaps that a sentence runs across, or not)', () => {
  const blockTexts = (doc: DocumentNode): string[] =>
    nodesOf(doc, 'paragraph').map((node) => slice(doc, node).replace(/\s+/g, ' '));

  it('joins lines across a paragraph gap only where the sentence runs on in lowercase', async () => {
    const doc = await tree('run-on');
    expectSoundPdf(doc);
    expect(blockTexts(doc)).toEqual([
      // "…(the "Authority")," then "and Kinetica…", then "will make available…": one sentence.
      'This Agreement is made between the Council, acting through its transport department (the "Authority"), and Kinetica Ltd (the "Supplier"), under which the Authority will make available the trip records to [insert name of the recipient].',
      // After a sentence end, a new paragraph.
      'The Supplier shall keep the records in the United Kingdom.',
      // A numbered item keeps the lowercase paragraph after it out.
      '1. The Supplier shall report each quarter on the number of trips,',
      'each report signed by a director.',
      // Across a gap of more than two and a half lines, a new paragraph.
      'Notices under this Agreement go to the addresses above, and',
      'copies go to the data protection officer of the Authority.',
    ]);
  });

  it('anchors a finding at the line its text starts on, not the first line of its paragraph', async () => {
    const findings = await findingsOf(join(DIR, 'run-on.pdf'));
    expect(findings.filter((f) => f.ruleId === 'placeholder-text').map((f) => `p. ${f.page}, l. ${f.line}`)).toEqual(['p. 1, l. 4']);
    const doc = await tree('run-on');
    expect(sourceOf(nodesOf(doc, 'paragraph')[0]!)).toEqual({ kind: 'pdf', page: 1, line: 1 });
  });
});

describe('PDF: form.pdf (a filled-in form: labels in the text layer, values in form fields)', () => {
  it('reads the values of visible text, choice, check-box and radio-button fields beside their labels', async () => {
    const doc = await tree('form');
    expectSoundPdf(doc);
    const text = doc.data.text.replace(/\s+/g, ' ');
    // The values are annotations, not text: pdf-parse's getText has only the labels.
    expect(text).toContain('Data to be shared: trip records and fare data only');
    expect(text).toContain('Purpose: the Mobility Study and its evaluation report');
    expect(text).toContain('Recipient: Kinetica Ltd');
    expect(text).toContain('Published on the open data register: ☒');
    expect(text).toContain('Shared with third parties: ☐');
    // A radio group: the button that is on, and the one that is off.
    expect(text).toContain('Transfers outside the UK: ○ Yes ◉ No');
    // A hidden field is not what a reader sees or signs.
    expect(text).not.toContain('internal note');
  });

  it('lints what the fields say, at the line a reader finds them on', async () => {
    const findings = await findingsOf(join(DIR, 'form.pdf'));
    expect(findings.filter((f) => f.ruleId === 'placeholder-text').map((f) => `p. ${f.page}, l. ${f.line}`)).toEqual(['p. 1, l. 6']);
  });
});
