/**
 * Generated files of the PDF parser. Run from the repository root after `npm run build`:
 *
 *   node dist/scripts/make-pdf-fixtures.js lexicon    # src/parsers/pdf/lexicon-data.ts
 *   node dist/scripts/make-pdf-fixtures.js fixtures   # fixtures/parsers/pdf/*.pdf, fixtures/bad-input/*.pdf
 *   node dist/scripts/make-pdf-fixtures.js shifted    # fixtures/parsers/pdf/shifted-offsets.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js sideways   # fixtures/parsers/pdf/sideways.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js run-on     # fixtures/parsers/pdf/run-on.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js form       # fixtures/parsers/pdf/form.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js long       # fixtures/parsers/pdf/long.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js partly-scanned  # fixtures/parsers/pdf/partly-scanned.pdf alone
 *   node dist/scripts/make-pdf-fixtures.js contract PAGES OUT.pdf  # generated contract, for npm run bench
 *
 * `contract` prints the generated contract of about PAGES pages (scripts/generate-contract.ts)
 * with LibreOffice; `npm run bench` compares its lint with pdf-parse `getText` (scripts/bench/formats.ts).
 *
 * `fixtures` needs LibreOffice and qpdf (`apt-get install libreoffice-writer-nogui qpdf`); the
 * tests do not: the PDFs are committed with this script.
 *
 * - fixtures/parsers/pdf/mobility-agreement.pdf: mobility-agreement.md (a copy of the example
 *   contract) written as a Flat ODT (title, clause headings in 14 pt bold, numbered paragraphs,
 *   a pipe table as a table, a running header and a "Page N of M" footer) and printed by LibreOffice.
 * - fixtures/parsers/pdf/layout.pdf: a page with numbered clauses, a justified narrow paragraph
 *   whose long words carry soft hyphens (LibreOffice breaks some of them at line ends) and a
 *   bordered table; a page with a full-width heading over a two-column section; the same running
 *   header and page-number footer on every page.
 * - fixtures/bad-input/: encrypted.pdf (a user password, by qpdf), scanned-no-text.pdf (one page,
 *   one image, no text), truncated.pdf (layout.pdf cut at 55 %), corrupt.pdf (a PDF header,
 *   garbage, an end marker), busy.pdf (2 KB of nested form XObjects that draw 16^5 text runs:
 *   pdf.js works on it for minutes).
 * - fixtures/parsers/pdf/sideways.pdf (also alone: `sideways`): three A4 pages of clauses in
 *   Helvetica: upright; drawn upright on a page turned by /Rotate 90 (sideways on screen); drawn
 *   a quarter turn round on an unturned page, as a landscape table is, under an upright footer.
 * - fixtures/parsers/pdf/run-on.pdf (also alone: `run-on`): one page of paragraphs 12 pt apart
 *   (a paragraph gap) where a sentence runs on in lowercase across a gap, one that ends before
 *   it, a numbered item followed by a lowercase paragraph, and a sentence across a wide gap.
 * - fixtures/parsers/pdf/form.pdf (also alone: `form`): a filled-in form: labels in the text
 *   layer, their values in form fields (a text field, a two-line text field, a choice, a ticked
 *   and an unticked check box, a radio group, and a hidden field that must stay out).
 * - fixtures/parsers/pdf/partly-scanned.pdf (also alone: `partly-scanned`): four A4 pages, each
 *   with a "Page N" footer: clauses in Helvetica; a scanned page (one grey image with dark bars,
 *   no text); clauses again; a blank page.
 * - fixtures/parsers/pdf/long.pdf (also alone: `long`): 120 pages of numbered clauses, 50 lines
 *   each, in compressed content streams (95 KB): long enough that a second pdf.js worker reading
 *   along surely takes pages (test/parsers/pdf-share.test.ts).
 * - fixtures/parsers/pdf/shifted-offsets.pdf (also alone: `shifted`): mobility-agreement.pdf
 *   written uncompressed by qpdf (`--qdf`), then two bytes put into its first content stream, so
 *   that every cross-reference offset after it is wrong. A damaged file pdf.js still reads, by
 *   rebuilding the cross-reference table; while it does, it leaves a promise rejected with no
 *   handler (which ended the worker and failed the next PDF before the worker ignored them).
 *
 * `lexicon`: the word list for hyphen joining and ligature repair: SCOWL's American and British
 * lists as Debian ships them (`apt-get install wamerican wbritish`), the entries written in
 * lowercase letters only (no proper names, no possessives), gzipped and base64-encoded into a
 * TypeScript module (so that tsc carries it into dist). SCOWL is a curated spell-checker list;
 * natural's POS lexicon was tried first and lists typos ("confict") that would block repairs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';

/** The repository root: run the script from there. */
const ROOT = process.cwd();

