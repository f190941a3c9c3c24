/**
 * The slim reading (src/parsers/docx/prepass.ts `slim`): mammoth is handed only the markup whose
 * model the tree is built from. What it leaves out, what it must keep, and that the tree is the
 * same as from the document as written, on every DOCX fixture and on a package with the markup
 * Word writes around text (revision ids, run fonts, proofing marks, tracked property changes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/parsers/docx.js';
import { prepass } from '../../src/parsers/docx/prepass.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';
import { expectSoundDocx, makeDocx, numPr } from './docx-helpers.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const ROOT = `<w:document ${W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">`;

async function treeOf(bytes: Uint8Array, slim: boolean, readings: Array<{ bookmarks: boolean; slim: boolean }> = []): Promise<DocumentNode> {
  const result = await parseDocx(bytes, {}, { slim, onReading: (reading) => readings.push(reading) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.tree;
}

/** Word's way of writing a paragraph: revision ids, direct formatting, proofing marks. */
const wordRun = (text: string, rPr = ''): string =>
  `<w:r w:rsidR="00A1B2C3" w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>${rPr}<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const wordParagraph = (runs: string, pPr = ''): string =>
  `<w:p w:rsidR="00112233" w:rsidRDefault="00445566" w14:paraId="1A2B3C4D"><w:pPr>${pPr}<w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:pPr>${runs}</w:p>`;

const STYLES =
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>' +
  // One id for a character style (first) and a paragraph style: mammoth names the paragraph one.
  '<w:style w:type="character" w:styleId="Clause"><w:name w:val="Clause Char"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="heading 3"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:basedOn w:val="Heading2"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>';

/** A footnote in its own style: mammoth reads notes as written, the slim reading without styles.xml. */
const FOOTNOTES = `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:t>As kept in the register.</w:t></w:r></w:p></w:footnote>`;

const NUMBERING =
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';

const WORD_LIKE_BODY = [
  wordParagraph(wordRun('Data Partnership Agreement'), '<w:pStyle w:val="Title"/>'),
  wordParagraph(
    `<w:proofErr w:type="spellStart"/>${wordRun('Data', '<w:b/><w:bCs/>')}<w:proofErr w:type="spellEnd"/>${wordRun(' Access')}`,
    `<w:pStyle w:val="Heading1"/>${numPr(1, 0)}`,
  ),
  // Bold switched off by value, italic on; a user bookmark; a rendered page break.
  wordParagraph(
    `<w:bookmarkStart w:id="0" w:name="access"/>${wordRun('The Supplier ', '<w:b w:val="0"/><w:i/>')}<w:bookmarkEnd w:id="0"/>` +
      `<w:r w:rsidR="1"><w:lastRenderedPageBreak/><w:t>shall access only the data listed in Schedule 1.</w:t></w:r><w:r w:rsidR="2"/>`,
    `<w:pStyle w:val="Clause"/>${numPr(1, 1)}`,
  ),
  // A tracked formatting change of a run and of a paragraph (the old style must not count).
  wordParagraph(
    `<w:r w:rsidR="3"><w:rPr><w:b/><w:rPrChange w:id="7" w:author="A"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>Changed formatting.</w:t></w:r>`,
    `<w:pStyle w:val="Body"/><w:pPrChange w:id="8" w:author="A"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange>`,
  ),
  // A style that styles.xml does not define, and one of another type only.
  wordParagraph(wordRun('Unknown style.'), '<w:pStyle w:val="Missing"/>'),
  `<w:p w:rsidR="00AA"/>`,
  // A field whose instruction keeps its spaces; a tab and a break.
  wordParagraph(
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${wordRun('the register')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:tab/><w:t>after a tab</w:t><w:br/><w:t>and a break.</w:t></w:r>`,
  ),
  // A table whose cell paragraphs are written the same way.
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr w:rsidR="1"><w:tc><w:tcPr><w:tcW w:w="4000"/></w:tcPr>${wordParagraph(wordRun('Category', '<w:b/>'))}</w:tc>` +
    `<w:tc>${wordParagraph(wordRun('Form', '<w:b/>'))}</w:tc></w:tr><w:tr><w:tc>${wordParagraph(wordRun('Trip records'))}</w:tc><w:tc>${wordParagraph(wordRun('Pseudonymised'))}</w:tc></w:tr></w:tbl>`,
  wordParagraph(wordRun('Retention', '<w:b/>'), `<w:pStyle w:val="Heading1"/>${numPr(1, 0)}`),
  wordParagraph(`${wordRun('The Supplier shall delete the data within 30 days.')}<w:r><w:footnoteReference w:id="1"/></w:r>`, numPr(1, 1)),
].join('');

/** The same, with a paragraph whose mark is a tracked deletion and a text box: read with bookmarks. */
const WITH_DELETED_MARK_AND_TEXT_BOX =
  WORD_LIKE_BODY +
  `<w:p w:rsidR="9"><w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>${wordRun('Joined ')}</w:p>` +
  wordParagraph(wordRun('to the next paragraph.'), '<w:pStyle w:val="Body"/>') +
  wordParagraph(
    `${wordRun('Anchor.')}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${wordParagraph(wordRun('Boxed text.'), '<w:pStyle w:val="Heading2"/>')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`,
  );

describe('slim reading: what mammoth is handed', () => {
  const xml = `${ROOT}<w:body>${WITH_DELETED_MARK_AND_TEXT_BOX}</w:body></w:document>`;
  const full = prepass(xml, { dropNumbering: true });
  const slim = prepass(xml, { dropNumbering: true, slim: true });

  it('reads the same paragraphs, with each paragraph’s own style (not the old one of a tracked change)', () => {
    expect(slim.records.map(({ styleId, propertiesRemoved, ...rest }) => rest)).toEqual(full.records.map(({ styleId, propertiesRemoved, ...rest }) => rest));
    expect(slim.records.map((r) => r.styleId ?? '-')).toEqual([
      'Title', 'Heading1', 'Clause', 'Body', 'Missing', '-', '-', '-', '-', '-', '-', 'Heading1', '-', 'Heading2', 'Body', '-', 'Heading2',
    ]);
  });

  it('leaves out paragraph properties, revision ids, run formatting other than bold and italic, and markup mammoth ignores', () => {
    // Paragraph and run start tags without attributes.
    expect(full.xml).toMatch(/<w:[pr]\s/);
    expect(slim.xml).not.toMatch(/<w:[pr]\s/);
    for (const gone of ['w14:paraId', '<w:spacing', '<w:jc', 'w:rFonts', '<w:sz', '<w:lang', '<w:proofErr', '<w:lastRenderedPageBreak', '<w:bookmarkEnd', 'xml:space']) {
      expect(full.xml, gone).toContain(gone);
      expect(slim.xml, gone).not.toContain(gone);
    }
    expect(slim.xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>Data</w:t></w:r><w:r><w:t> Access</w:t></w:r>');
    expect(slim.xml).toContain('<w:r><w:rPr><w:b w:val="0"/><w:i/></w:rPr><w:t>The Supplier </w:t></w:r>');
    expect(slim.xml).toContain('<w:r/>');
    // This document has a text box: its runs are kept whole (a text box's paragraph may sit inside a run).
    expect(slim.xml).toContain('<w:bookmarkStart w:name="_clauselint_4"/><w:r><w:t>Unknown style.</w:t></w:r></w:p>');
    // Without one, a run of plain text is handed as its bare text element.
    const plain = prepass(`${ROOT}<w:body>${WORD_LIKE_BODY}</w:body></w:document>`, { dropNumbering: true, slim: true, bookmarks: false });
    expect(plain.xml).toContain('<w:p><w:t>Unknown style.</w:t></w:p>');
    expect(slim.xml).toContain('<w:p/>');
    expect(slim.xml).toContain('<w:instrText> HYPERLINK "https://example.org" </w:instrText>');
    // Only the paragraph whose mark is deleted keeps its properties: mammoth merges it by them.
    expect(slim.xml.match(/<w:pPr>/g)).toHaveLength(1);
    expect(slim.records.filter((r) => r.propertiesRemoved)).toHaveLength(slim.records.filter((r) => !r.selfClosing).length - 1);
  });

  it('keeps a run’s properties as written when they hold a tracked formatting change', () => {
    expect(slim.xml).toContain('<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="A"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>Changed formatting.</w:t></w:r>');
  });

  it('hands mammoth XML that still parses (every start tag closed)', () => {
    const opened = (slim.xml.match(/<w:[A-Za-z]+(?:\s[^>]*)?(?<!\/)>/g) ?? []).length;
    const closed = (slim.xml.match(/<\/w:[A-Za-z]+>/g) ?? []).length;
    expect(opened).toBe(closed);
  });
});

describe('slim reading: the same tree as from the document as written', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['Word-like markup (read without bookmarks)', makeDocx({ body: WORD_LIKE_BODY, styles: STYLES, numbering: NUMBERING, footnotes: FOOTNOTES, rootTag: ROOT })],
    ['a deleted paragraph mark and a text box (read with bookmarks)', makeDocx({ body: WITH_DELETED_MARK_AND_TEXT_BOX, styles: STYLES, numbering: NUMBERING, footnotes: FOOTNOTES, rootTag: ROOT })],
  ];
  const dir = path.join(import.meta.dirname, '../../fixtures/parsers/docx');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.docx'))) cases.push([name, new Uint8Array(readFileSync(path.join(dir, name)))]);

  it.each(cases)('%s', async (_name, bytes) => {
    const readings: Array<{ bookmarks: boolean; slim: boolean }> = [];
    const slim = await treeOf(bytes, true, readings);
    expectSoundDocx(slim);
    // Never settled by the reading as written: the slim one did the job.
    expect(readings.filter((reading) => !reading.slim)).toEqual([]);
    expect(slim).toEqual(await treeOf(bytes, false));
  });

  it('reads each package once, slim (with bookmarks where paragraphs merge or move): no fallback', async () => {
    const readings: Array<{ bookmarks: boolean; slim: boolean }> = [];
    await treeOf(cases[0]![1], true, readings);
    expect(readings).toEqual([{ bookmarks: false, slim: true }]);
    readings.length = 0;
    await treeOf(cases[1]![1], true, readings);
    expect(readings).toEqual([{ bookmarks: false, slim: true }, { bookmarks: true, slim: true }]);
  });

  it('reads styles, numbering and formatting of the Word-like package as Word shows them', async () => {
    const tree = await treeOf(cases[0]![1], true);
    const text = tree.data.text;
    expect(text).toContain('Data Partnership Agreement');
    expect(text).toContain('1. Data Access');
    expect(text).toContain('1.1 The Supplier shall access only the data listed in Schedule 1.');
    expect(text).toContain('2. Retention');
    expect(text).toContain('the register\tafter a tab\nand a break.');
    // The footnote, named by its style as mammoth names it.
    expect(text).toContain('1 As kept in the register.');
    const sources: string[] = [];
    walk(tree, (node) => {
      const source = node.data?.source;
      if (source?.kind === 'docx' && source.style) sources.push(source.style);
    });
    expect(sources).toContain('footnote text');
    expect(sources).toContain('Body Text');
  });
});
