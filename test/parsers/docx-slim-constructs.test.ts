/**
 * The slim reading (src/parsers/docx/prepass.ts `slim`) against the OOXML constructs a real Word
 * file holds around and inside runs and paragraphs: for each small package, the tree read slim is
 * the tree read from the document as written, and the slim reading needed no fallback to the
 * document as written (mammoth did not throw on the slim XML, and no reading said no).
 */
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/parsers/docx.js';
import { prepass } from '../../src/parsers/docx/prepass.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { numPr, storedZip } from './docx-helpers.js';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  w10: 'urn:schemas-microsoft-com:office:word',
};
const XMLNS = Object.entries(NS)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(' ');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Parts {
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  comments?: string;
  /** Extra document relationships (`<Relationship .../>`). */
  rels?: string;
  /** Written as Strict Open XML. */
  strict?: boolean;
  /** Extra package parts (media, embeddings). */
  files?: Record<string, Uint8Array>;
}

/** A Word package as Word lays it out: content types, package and document relationships. */
function wordPackage(parts: Parts): Uint8Array {
  const root = (name: string, inner: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:${name} ${XMLNS} mc:Ignorable="w14">${inner}</w:${name}>`;
  const files: Record<string, string> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const add = (name: string, type: string, inner: string | undefined, relType: string): void => {
    if (inner === undefined) return;
    files[`word/${name}.xml`] = root(name === 'document' ? 'document' : name, inner);
    overrides.push(`<Override PartName="/word/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`);
    rels.push(`<Relationship Id="rId${rels.length + 10}" Type="${REL}/${relType}" Target="${name}.xml"/>`);
  };
  files['word/document.xml'] = root('document', `<w:body>${parts.body}</w:body>`);
  overrides.push('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>');
  add('styles', 'styles', parts.styles, 'styles');
  add('numbering', 'numbering', parts.numbering, 'numbering');
  add('footnotes', 'footnotes', parts.footnotes, 'footnotes');
  add('endnotes', 'endnotes', parts.endnotes, 'endnotes');
  add('comments', 'comments', parts.comments, 'comments');
  files['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`;
  files['_rels/.rels'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  files['word/_rels/document.xml.rels'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `${rels.join('')}${parts.rels ?? ''}</Relationships>`;
  if (parts.strict) {
    // Strict Open XML (Word's "Strict Open XML Document"): the purl.oclc.org namespaces and relationship types.
    for (const [name, text] of Object.entries(files)) {
      files[name] = text
        .replaceAll(NS.w, 'http://purl.oclc.org/ooxml/wordprocessingml/main')
        .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships');
    }
  }
  return storedZip({ ...files, ...parts.files });
}

type Reading = { bookmarks: boolean; slim: boolean };

async function treeOf(bytes: Uint8Array, slim: boolean, readings: Reading[] = []): Promise<DocumentNode> {
  const result = await parseDocx(bytes, {}, { slim, onReading: (reading) => readings.push(reading) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.tree;
}

/** Slim and as written give the same tree; the slim reading settled it. Returns the tree. */
/** `slim: false` for a package the slim reading must not apply to (it reads as written). */
async function expectSame(parts: Parts, contains: string[] = [], { slim: slimApplies = true } = {}): Promise<DocumentNode> {
  const bytes = wordPackage(parts);
  const readings: Reading[] = [];
  const slim = await treeOf(bytes, true, readings);
  const written = await treeOf(bytes, false);
  // Every reading tried was slim (none fell back to the document as written), or, where the
  // slim reading cannot apply, none was.
  expect(readings.length).toBeGreaterThan(0);
  expect(readings.filter((reading) => reading.slim !== slimApplies)).toEqual([]);
  expect(slim).toEqual(written);
  for (const text of contains) expect(slim.data.text).toContain(text);
  // Not vacuous: the slim rewrite had something to leave out.
  const xml = `<w:document ${XMLNS}><w:body>${parts.body}</w:body></w:document>`;
  expect(prepass(xml, { slim: true, dropNumbering: true }).xml.length).toBeLessThan(prepass(xml, { dropNumbering: true }).xml.length);
  return slim;
}

// ───────────────────────────── how Word writes ─────────────────────────────

let rsid = 0x00a10000;
const id = (): string => (rsid++).toString(16).toUpperCase().padStart(8, '0');
/** A run as Word writes it: revision ids, fonts and size, `xml:space` where the text needs it. */
const run = (text: string, rPr = ''): string =>
  `<w:r w:rsidR="${id()}" w:rsidRPr="${id()}"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>${rPr}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr>` +
  `<w:t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${text}</w:t></w:r>`;
/** A run without properties. */
const bare = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, pPr = ''): string =>
  `<w:p w:rsidR="${id()}" w:rsidRDefault="${id()}" w14:paraId="${id()}" w14:textId="77777777"><w:pPr>${pPr}<w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>` +
  `<w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr></w:pPr>${runs}</w:p>`;
const styled = (styleId: string, runs: string, extra = ''): string => para(runs, `<w:pStyle w:val="${styleId}"/>${extra}`);
const SECT = '<w:sectPr w:rsidR="00AB1234"><w:headerReference w:type="default" r:id="rId90"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:latentStyles w:defLockedState="0" w:count="376"><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/></w:latentStyles>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Heading2"/></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SchedTitle"><w:name w:val="Schedule Title"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Level1"><w:name w:val="Level 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Level2"><w:name w:val="Level 2"/><w:basedOn w:val="Level1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Quote1"><w:name w:val="Quote &amp; Note ‘1’"/></w:style>' +
  '<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/></w:style>';

const lvl = (ilvl: number, fmt: string, text: string, pStyle = ''): string =>
  `<w:lvl w:ilvl="${ilvl}" w:tplc="0809000F"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
const NUMBERING =
  `<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/>${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '(%3)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>${lvl(0, 'decimal', '%1', 'Level1')}${lvl(1, 'decimal', '%1.%2', 'Level2')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, 'bullet', '')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>';

const FOOTNOTES =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
  `<w:footnote w:id="1"><w:p w:rsidR="00C1"><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>${run('As defined in the Act.')}</w:p></w:footnote>` +
  `<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="Heading2"/>${numPr(1, 0)}</w:pPr><w:r><w:footnoteRef/></w:r>${run(' A heading-styled, numbered note', '<w:b/>')}</w:p><w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr>${run('Second note paragraph.')}</w:p></w:footnote>`;
const ENDNOTES =
  '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>' +
  `<w:endnote w:id="1"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:endnoteRef/></w:r>${run(' See the register.')}</w:p></w:endnote>`;
const COMMENTS = `<w:comment w:id="0" w:author="Reviewer" w:date="2024-01-02T10:00:00Z" w:initials="R"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>${run('Check this term.')}</w:p></w:comment>`;

const OBJECT_RELS =
  `<Relationship Id="rId99" Type="${REL}/image" Target="media/image1.png"/><Relationship Id="rId98" Type="${REL}/package" Target="embeddings/sheet1.xlsx"/>` +
  `<Relationship Id="rId97" Type="${REL}/image" Target="media/image2.png"/>`;
/** A 1×1 PNG. */
const PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
const OBJECT_FILES = { 'word/media/image1.png': PNG, 'word/media/image2.png': PNG, 'word/embeddings/sheet1.xlsx': new Uint8Array([0x50, 0x4b, 5, 6]) };
const HYPERLINK_REL = '<Relationship Id="rId50" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/terms" TargetMode="External"/>';

const fld = (instr: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

function pretty(xml: string): string {
  // Whitespace between tags, never inside a text element.
  return xml.replace(/(?<!<w:(?:t|instrText|delText)(?:\s[^>]*)?)>(?=<)/g, '>\n    ');
}

// ───────────────────────────── the constructs ─────────────────────────────

const CASES: Array<[string, Parts, string[]?, { slim: boolean }?]> = [
  ['hyperlink with r:id and with w:anchor', {
    rels: HYPERLINK_REL,
    body:
      para(`${run('See ')}<w:hyperlink r:id="rId50" w:history="1">${run('the terms', '<w:rStyle w:val="Hyperlink"/>')}${run(' online', '<w:rStyle w:val="Hyperlink"/><w:b/>')}</w:hyperlink>${run('.')}`) +
      para(`<w:hyperlink w:anchor="_Ref123" w:history="1"><w:r><w:t>clause 4.2</w:t></w:r></w:hyperlink>${bare(' applies.')}`) +
      para(`<w:hyperlink r:id="rId50" w:anchor="part2" w:tgtFrame="_blank"><w:r><w:rPr><w:i/></w:rPr><w:t>anchored</w:t></w:r></w:hyperlink>`),
  }, ['See the terms online.', 'clause 4.2 applies.']],
  ['complex HYPERLINK fields (external, \\l anchor, with bold and plain result runs)', {
    body:
      para(`${run('Go to ')}${fld(' HYPERLINK "https://example.org" ', run('the site') + run(' now', '<w:b/>'))}${run('.')}`) +
      para(fld(' HYPERLINK \\l "_Toc1" \\o "tip" ', run('Schedule 1') + '<w:r><w:tab/></w:r>' + run('7'))) +
      para(fld(' HYPERLINK https://example.com/x ', bare('bare url'))),
  }, ['Go to the site now.', 'Schedule 1\t7']],
  ['REF, PAGEREF, NOTEREF, SEQ, DOCPROPERTY and MERGEFIELD fields', {
    body:
      para(`${run('As set out in clause ')}${fld(' REF _Ref482 \\r \\h ', run('4.2'))}${run(' on page ')}${fld(' PAGEREF _Ref482 \\h ', run('3'))}${run('.')}`) +
      para(`${run('Table ')}${fld(' SEQ Table \\* ARABIC ', run('1'))}${run(' — ')}${fld(' DOCPROPERTY "Client" \\* MERGEFORMAT ', run('Acme Ltd'))}${fld(' MERGEFIELD Name ', run('«Name»'))}`) +
      para(`${run('Note')}${fld(' NOTEREF _Ref9 \\f \\h ', '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>1</w:t></w:r>')}`),
  }, ['As set out in clause 4.2 on page 3.', 'Acme Ltd«Name»']],
  ['a field without a separate, a field whose result is empty, and a dirty field', {
    body:
      para(`${run('Page ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' of many')}`) +
      para(`${run('Empty: ')}${fld(' DATE \\@ "d MMMM yyyy" ', '')}${run('end')}`) +
      para(`<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TIME </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('10:00')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
  }, ['Page  of many', 'Empty: end', '10:00']],
  ['a TOC field spanning paragraphs, with HYPERLINK and PAGEREF fields nested inside', {
    styles: STYLES,
    body:
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:hyperlink w:anchor="_Toc1" w:history="1">${run('1. Definitions', '<w:rStyle w:val="Hyperlink"/>')}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${fld(' HYPERLINK \\l "_Toc2" ', run('2. Term') + '<w:r><w:tab/></w:r>' + fld(' PAGEREF _Toc2 \\h ', run('3')))}</w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      styled('Heading1', `<w:bookmarkStart w:id="1" w:name="_Toc1"/>${run('Definitions')}<w:bookmarkEnd w:id="1"/>`, numPr(1, 0)) +
      para(run('Body text.')),
    numbering: NUMBERING,
  }, ['1. Definitions\t2', '2. Term\t3']],
  ['nested fields (IF around MERGEFIELD), and a field spanning two paragraphs', {
    body:
      para(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>${fld(' MERGEFIELD Plan ', run('Gold'))}<w:r><w:instrText xml:space="preserve"> = "Gold" "Premium" "Basic" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('Premium')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' plan.')}`) +
      para(`${run('Start ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/a" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('linked text')}`) +
      para(`${run('continues here')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' after.')}`),
  }, ['Premium plan.', 'continues here after.']],
  ['FORMCHECKBOX and FORMTEXT legacy form fields', {
    body:
      para(`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' I agree')}`) +
      para(`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check2"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText>FORMCHECKBOX</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${bare(' Checked')}`) +
      para(`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>     </w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`),
  }, ['☒ I agree', '☒ Checked']],
  ['w:fldSimple (with runs, bold result, and empty)', {
    body:
      para(`${run('Clause ')}<w:fldSimple w:instr=" REF _Ref1 \\r \\h "><w:r><w:t>7.1</w:t></w:r></w:fldSimple>${run(' and page ')}<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:b/><w:noProof/></w:rPr><w:t>2</w:t></w:r></w:fldSimple>`) +
      para(`<w:fldSimple w:instr=" NUMPAGES "/>${run('Total.')}`) +
      para(`<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org&quot; "><w:r><w:t>site</w:t></w:r></w:fldSimple>`),
  }, ['Clause 7.1 and page 2', 'site']],
  ['block-level and run-level content controls (w:sdt)', {
    styles: STYLES,
    body:
      `<w:sdt><w:sdtPr><w:alias w:val="Parties"/><w:tag w:val="parties"/><w:id w:val="-1234"/><w:placeholder><w:docPart w:val="ABC"/></w:placeholder><w15:appearance w15:val="hidden" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>` +
      styled('Heading1', run('Parties')) + para(run('Acme Ltd and Beta plc.')) +
      `</w:sdtContent></w:sdt>` +
      para(`${run('Date: ')}<w:sdt><w:sdtPr><w:id w:val="55"/><w:date w:fullDate="2024-05-01T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/></w:date><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run('1 May 2024', '<w:rStyle w:val="PlaceholderText"/>')}</w:sdtContent></w:sdt>${run('.')}`) +
      para(`<w:sdt><w:sdtPr><w:rPr><w:b/></w:rPr><w:id w:val="56"/><w:dropDownList><w:listItem w:displayText="Yes" w:value="Y"/></w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>Yes</w:t></w:r></w:sdtContent></w:sdt>`),
  }, ['Acme Ltd and Beta plc.', 'Date: 1 May 2024.']],
  ['w14:checkbox content controls (checked and not, with a plain or a fonted run)', {
    body:
      para(`<w:sdt><w:sdtPr><w:id w:val="-1"/><w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>${run(' Option A')}`) +
      para(`<w:sdt><w:sdtPr><w:id w:val="-2"/><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>${bare(' Option B')}`) +
      para(`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="true"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>X</w:t></w:r><w:del w:id="3" w:author="A"><w:r><w:delText>Y</w:delText></w:r></w:del></w:sdtContent></w:sdt>${bare(' Option C')}`),
  }, ['☒ Option A', '☐ Option B', '☒ Option C']],
  ['content controls around table rows and cells', {
    body:
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4508"/><w:gridCol w:w="4508"/></w:tblGrid>` +
      `<w:sdt><w:sdtPr><w:id w:val="9"/><w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/></w:sdtPr><w:sdtContent><w:tr><w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/></w:tcPr>${para(run('Row in sdt'))}</w:tc>` +
      `<w:sdt><w:sdtPr><w:id w:val="10"/></w:sdtPr><w:sdtContent><w:tc>${para(bare('cell in sdt'))}</w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>` +
      `<w:tr><w:tc>${para(run('Plain row'))}</w:tc><w:tc>${para('')}</w:tc></w:tr></w:tbl>` + para(''),
  }, ['Row in sdt', 'cell in sdt', 'Plain row']],
  ['w:smartTag and w:customXml (run and block level)', {
    body:
      para(`${run('Signed at ')}<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City"><w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:r><w:t>London</w:t></w:r></w:smartTag></w:smartTag>${run(' on the date.')}`) +
      `<w:customXml w:uri="http://example.org/contract" w:element="clause"><w:customXmlPr><w:attr w:name="id" w:val="c1"/></w:customXmlPr>${para(`<w:customXml w:element="term">${run('Term', '<w:b/>')}</w:customXml>${run(' means the period.')}`)}</w:customXml>`,
  }, ['Signed at London on the date.', 'Term means the period.']],
  ['tracked insertions, deletions and moves around runs', {
    body:
      para(`${run('The fee is ')}<w:del w:id="1" w:author="Jane" w:date="2024-01-01T00:00:00Z"><w:r w:rsidDel="00AA"><w:rPr><w:b/></w:rPr><w:delText>£100</w:delText></w:r><w:r><w:delText xml:space="preserve"> </w:delText></w:r></w:del><w:ins w:id="2" w:author="Jane" w:date="2024-01-01T00:00:00Z"><w:r w:rsidR="00BB"><w:t>£200</w:t></w:r>${run(' net', '<w:i/>')}</w:ins>${run('.')}`) +
      para(`<w:moveFromRangeStart w:id="3" w:author="Jane" w:name="move1"/><w:moveFrom w:id="4" w:author="Jane"><w:r><w:delText>Moved away.</w:delText></w:r></w:moveFrom><w:moveFromRangeEnd w:id="3"/>${run('Stays.')}`) +
      para(`<w:moveToRangeStart w:id="5" w:author="Jane" w:name="move1"/><w:moveTo w:id="6" w:author="Jane"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="5"/>`) +
      para(`<w:ins w:id="7" w:author="Jane"><w:r><w:rPr><w:rPrChange w:id="8" w:author="Jane"><w:rPr/></w:rPrChange></w:rPr><w:t>ins with rPrChange</w:t></w:r></w:ins>`),
  }, ['The fee is £200 net.', 'Stays.', 'Moved here.']],
  ['deleted paragraph marks (one, two in a row, before a table, and an inserted mark)', {
    styles: STYLES,
    numbering: NUMBERING,
    body:
      styled('Heading1', run('Joined '), `${numPr(1, 0)}<w:rPr><w:del w:id="11" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>`) +
      styled('Heading2', run('with two '), `<w:rPr><w:del w:id="12" w:author="A"/></w:rPr>`) +
      styled('ClauseHeading', run('paragraphs.'), numPr(1, 1)) +
      para(run('Inserted mark.'), '<w:rPr><w:ins w:id="13" w:author="A"/></w:rPr>') +
      `<w:p><w:pPr><w:pStyle w:val="Title"/><w:rPr><w:ins w:id="15" w:author="A"/><w:del w:id="14" w:author="A"/></w:rPr></w:pPr>${bare('Before a table ')}</w:p>` +
      `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc>${para(run('cell'))}</w:tc></w:tr></w:tbl>` +
      para(run('After.')),
  }, ['Joined with two paragraphs.']],
  ['a deleted mark followed by an empty self-closing paragraph and a mark whose old state was deleted', {
    styles: STYLES,
    body:
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>${bare('Orphan')}</w:p><w:p/>` +
      para(run('Old deletion rejected.'), '<w:rPr><w:b/><w:rPrChange w:id="2" w:author="A"><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:rPrChange></w:rPr>') +
      para(run('Last.')),
  }],
  ['tracked paragraph and run property changes', {
    styles: STYLES,
    numbering: NUMBERING,
    body:
      styled('Heading2', run('Now a heading'), `${numPr(1, 1)}<w:pPrChange w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:pPr><w:pStyle w:val="Heading1"/>${numPr(1, 0)}<w:jc w:val="left"/></w:pPr></w:pPrChange>`) +
      para(run('Was a title'), '<w:pPrChange w:id="2" w:author="A"><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:pPrChange>') +
      para(`<w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:b/><w:rPrChange w:id="3" w:author="A"><w:rPr><w:rFonts w:ascii="Arial"/><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>now bold</w:t></w:r>` +
        `<w:r><w:rPr><w:sz w:val="20"/><w:rPrChange w:id="4" w:author="A"><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve"> was bold</w:t></w:r>` +
        `<w:r><w:rPr><w:i/><w:rPrChange w:id="5" w:author="A"/></w:rPr><w:t xml:space="preserve"> italic</w:t></w:r>`),
  }, ['now bold was bold italic']],
  ['symbols, hyphens, tabs, breaks of each type and carriage returns', {
    body:
      para(`<w:r><w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>${run(' ticked ')}<w:r><w:sym w:font="Symbol" w:char="F0E3"/></w:r><w:r><w:sym w:font="Nowhere" w:char="0041"/></w:r>`) +
      para(`${run('non')}<w:r><w:noBreakHyphen/></w:r>${run('breaking and soft')}<w:r><w:softHyphen/></w:r>${run('hyphen')}<w:r><w:rPr><w:b/></w:rPr><w:t>in</w:t><w:softHyphen/><w:t>run</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r>`) +
      para(`<w:r><w:tab/><w:t>tabbed</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>ptab</w:t></w:r>`) +
      para(`<w:r><w:t>line</w:t><w:br/><w:t>text wrapping</w:t><w:br w:type="textWrapping" w:clear="all"/><w:t>column</w:t><w:br w:type="column"/><w:t>page</w:t><w:br w:type="page"/></w:r>${run('after page')}<w:r><w:cr/><w:t>after cr</w:t></w:r>`) +
      para('<w:r><w:br w:type="page"/></w:r>') + para(run('Next page.')),
  }, ['non\u2011breaking and softhyphen', 'line\ntext wrapping\ncolumn']],
  ['footnote and endnote references (notes with styles, numbering and several paragraphs)', {
    styles: STYLES,
    numbering: NUMBERING,
    footnotes: FOOTNOTES,
    endnotes: ENDNOTES,
    body:
      para(`${run('The Act')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run(' applies')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r>${run('.')}`) +
      para(`${run('See also')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>`) +
      styled('Heading1', run('Later heading'), numPr(1, 0)) +
      para(`${run('Again')}<w:r><w:footnoteReference w:id="1"/></w:r>`),
  }, ['As defined in the Act.', 'See the register.']],
  ['comments: ranges, references and the comments part', {
    styles: STYLES,
    comments: COMMENTS,
    body:
      para(`<w:commentRangeStart w:id="0"/>${run('Commented term')}<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>${run(' rest.')}`) +
      para(`<w:commentRangeStart w:id="1"/>${run('Spans')}`) + para(`${run('two paragraphs')}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>`),
  }, ['Commented term rest.']],
  ['bookmarks: user names, _GoBack, hidden _Ref, and ends in other paragraphs', {
    body:
      para(`<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>${run('Back.')}`) +
      para(`<w:bookmarkStart w:id="1" w:name="Definitions"/><w:bookmarkStart w:id="2" w:name="_Ref482"/>${run('Defined')}<w:bookmarkEnd w:id="2"/>${run(' terms')}`) +
      para(`${run('more')}<w:bookmarkEnd w:id="1"/>`) +
      `<w:bookmarkStart w:id="3" w:name="between"/>` + para(run('between paragraphs')) + `<w:bookmarkEnd w:id="3"/>` +
      para(`<w:bookmarkStart w:id="4" w:name="_clauselint_0"/>${run('A name like ours.')}<w:bookmarkEnd w:id="4"/>`),
  }, ['Defined terms', 'between paragraphs']],
  ['a VML text box in a w:pict', {
    styles: STYLES,
    body:
      para(`${run('Anchor text.')}<w:r><w:rPr><w:b/><w:i/><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:200pt;height:50pt"><v:textbox><w:txbxContent>` +
        styled('Heading2', run('Boxed heading')) + para(run('Boxed body.')) +
        `</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>${run(' After the box.')}`) +
      para(run('Next paragraph.')),
  }, ['Boxed body.']],
  ['mc:AlternateContent: a DrawingML text box with a VML fallback', {
    styles: STYLES,
    body:
      para(`${run('Before')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>` +
        `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>${styled('Heading1', run('Choice box'))}${para(run('Choice text.'))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute"><v:textbox><w:txbxContent>${styled('Heading1', run('Choice box'))}${para(run('Choice text.'))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${run(' after.')}`) +
      styled('Heading1', run('Real heading')) +
      para(run('Tail.')),
  }, ['Choice text.']],
  ['an embedded object (w:object with VML and o:OLEObject) and an inline picture', {
    rels: OBJECT_RELS,
    files: OBJECT_FILES,
    body:
      para(`${run('Object: ')}<w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:72pt" o:ole=""><v:imagedata r:id="rId99" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1" r:id="rId98"/></w:object></w:r>${run(' end.')}`) +
      para(`${run('Picture ')}<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="10" cy="10"/><wp:docPr id="2" name="Picture 2" descr="logo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId97"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>${run('here.')}`),
  }, ['Object:  end.', 'Picture here.']],
  ['ruby, w:dir and w:bdo', {
    body:
      para(`${run('Name: ')}<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="11"/><w:hpsRaise w:val="20"/><w:hpsBaseText w:val="22"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:rPr><w:sz w:val="11"/></w:rPr><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>${run('.')}`) +
      para(`${run('Hebrew: ')}<w:dir w:val="rtl"><w:r><w:rPr><w:rtl/></w:rPr><w:t>שלום</w:t></w:r></w:dir><w:bdo w:val="ltr"><w:r><w:rPr><w:b/></w:rPr><w:t>ABC</w:t></w:r>${bare(' def')}</w:bdo>`),
  }, ['Hebrew: שלוםABC def']],
  ['run properties: vanish, rStyle, bold and italic by value, bCs/iCs only', {
    styles: STYLES,
    body:
      para(`${run('Visible ')}${run('hidden ', '<w:vanish/>')}<w:r><w:rPr><w:vanish/><w:specVanish/></w:rPr><w:t>spec</w:t></w:r>${run('web', '<w:webHidden/>')}`) +
      para(`${run('Strong', '<w:rStyle w:val="Strong"/>')}${run(' char style bold', '<w:rStyle w:val="Heading1Char"/><w:b/>')}`) +
      para(['0', 'false', '1', 'true', 'on', 'off'].map((v) => run(`b=${v} `, `<w:b w:val="${v}"/>`)).join('')) +
      para(['0', 'false', '1', 'true'].map((v) => run(`i=${v} `, `<w:i w:val="${v}"/>`)).join('') + run('italic only', '<w:i/><w:iCs/>') + run(' bCs only', '<w:bCs/><w:iCs/>')) +
      para(`${run('bold', '<w:b/><w:bCs/>')}${run('bold', '<w:b/>')}${run(' plain')}${run('both', '<w:b/><w:i/>')}<w:r><w:rPr><w:i/><w:b/></w:rPr><w:t>swapped</w:t></w:r>`) +
      para(`<w:r><w:rPr><w:b w:val="1"></w:b></w:rPr><w:t>long-form bold</w:t></w:r><w:r><w:rPr><w:b /><w:i w:val="0" /></w:rPr><w:t xml:space="preserve"> spaced tags</w:t></w:r>`) +
      para(run('every property', '<w:rStyle w:val="Strong"/><w:b/><w:i/><w:caps/><w:smallCaps/><w:strike/><w:dstrike/><w:outline/><w:shadow/><w:emboss/><w:imprint/><w:noProof/><w:snapToGrid/><w:color w:val="FF0000"/><w:spacing w:val="10"/><w:w w:val="90"/><w:kern w:val="2"/><w:position w:val="2"/><w:highlight w:val="yellow"/><w:u w:val="double"/><w:effect w:val="none"/><w:bdr w:val="single"/><w:shd w:val="clear" w:fill="EEEEEE"/><w:vertAlign w:val="superscript"/><w:rtl/><w:cs/><w:em w:val="dot"/><w:eastAsianLayout w:id="1"/>')),
  }, ['Visible hidden specweb']],
  ['empty w:t, entities, non-BMP text and whitespace-only runs', {
    body:
      para(`<w:r><w:t></w:t></w:r><w:r><w:t/></w:r>${run('A')}<w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">   </w:t></w:r>${run('B')}`) +
      para(`<w:r><w:t>Smith &amp; Co &lt;Ltd&gt; &quot;q&quot; &apos;a&apos; it&#x2019;s &#8212; &#169;</w:t></w:r>${run(' 😀 𝔸')}`) +
      para('<w:r><w:t xml:space="preserve">	tab char and trailing  </w:t></w:r><w:r><w:t xml:space="preserve">\n</w:t></w:r>') + para(run('end')),
  }, ['Smith & Co <Ltd> "q" \'a\' it’s — ©', 'A    B']],
  ['pretty-printed XML (whitespace and newlines between every tag)', {
    styles: STYLES,
    numbering: NUMBERING,
    body: pretty(
      styled('Heading1', run('Pretty heading'), numPr(1, 0)) +
        para(`${run('Body ')}${run('bold', '<w:b/>')}<w:r><w:t xml:space="preserve"> and </w:t></w:r>${fld(' HYPERLINK "https://e.org" ', run('link'))}`, numPr(1, 1)) +
        `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc>${para(run('cell'))}</w:tc></w:tr></w:tbl>` +
        `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>${run('deleted mark ')}</w:p>` +
        para(run('joined'), '<w:pStyle w:val="Heading2"/>') + para('', SECT),
    ),
  }, ['Pretty heading', 'Body bold and link']],
  ['attributes in another order, single-quoted attributes (not w:pStyle’s; see below), spaces before />, self-closing runs and paragraphs', {
    styles: STYLES,
    body:
      `<w:p w14:textId='1' w:rsidRDefault="0" w:rsidR="1" ><w:pPr ><w:pStyle  w:val = "Heading1" /></w:pPr><w:r w:rsidRPr="2" w:rsidR="3" ><w:rPr ><w:b /></w:rPr><w:t xml:space='preserve'>Odd </w:t></w:r><w:r w:rsidR='4'/><w:r/><w:r><w:rPr/><w:t>markup</w:t></w:r></w:p>` +
      `<w:p w:rsidR="5"/><w:p/><w:p w14:paraId="6" />` + `<w:p><w:pPr/><w:r><w:rPr></w:rPr><w:t>empty pPr</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve" >Title</w:t></w:r></w:p>`,
  }, ['Odd markup', 'empty pPr']],
  ['tables: style, cell properties, merges, header rows and nested tables', {
    styles: STYLES,
    numbering: NUMBERING,
    body:
      styled('Heading1', run('Schedule'), numPr(1, 0)) +
      `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` +
      `<w:tr w:rsidR="1"><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:fill="D9D9D9"/></w:tcPr>${para(run('Item', '<w:b/>'))}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${para(run('Details', '<w:b/>'))}</w:tc></w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>${para(run('Merged'), numPr(1, 1))}</w:tc><w:tc>${para(run('a'))}${para(run('a2'))}</w:tc><w:tc>` +
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid><w:tr><w:tc>${para(run('nested'))}</w:tc><w:tc><w:tcPr><w:hideMark/></w:tcPr>${para('')}</w:tc></w:tr></w:tbl>${para('')}</w:tc></w:tr>` +
      `<w:tr><w:tblPrEx><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPrEx><w:tc><w:tcPr><w:vMerge/></w:tcPr>${para('')}</w:tc><w:tc>${para(run('b'))}</w:tc><w:tc>${para(run('c'), '<w:pStyle w:val="ListParagraph"/>' + numPr(3, 0))}</w:tc></w:tr>` +
      `<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr><w:tc>${para(run('deleted row'))}</w:tc><w:tc>${para('')}</w:tc><w:tc>${para('')}</w:tc></w:tr></w:tbl>` +
      para(run('After the table.'), numPr(1, 1)),
  }, ['Schedule', 'nested', 'After the table.']],
  ['section properties: in the last w:pPr, a section-break-only paragraph, and the body sectPr', {
    styles: STYLES,
    numbering: NUMBERING,
    body:
      styled('Heading1', run('Part one'), numPr(1, 0)) +
      para(run('Text.'), numPr(1, 1)) +
      para('', `${numPr(1, 1)}<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:sectPrChange w:id="1" w:author="A"><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:sectPrChange></w:sectPr>`) +
      styled('Heading1', run('Part two'), numPr(1, 0)) +
      para(run('Last, with its section.'), `${numPr(1, 1)}${SECT}`) +
      SECT,
  }, ['Part one', 'Part two']],
  ['headings by style: heading 1-3, Title, a custom style based on a heading, outline levels, unknown styles', {
    styles: STYLES,
    body:
      styled('Title', run('Master Agreement')) +
      styled('Heading1', run('Definitions')) +
      styled('Heading2', run('Interpretation')) +
      styled('Heading3', run('Rules')) +
      styled('ClauseHeading', run('Custom based on heading 2')) +
      styled('SchedTitle', run('Schedule by outline level')) +
      para(run('Direct outline level'), '<w:outlineLvl w:val="0"/>') +
      styled('Quote1', run('Quoted style with entities')) +
      styled('Missing', run('Undefined style')) +
      styled('Strong', run('A character style id on a paragraph')) +
      styled('TableGrid', run('A table style id on a paragraph')) +
      para(run('Normal paragraph'), '<w:pStyle w:val="Normal"/>'),
  }, ['Master Agreement', 'Schedule by outline level']],
  ['numbering via w:numPr and via a style (restart by override, numId 0, level only)', {
    styles: STYLES,
    numbering: NUMBERING + '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    body:
      styled('Level1', run('Style numbered')) +
      styled('Level2', run('Style numbered level 2')) +
      styled('Level2', run('Level 2 again')) +
      para(run('Direct one'), numPr(1, 0)) +
      para(run('Direct one.one'), numPr(1, 1)) +
      para(run('Letter'), numPr(1, 2)) +
      para(run('No numbering'), numPr(0, 0)) +
      styled('Level1', run('Style, numbering removed'), numPr(0)) +
      para(run('Level only'), '<w:numPr><w:ilvl w:val="1"/></w:numPr>') +
      para(run('Restarted'), numPr(4, 0)) +
      para(run('Bullet'), '<w:pStyle w:val="ListParagraph"/>' + numPr(3, 0)) +
      styled('Heading1', run('Numbered heading'), numPr(1, 0)) +
      para(run('Changed numbering'), `${numPr(1, 1)}<w:pPrChange w:id="1" w:author="A"><w:pPr>${numPr(3, 0)}</w:pPr></w:pPrChange>`),
  }, ['Style numbered', '5. Restarted']],
  ['list styles: w:numStyleLink to a numbering style and w:styleLink (the slim reading applies)', {
    styles: STYLES + '<w:style w:type="numbering" w:customStyle="1" w:styleId="ContractList"><w:name w:val="Contract List"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>',
    numbering:
      `<w:abstractNum w:abstractNumId="5"><w:styleLink w:val="ContractList"/>${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="ContractList"/></w:abstractNum>' +
      '<w:num w:numId="6"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num>',
    body: para(run('Linked one'), numPr(7, 0)) + para(run('Linked one.one'), numPr(7, 1)) + styled('Heading1', run('Styled heading'), numPr(6, 0)),
  }, ['Linked one', 'Styled heading']],
  ['a numStyleLink to no numbering style (the slim reading does not apply; mammoth reads as written)', {
    styles: STYLES,
    numbering: '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="Nowhere"/></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num>',
    body: para(run('Plain')) + styled('Heading1', run('Heading')),
  }, ['Heading'], { slim: false }],
  ['paragraph style references without a value, empty, unknown, with entities and non-ASCII ids', {
    styles: STYLES + '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="A&amp;B"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="NoName"/><w:style w:type="paragraph" w:styleId="EmptyName"><w:name/></w:style>',
    body:
      para(run('No value'), '<w:pStyle/>') + para(run('Empty value'), '<w:pStyle w:val=""/>') + styled('berschrift1', run('German heading')) +
      styled('A&amp;B', run('Entity id heading')) + styled('NoName', run('Nameless style')) + styled('EmptyName', run('Empty name')) + styled('Heading1', run('Last')),
  }, ['German heading', 'Entity id heading']],
  ['no styles part: heading style ids that nothing defines, a table without a style', {
    body:
      styled('Heading1', run('Heading without styles.xml')) + styled('Title', run('Title without styles.xml')) +
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc>${para(run('cell'))}</w:tc></w:tr></w:tbl>` + para(run('After.')),
  }, ['cell']],
  ['Strict Open XML namespaces', {
    strict: true,
    styles: STYLES,
    numbering: NUMBERING,
    footnotes: FOOTNOTES,
    body:
      styled('Title', run('Strict')) + styled('Heading1', run('Heading'), numPr(1, 0)) +
      para(`${run('Text', '<w:b/>')}${run(' more')}<w:r><w:footnoteReference w:id="1"/></w:r>`, numPr(1, 1)),
  }, ['Strict', 'As defined in the Act.']],
  ['tracked numbering and moved paragraph marks, block-level alternate content', {
    styles: STYLES,
    numbering: NUMBERING,
    body:
      para(run('Numbering inserted'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/><w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:numPr>') +
      para(run('Moved mark'), '<w:rPr><w:moveFrom w:id="2" w:author="A"/></w:rPr>') +
      para(run('Moved here'), '<w:rPr><w:moveTo w:id="3" w:author="A"/></w:rPr>') +
      `<mc:AlternateContent><mc:Choice Requires="w14">${styled('Heading1', run('Choice paragraph'))}</mc:Choice><mc:Fallback>${styled('Heading2', run('Fallback paragraph'))}</mc:Fallback></mc:AlternateContent>` +
      para(run('End.')),
  }, ['Fallback paragraph']],
  ['a text box in a w:pict in a bold run, and an OLE object in a bold run', {
    rels: OBJECT_RELS,
    files: OBJECT_FILES,
    body:
      para(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Bold anchor </w:t><w:pict><v:rect style="width:100pt;height:20pt"><v:textbox><w:txbxContent>${para(run('plain in box'))}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>`) +
      para(`<w:r><w:rPr><w:i/></w:rPr><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="_x0000_i1026" type="#_x0000_t75" style="width:72pt;height:72pt" o:ole=""><v:imagedata r:id="rId99" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1026" DrawAspect="Content" ObjectID="_2" r:id="rId98"/></w:object></w:r>${run('after object')}`),
  }, ['plain in box', 'after object']],
];

describe('slim reading: each construct gives the tree read from the document as written', () => {
  it.each(CASES)('%s', async (_name, parts, contains, options) => {
    await expectSame(parts, contains ?? [], options);
  });

  it('all constructs in one document, and pretty-printed', async () => {
    const all = (pp: boolean): Parts => ({
      styles: STYLES,
      numbering: NUMBERING + '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>',
      footnotes: FOOTNOTES,
      endnotes: ENDNOTES,
      comments: COMMENTS,
      rels: HYPERLINK_REL + OBJECT_RELS,
      files: OBJECT_FILES,
      body: (pp ? pretty : (x: string) => x)(CASES.map(([, parts]) => parts.body).join('')),
    });
    await expectSame(all(false));
    await expectSame(all(true));
  });

  // Found by this file: a paragraph style written with single quotes, `<w:pStyle w:val='Title'/>`
  // (valid XML; Word itself writes double quotes, some generators do not). The pre-scan read
  // double-quoted values only, so the slim reading (which takes the style from the scan's record)
  // lost the style: the paragraph was neither the document's title nor a heading.
  it('a paragraph style id in single quotes', async () => {
    await expectSame({
      styles: STYLES,
      body: `<w:p><w:pPr><w:pStyle w:val='Title'/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val='Heading1'/></w:pPr><w:r><w:t>Heading</w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>`,
    });
  });

  // Found by this file: a package without word/styles.xml whose table names a style
  // (`<w:tblStyle w:val="TableGrid"/>`). mammoth's stand-in for a missing styles part has no table
  // styles and throws on it (TypeError "Cannot read properties of undefined (reading 'TableGrid')"),
  // so the reading as written failed with corrupt-docx. Every reading now shows mammoth an empty
  // styles part instead, and both read it.
  it('no styles part and a table style: both readings read it', async () => {
    const written = await parseDocx(
      wordPackage({ body: `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc>${para(run('cell'))}</w:tc></w:tr></w:tbl>${para(run('After.'))}` }),
      {},
      { slim: false },
    );
    expect(written.ok && written.tree.data.text).toBe('cell\nAfter.');
    await expectSame({ body: `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc>${para(run('cell'))}</w:tc></w:tr></w:tbl>${para(run('After.'))}` }, ['cell\nAfter.']);
  });

  // Found by this file: a text box inside a w:object
  // (v:shape/v:textbox/w:txbxContent) in a bold or italic run. mammoth reads w:object's children
  // in place (unlike w:pict, whose text-box paragraphs it moves after the anchor paragraph), so the
  // text box's paragraph is a child of the bold run, and ./build.ts `inline` passes the run's bold
  // and italic on to the paragraph's children. As written, the inner text is in its own run, which
  // resets them (isBold false): "inner" is plain. Slim, that run is handed as a bare <w:t>, which
  // inherited the outer run's flags: "inner" got data.strong / data.emphasis. Runs are now kept
  // whole in a document with text boxes. Minimal document.xml body (also with <w:i/>):
  //   <w:p><w:r><w:rPr><w:b/></w:rPr><w:object><v:shape><v:textbox><w:txbxContent>
  //     <w:p><w:r><w:t>inner</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:object></w:r></w:p>
  // Rare in Word files (an OLE object's w:object normally holds only v:imagedata and o:OLEObject).
  it('a text box inside w:object in a bold or italic run', async () => {
    const box = (rPr: string): string =>
      `<w:p><w:r><w:rPr>${rPr}</w:rPr><w:object w:dxaOrig="2000" w:dyaOrig="500"><v:shape id="_x0000_i1025" type="#_x0000_t202" style="width:100pt;height:25pt"><v:textbox><w:txbxContent>` +
      `<w:p><w:r><w:t>inner</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:object></w:r>${run(' after')}</w:p>`;
    await expectSame({ body: box('<w:b/>') + box('<w:i/>') }, ['inner after']);
  });
});