const SCOWL_NOTICE = [
  'SCOWL (Spell Checker Oriented Word Lists), Copyright 2000-2011 by Kevin Atkinson.',
  'Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,',
  'the output created from the scripts, and its documentation for any purpose is hereby granted',
  'without fee, provided that the above copyright notice appears in all copies and that both that',
  'copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson',
  'makes no representations about the suitability of this array for any purpose. It is provided',
  '"as is" without express or implied warranty. (Full notices: /usr/share/doc/wamerican/copyright.)',
];

function makeLexicon(): void {
  const sources = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];
  const words = new Set<string>();
  for (const source of sources) {
    for (const entry of readFileSync(source, 'utf8').split('\n')) if (/^[a-z]{2,}$/.test(entry)) words.add(entry);
  }
  const sorted = [...words].sort();
  const gz = gzipSync(sorted.join('\n'), { level: 9 }).toString('base64');
  const lines = gz.match(/.{1,120}/g) ?? [];
  const out = [
    '// Generated by scripts/make-pdf-fixtures.ts lexicon: do not edit.',
    `// ${sorted.length} lowercase English words (gzip, base64) from Debian's wamerican and wbritish:`,
    ...SCOWL_NOTICE.map((line) => `// ${line}`),
    'export const LEXICON_GZIP_BASE64 =',
    ...lines.map((line, i) => `  '${line}'${i < lines.length - 1 ? ' +' : ';'}`),
    '',
  ].join('\n');
  const target = join(ROOT, 'src/parsers/pdf/lexicon-data.ts');
  writeFileSync(target, out);
  console.log(`wrote ${target}: ${sorted.length} words, ${out.length} bytes`);
}

// ───────────────────────────── Flat ODT ─────────────────────────────

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown (only **bold**) → ODF text with spans. */
function inline(s: string): string {
  return s
    .split(/(\*\*[^*]+\*\*)/)
    .map((part) => (part.startsWith('**') && part.endsWith('**') ? `<text:span text:style-name="B">${escapeXml(part.slice(2, -2))}</text:span>` : escapeXml(part)))
    .join('');
}

const HEADER_TEXT = 'Mobility Data Partnership Agreement (draft 3, for internal legal review)';

function fodt(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:text-indent="-0.7cm"/></style:style>
  <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="H1"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="Narrow" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-right="6cm"/></style:style>
  <style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Furniture">${escapeXml(HEADER_TEXT)}</text:p></style:header>
   <style:footer><text:p text:style-name="Furniture">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
${body}
 </office:text></office:body>
</office:document>
`;
}

function tableXml(rows: string[][]): string {
  const columns = rows[0]!.length;
  const cells = (row: string[]): string =>
    row.map((cell) => `<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="Cell">${inline(cell)}</text:p></table:table-cell>`).join('');
  return [
    `<table:table table:name="T${rows.length}x${columns}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="${columns}"/>`,
    ...rows.map((row) => `<table:table-row>${cells(row)}</table:table-row>`),
    '</table:table>',
  ].join('\n');
}

/** The Markdown subset of the example contract → Flat ODT body. */
function markdownBody(markdown: string): string {
  const out: string[] = [];
  const blocks = markdown.replace(/<!--[\s\S]*?-->/g, '').split(/\n\s*\n/);
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    if (block.startsWith('# ')) out.push(`<text:p text:style-name="Title">${inline(block.slice(2))}</text:p>`);
    else if (block.startsWith('## ')) {
      const title = block.slice(3);
      const style = /^Schedule 1/.test(title) ? 'PageBreak' : 'H1';
      out.push(`<text:p text:style-name="${style}">${inline(title)}</text:p>`);
    } else if (block.startsWith('|')) {
      const rows = block
        .split('\n')
        .filter((line) => !/^\|\s*-/.test(line))
        .map((line) => line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
      out.push(tableXml(rows));
    } else {
      for (const line of block.split('\n')) {
        const item = /^(\d+\.|\([a-z]\)|\([A-Z]\))\s/.test(line) && !/^\d+\.\d/.test(line);
        out.push(`<text:p text:style-name="${item ? 'Item' : 'Body'}">${inline(line).replace(/^(\S+) /, item ? '$1<text:tab/>' : '$1 ')}</text:p>`);
      }
    }
  }
  return out.join('\n');
}

const SHY = '\u00ad';
/** Soft hyphens after every third letter of words of ten letters or more. */
const softHyphens = (s: string): string => s.replace(/[A-Za-z]{10,}/g, (word) => word.replace(/([a-z]{3})(?=[a-z]{3})/g, `$1${SHY}`));

function layoutBody(): string {
  const p = (style: string, text: string): string => `<text:p text:style-name="${style}">${inline(text)}</text:p>`;
  const clauses = [
    '1. Definitions',
    '1.1 "Authority Data" means the ticketing, vehicle location and journey records that the Authority makes available under this Agreement.',
    '1.2 "Purposes" means planning bus routes and cycle lanes for the Authority, and nothing else.',
    '2. Use of Data',
    '2.1 The Supplier shall process the Authority Data only for the Purposes and only on the documented instructions of the Authority.',
    '2.2 The Supplier shall not sell, license or disclose the Authority Data to any third party.',
  ];
  const body: string[] = [];
  body.push(p('Title', 'Data Sharing Schedule'));
  for (const c of clauses) body.push(/^\d+\. /.test(c) ? p('H1', c) : p('Body', c));
  body.push(p('H1', '3. Interpretation'));
  body.push(
    p(
      'Narrow',
      softHyphens(
        '3.1 Notwithstanding anything to the contrary, the interpretation of this Schedule shall accommodate the administrative responsibilities, notifications, certifications and authorisations that the contracting authority establishes, including the documentation, anonymisation, pseudonymisation and confidentiality arrangements described in the implementation specification, together with the corresponding responsibilities of the subcontractors.',
      ),
    ),
  );
  body.push(p('H1', '4. Data Categories'));
  body.push(
    tableXml([
      ['Data category', 'Source', 'Frequency'],
      ['Smartcard tap-in records', 'Authority ticketing system', 'Daily batch'],
      ['Bus location feed', 'Authority fleet system', 'Real time'],
      ['Junction camera counts', 'Authority traffic control centre', 'Hourly'],
    ]),
  );
  body.push(p('PageBreak', '5. Obligations of the Parties'));
  const left = [
    '5.1 The Supplier shall keep a record of every disclosure of Authority Data and make that record available to the Authority on request within five working days.',
    '5.2 The Supplier shall delete the Authority Data within thirty days after the end of this Agreement and shall certify the deletion in writing.',
    '5.3 The Supplier shall notify the Authority of any personal data breach without undue delay and in any event within twenty-four hours.',
    '5.4 The Authority shall publish a summary of this Agreement, including the data categories and the Purposes, on its website.',
    '5.5 The Authority shall carry out a data protection impact assessment before any new category of data is shared.',
    '5.6 Each Party shall appoint a contact person for questions about the processing of personal data.',
  ];
  body.push(`<text:section text:style-name="TwoColumns" text:name="Columns">${left.map((c) => p('Body', c)).join('\n')}</text:section>`);
  body.push(p('H1', '6. Signatures'));
  body.push(p('Body', 'Signed for and on behalf of the Authority and of the Supplier on the date written above.'));
  return body.join('\n');
}

// ───────────────────────────── raw PDF ─────────────────────────────

interface RawObject {
  dict: string;
  stream?: Buffer;
}

/** A PDF from objects 1..n (object 1 the catalog), with a correct cross-reference table. */
function rawPdf(objects: RawObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const body = object.stream
      ? Buffer.concat([
          Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.stream.length} >>\nstream\n`, 'latin1'),
          object.stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ])
      : Buffer.from(`${i + 1} 0 obj\n${object.dict}\nendobj\n`, 'latin1');
    parts.push(body);
    length += body.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A grey image with dark bars, like a scanned page (a bar breaks where `(x * step + y * 3) % period` is small). */
function scanImage(step: number, period: number): RawObject {
  const width = 200;
  const height = 283;
  const pixels = Buffer.alloc(width * height, 0xf0);
  for (let y = 20; y < height - 20; y += 7) {
    for (let x = 20; x < width - 20; x++) if ((x * step + y * 3) % period > 4) pixels[y * width + x] = 0x30;
  }
  return { dict: '/Type /XObject /Subtype /Image /Width 200 /Height 283 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', stream: deflateSync(pixels) };
}

/** One A4 page holding one grey image with dark bars, like a scan: no text at all. */
function scannedPdf(): Buffer {
  return rawPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>' },
    { dict: '', stream: Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q', 'latin1') },
    scanImage(7, 23),
  ]);
}

/** Form XObjects nested DEPTH deep, each drawing the next FAN times: FAN^(DEPTH-1) text runs. */
function busyPdf(depth = 6, fan = 16): Buffer {
  const objects: RawObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X0 6 0 R >> >> /Contents 5 0 R >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    { dict: '', stream: Buffer.from('q /X0 Do Q', 'latin1') },
  ];
  for (let d = 0; d < depth; d++) {
    const last = d === depth - 1;
    const content = last ? 'BT /F1 10 Tf 72 700 Td (The Supplier shall) Tj ET' : Array.from({ length: fan }, () => `q /X${d + 1} Do Q`).join('\n');
    const resources = last ? '<< /Font << /F1 4 0 R >> >>' : `<< /XObject << /X${d + 1} ${7 + d} 0 R >> >>`;
    objects.push({ dict: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources ${resources}`, stream: Buffer.from(content, 'latin1') });
  }
  return rawPdf(objects);
}

function corruptPdf(): Buffer {
  // Deterministic garbage between a valid header and a valid end marker.
  const junk = Buffer.alloc(4096);
  let state = 0x2545;
  for (let i = 0; i < junk.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    junk[i] = state >>> 24;
  }
  return Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R', 'latin1'), junk, Buffer.from('\nstartxref\n999999\n%%EOF\n', 'latin1')]);
}

function soffice(fodtPath: string, outDir: string): string {
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, fodtPath], { stdio: 'ignore' });
  return join(outDir, fodtPath.replace(/^.*\//, '').replace(/\.fodt$/, '.pdf'));
}

function makeFixtures(): void {
  const work = mkdtempSync(join(tmpdir(), 'clauselint-pdf-fixtures-'));
  const parsersDir = join(ROOT, 'fixtures/parsers/pdf');
  const badDir = join(ROOT, 'fixtures/bad-input');
  try {
    const mobility = join(work, 'mobility-agreement.fodt');
    writeFileSync(mobility, fodt(markdownBody(readFileSync(join(parsersDir, 'mobility-agreement.md'), 'utf8'))));
    copyFileSync(soffice(mobility, work), join(parsersDir, 'mobility-agreement.pdf'));
    const layout = join(work, 'layout.fodt');
    writeFileSync(layout, fodt(layoutBody()));
    const layoutPdf = soffice(layout, work);
    copyFileSync(layoutPdf, join(parsersDir, 'layout.pdf'));

    execFileSync('qpdf', ['--static-id', '--encrypt', 'user-secret', 'owner-secret', '256', '--', layoutPdf, join(badDir, 'encrypted.pdf')]);
    const layoutBytes = readFileSync(layoutPdf);
    writeFileSync(join(badDir, 'truncated.pdf'), layoutBytes.subarray(0, Math.floor(layoutBytes.length * 0.55)));
    writeFileSync(join(badDir, 'scanned-no-text.pdf'), scannedPdf());
    writeFileSync(join(badDir, 'corrupt.pdf'), corruptPdf());
    writeFileSync(join(badDir, 'busy.pdf'), busyPdf());
    makeShifted();
    makeSideways();
    makeRunOn();
    makeForm();
    console.log(`wrote ${parsersDir}/{mobility-agreement,layout}.pdf and ${badDir}/{encrypted,truncated,scanned-no-text,corrupt,busy}.pdf`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Text lines in Helvetica 11 pt, 14 pt apart, each line's matrix from `at(i)` ("a b c d e f"). */
function textLines(lines: readonly string[], at: (i: number) => string): string {
  const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);
  return lines.map((line, i) => `BT /F1 11 Tf ${at(i)} Tm (${escape(line)}) Tj ET`).join('\n');
}

/** One page of Helvetica 11 pt lines at the given baselines (points from the bottom). */
function onePage(lines: ReadonlyArray<readonly [number, string]>): Buffer {
  const content = lines.map(([y, line]) => textLines([line], () => `1 0 0 1 72 ${y}`)).join('\n');
  return rawPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>' },
    { dict: '', stream: Buffer.from(content, 'latin1') },
  ]);
}

/** fixtures/parsers/pdf/run-on.pdf (see the header): lines 14 pt apart, paragraphs 26 pt. */
function makeRunOn(): void {
  const pdf = onePage([
    [770, 'This Agreement is made between the Council, acting through its'],
    [756, 'transport department (the "Authority"),'],
    [730, 'and Kinetica Ltd (the "Supplier"), under which the Authority'],
    [716, 'will make available the trip records to [insert name of the recipient].'],
    [690, 'The Supplier shall keep the records in the United Kingdom.'],
    [664, '1. The Supplier shall report each quarter on the number of trips,'],
    [638, 'each report signed by a director.'],
    [612, 'Notices under this Agreement go to the addresses above, and'],
    [542, 'copies go to the data protection officer of the Authority.'],
  ]);
  const out = join(ROOT, 'fixtures/parsers/pdf/run-on.pdf');
  writeFileSync(out, pdf);
  console.log(`wrote ${out}`);
}

/** fixtures/parsers/pdf/form.pdf (see the header). */
function makeForm(): void {
  const labels: Array<readonly [number, string]> = [
    [770, 'Data Sharing Request Form'],
    [700, 'Data to be shared:'],
    [672, 'Purpose:'],
    [620, 'Recipient:'],
    [592, 'Retention:'],
    [564, 'Published on the open data register:'],
    [536, 'Shared with third parties:'],
    [508, 'Transfers outside the UK:'],
  ];
  const texts = [...labels.map(([y, label]) => textLines([label], () => `1 0 0 1 72 ${y}`)), textLines(['Yes'], () => '1 0 0 1 256 508'), textLines(['No'], () => '1 0 0 1 316 508')];
  const field = (extra: string, rect: string, flags = 4): string => `<< /Type /Annot /Subtype /Widget ${extra} /Rect [${rect}] /F ${flags} /P 4 0 R >>`;
  const fields = [
    field('/FT /Tx /T (data) /V (trip records and fare data only)', '240 696 540 712'),
    field('/FT /Tx /Ff 4096 /T (purpose) /V (the Mobility Study\\nand its evaluation report)', '240 640 540 684'),
    field('/FT /Ch /T (recipient) /V (Kinetica Ltd) /Opt [(Kinetica Ltd) (Other)]', '240 616 540 632'),
    field('/FT /Tx /T (retention) /V ([insert retention period])', '240 588 540 604'),
    field('/FT /Btn /T (published) /V /Yes /AS /Yes', '300 560 312 572'),
    field('/FT /Btn /T (third) /V /Off /AS /Off', '300 532 312 544'),
    field('/FT /Tx /T (note) /V (internal note: not signed)', '240 470 540 486', 2),
  ];
  // A radio group: the parent field holds the value, each button exports its own.
  const first = 7;
  const parent = first + fields.length;
  const button = (exported: string, x: number): string =>
    `<< /Type /Annot /Subtype /Widget /Parent ${parent} 0 R /Rect [${x} 504 ${x + 12} 516] /F 4 /AS /${exported === 'No' ? 'No' : 'Off'} /AP << /N << /${exported} 6 0 R /Off 6 0 R >> >> /P 4 0 R >>`;
  const radios = [button('Yes', 240), button('No', 300)];
  const refs = fields.map((_, i) => `${first + i} 0 R`);
  const radioRefs = radios.map((_, i) => `${parent + 1 + i} 0 R`);
  const pdf = rawPdf([
    { dict: `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${[...refs, `${parent} 0 R`].join(' ')}] >> >>` },
    { dict: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [${[...refs, ...radioRefs].join(' ')}] >>` },
    { dict: '', stream: Buffer.from(texts.join('\n'), 'latin1') },
    // The buttons' (empty) appearance.
    { dict: '/Type /XObject /Subtype /Form /BBox [0 0 12 12]', stream: Buffer.from('', 'latin1') },
    ...fields.map((dict) => ({ dict })),
    { dict: `<< /FT /Btn /Ff 49152 /T (transfers) /V /No /Kids [${radioRefs.join(' ')}] >>` },
    ...radios.map((dict) => ({ dict })),
  ]);
  const out = join(ROOT, 'fixtures/parsers/pdf/form.pdf');
  writeFileSync(out, pdf);
  console.log(`wrote ${out}`);
}

/** fixtures/parsers/pdf/sideways.pdf (see the header). */
function makeSideways(): void {
  const upright = ['Data Sharing Agreement', '1. Data', 'The Supplier shall receive only the data listed in Schedule 1.'];
  const turned = ['2. Retention', 'The Supplier shall delete the data within thirty days of the end of the Services.'];
  const landscape = ['3. Transparency', 'The Authority shall publish this Agreement within thirty days of signature.'];
  const page = (contents: number, extra = ''): string =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${extra} /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;
  const pdf = rawPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [4 0 R 5 0 R 6 0 R] /Count 3 >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { dict: page(7) },
    { dict: page(8, ' /Rotate 90') },
    { dict: page(9) },
    { dict: '', stream: Buffer.from(textLines(upright, (i) => `1 0 0 1 72 ${770 - 14 * i}`), 'latin1') },
    { dict: '', stream: Buffer.from(textLines(turned, (i) => `1 0 0 1 72 ${770 - 14 * i}`), 'latin1') },
    // Baselines run up the page; each next line sits further right.
    { dict: '', stream: Buffer.from(`${textLines(landscape, (i) => `0 1 -1 0 ${90 + 14 * i} 72`)}\n${textLines(['Page 3'], () => '1 0 0 1 280 40')}`, 'latin1') },
  ]);
  const out = join(ROOT, 'fixtures/parsers/pdf/sideways.pdf');
  writeFileSync(out, pdf);
  console.log(`wrote ${out}`);
}

/** fixtures/parsers/pdf/partly-scanned.pdf (see the header). */
function makePartlyScanned(): void {
  const footer = (n: number): string => textLines([`Page ${n}`], () => '1 0 0 1 280 40');
  const clauses = (lines: string[], n: number): string => `${textLines(lines, (i) => `1 0 0 1 72 ${770 - 14 * i}`)}\n${footer(n)}`;
  const page = (contents: number, resources: string): string =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${resources} >> /Contents ${contents} 0 R >>`;
  const fonts = '/Font << /F1 3 0 R >>';
  const pdf = rawPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [4 0 R 5 0 R 6 0 R 7 0 R] /Count 4 >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { dict: page(8, fonts) },
    { dict: page(9, `${fonts} /XObject << /Im0 12 0 R >>`) },
    { dict: page(10, fonts) },
    { dict: page(11, fonts) },
    { dict: '', stream: Buffer.from(clauses(['Data Sharing Agreement', '1. Data', 'The Supplier shall receive only the data listed in Schedule 1.'], 1), 'latin1') },
    { dict: '', stream: Buffer.from(`q 595 0 0 842 0 0 cm /Im0 Do Q\n${footer(2)}`, 'latin1') },
    { dict: '', stream: Buffer.from(clauses(['3. Retention', 'The Supplier shall delete the data within thirty days of the end of the Services.'], 3), 'latin1') },
    { dict: '', stream: Buffer.from(footer(4), 'latin1') },
    scanImage(5, 19),
  ]);
  const out = join(ROOT, 'fixtures/parsers/pdf/partly-scanned.pdf');
  writeFileSync(out, pdf);
  console.log(`wrote ${out}`);
}

/** fixtures/parsers/pdf/long.pdf (see the header). */
function makeLong(pageCount = 120, linesPerPage = 50): void {
  const objects: RawObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '' }, // the page tree, filled in below
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
  ];
  const kids: string[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const lines = Array.from({ length: linesPerPage }, (_, i) => {
      const clause = `${page}.${i + 1}`;
      return `${clause} The Supplier shall process the data of clause ${clause} only to provide the Services.`;
    });
    const content = deflateSync(Buffer.from(textLines(lines, (i) => `1 0 0 1 72 ${780 - 14 * i}`), 'latin1'));
    const pageId = objects.length + 1;
    kids.push(`${pageId} 0 R`);
    objects.push(
      { dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>` },
      { dict: '/Filter /FlateDecode', stream: content },
    );
  }
  objects[1] = { dict: `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pageCount} >>` };
  const out = join(ROOT, 'fixtures/parsers/pdf/long.pdf');
  writeFileSync(out, rawPdf(objects));
  console.log(`wrote ${out}`);
}

/** fixtures/parsers/pdf/shifted-offsets.pdf from mobility-agreement.pdf (see the header). */
function makeShifted(): void {
  const dir = join(ROOT, 'fixtures/parsers/pdf');
  const work = mkdtempSync(join(tmpdir(), 'clauselint-pdf-shifted-'));
  try {
    const qdf = join(work, 'qdf.pdf');
    execFileSync('qpdf', ['--static-id', '--qdf', '--object-streams=disable', join(dir, 'mobility-agreement.pdf'), qdf]);
    const text = readFileSync(qdf).toString('latin1');
    const at = text.indexOf('stream\n') + 'stream\n'.length;
    writeFileSync(join(dir, 'shifted-offsets.pdf'), Buffer.from(`${text.slice(0, at)}  ${text.slice(at)}`, 'latin1'));
    console.log(`wrote ${dir}/shifted-offsets.pdf`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ───────────────────────────── contract ─────────────────────────────

/** The generated contract of about `pages` pages printed by LibreOffice, for `npm run bench`. */
async function contract(pages: number, out: string): Promise<void> {
  const { generateContract } = await import('./generate-contract.js');
  const work = mkdtempSync(join(tmpdir(), 'clauselint-pdf-contract-'));
  try {
    const fodtPath = join(work, `contract-${pages}.fodt`);
    writeFileSync(fodtPath, fodt(markdownBody(generateContract({ pages }))));
    copyFileSync(soffice(fodtPath, work), out);
    console.log(`wrote ${out}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const command = process.argv[2];
if (command === 'lexicon') makeLexicon();
else if (command === 'fixtures') makeFixtures();
else if (command === 'shifted') makeShifted();
else if (command === 'sideways') makeSideways();
else if (command === 'run-on') makeRunOn();
else if (command === 'form') makeForm();
else if (command === 'long') makeLong();
else if (command === 'partly-scanned') makePartlyScanned();
else if (command === 'contract' && process.argv[4]) await contract(Number(process.argv[3]), process.argv[4]);
else {
  console.error('usage: node dist/scripts/make-pdf-fixtures.js lexicon | fixtures | shifted | sideways | run-on | form | long | partly-scanned | contract PAGES OUT.pdf');
  process.exitCode = 2;
}
