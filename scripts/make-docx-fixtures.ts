/**
 * Writes the DOCX parser fixtures and the DOCX/ZIP bad-input fixtures. The outputs are committed,
 * so tests need no generation step; run this again only after changing it:
 *
 *   npm run build && node dist/scripts/make-docx-fixtures.js
 *   UPDATE_GOLDEN=1 npx vitest run test/parsers/docx.test.ts   # then review the .tree.json/.expected.json diffs
 *
 * fixtures/parsers/docx/
 *   numbered-clauses.docx   Title, headings by style, multi-level automatic numbering ("%1.",
 *                           "%1.%2", "(%3)" lowerLetter, "(%4)" lowerRoman), a style-linked
 *                           heading list, a restarted list in a schedule, bullets
 *   tables-notes.docx       a table (header row, a two-paragraph cell, an empty cell), footnotes,
 *                           an endnote and a text box
 *   tracked-changes.docx    tracked insertions and deletions, a deleted paragraph mark
 * fixtures/bad-input/ (the DOCX, ZIP, OLE and empty cases)
 *   empty.docx, truncated.docx, not-word.docx, opendocument.docx, pdf-named.docx,
 *   encrypted.docx (an OLE file as Word writes for a password), legacy-word.docx (an OLE .doc),
 *   zip-bomb-ratio.docx, zip-bomb-total.docx, zip-bomb-lying-size.docx, huge-document.docx
 *
 * `docx` makes the Word files (their docProps carry the time they were made); the ZIPs that no
 * tool would write are assembled byte by byte below.
 *
 * Benchmark documents (not fixtures): `--pages N --out FILE` writes the generated Markdown
 * contract of scripts/generate-contract.ts (the one `npm run bench` lints) as a Word document:
 * Title, numbered Heading 1 clauses, "%1.%2" and "(%3)" automatic numbering, bold runs, tables.
 *
 *   node dist/scripts/make-docx-fixtures.js --pages 100 --out /tmp/contract-100.docx
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  DeletedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PARSERS = join(ROOT, 'fixtures', 'parsers', 'docx');
const BAD = join(ROOT, 'fixtures', 'bad-input');
const DATE = '2024-01-15T10:00:00Z';

function write(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${path.slice(ROOT.length + 1)} (${bytes.length} bytes)`);
}

const CLAUSES = {
  reference: 'clauses',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1, alignment: AlignmentType.START },
    { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', start: 1, alignment: AlignmentType.START },
    { level: 3, format: LevelFormat.LOWER_ROMAN, text: '(%4)', start: 1, alignment: AlignmentType.START },
  ],
};

const SCHEDULE_LIST = {
  reference: 'schedule-paragraphs',
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.START }],
};

const BULLETS = {
  reference: 'bullets',
  levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START }],
};

const clause = (level: number, text: string | ParagraphChild[], extra: Record<string, unknown> = {}): Paragraph =>
  new Paragraph({
    children: typeof text === 'string' ? [new TextRun(text)] : text,
    numbering: { reference: 'clauses', level },
    ...extra,
  });

async function numberedClauses(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'clauselint',
    title: 'Numbered clauses',
    numbering: { config: [CLAUSES, SCHEDULE_LIST, BULLETS] },
    styles: {
      paragraphStyles: [
        {
          id: 'ClauseHeading',
          name: 'Clause Heading',
          basedOn: 'Heading1',
          next: 'Normal',
          run: { bold: true },
          paragraph: { numbering: { reference: 'clauses', level: 0 } },
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'City Mobility Data Sharing Agreement', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('This Agreement is made between '),
              new TextRun({ text: 'Greenport City Council', bold: true }),
              new TextRun(' (the "Council") and '),
              new TextRun({ text: 'Urbanex Mobility Ltd', bold: true }),
              new TextRun(' (the "Supplier").'),
            ],
          }),
          // Level 0 by the heading style's own numbering (style-linked list).
          new Paragraph({ text: 'Definitions', style: 'ClauseHeading' }),
          clause(1, 'In this Agreement, "Council Data" means the trip records, vehicle locations and fare data listed in Schedule 1.'),
          new Paragraph({ text: 'Use of Data', style: 'ClauseHeading' }),
          clause(1, 'The Supplier shall process the Council Data for the purposes of this Agreement and any related or incidental purposes.'),
          clause(1, 'The Supplier shall:'),
          clause(2, 'keep the Council Data in the United Kingdom;'),
          clause(2, 'share the trip records with its affiliates for any purpose; and'),
          clause(2, 'report to the Council each quarter on:'),
          clause(3, 'the number of trips recorded; and'),
          clause(3, 'each request for the Council Data it receives.'),
          clause(1, 'the Council may use the outputs of the Services for any purpose it sees fit.'),
          new Paragraph({ text: 'Publication', style: 'ClauseHeading' }),
          clause(1, 'The Council shall publish this Agreement on its open contracts register within thirty (30) days of signature.'),
          new Paragraph({ children: [new TextRun('The register lists:')] }),
          new Paragraph({ text: 'the contract value;', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'the names of the Parties.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Schedule 1 – Council Data', heading: HeadingLevel.HEADING_1 }),
          // A list restarted for the schedule: a new instance of the same numbering starts again at 1.
          new Paragraph({ text: 'Trip records: start and end times and zones.', numbering: { reference: 'schedule-paragraphs', level: 0, instance: 1 } }),
          new Paragraph({ text: 'Vehicle locations at one-minute intervals.', numbering: { reference: 'schedule-paragraphs', level: 0, instance: 1 } }),
          new Paragraph({ text: 'Schedule 2 – Reports', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'A quarterly report of trips.', numbering: { reference: 'schedule-paragraphs', level: 0, instance: 2 } }),
          new Paragraph({ text: 'An annual report of data requests.', numbering: { reference: 'schedule-paragraphs', level: 0, instance: 2 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function tablesNotes(): Promise<Uint8Array> {
  const cell = (paragraphs: Paragraph[]): TableCell => new TableCell({ children: paragraphs, width: { size: 3000, type: WidthType.DXA } });
  const doc = new Document({
    creator: 'clauselint',
    footnotes: {
      1: { children: [new Paragraph('Within the meaning of Article 4(1) of the UK GDPR.')] },
      2: { children: [new Paragraph('The Supplier may use the data for any purpose it sees fit.')] },
    },
    endnotes: {
      1: { children: [new Paragraph('This Agreement follows the Council model terms of 2023.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Data Sharing Schedule', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('The Supplier shall share the personal data'),
              new FootnoteReferenceRun(1),
              new TextRun(' listed in the table below with the Council.'),
              new EndnoteReferenceRun(1),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                tableHeader: true,
                children: [cell([new Paragraph('Data category')]), cell([new Paragraph('Source')]), cell([new Paragraph('Frequency')])],
              }),
              new TableRow({
                children: [
                  cell([new Paragraph('Trip records'), new Paragraph('(anonymised)')]),
                  cell([new Paragraph('Supplier platform')]),
                  cell([new Paragraph('Daily')]),
                ],
              }),
              new TableRow({
                children: [cell([new Paragraph('Fault reports')]), cell([new Paragraph('')]), cell([new Paragraph('Weekly')])],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Retention is described in the note'),
              new FootnoteReferenceRun(2),
              new TextRun('. See the box: '),
              new Textbox({
                style: { width: '3in', height: '1in' },
                children: [new Paragraph('The Council may audit the Supplier once a year.')],
              }),
            ],
          }),
          new Paragraph({ text: 'Signed for the Council.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function trackedChanges(): Promise<Uint8Array> {
  const change = (id: number) => ({ id, author: 'Reviewer', date: DATE });
  const doc = new Document({
    creator: 'clauselint',
    numbering: { config: [CLAUSES] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Use of Data', heading: HeadingLevel.HEADING_1 }),
          clause(1, [
            new TextRun('The Supplier shall process the Council Data '),
            new DeletedTextRun({ ...change(1), text: 'for any purpose it sees fit' }),
            new InsertedTextRun({ ...change(2), text: 'only to provide the Services' }),
            new TextRun('.'),
          ]),
          // A paragraph whose mark was deleted: its text joins the next paragraph.
          clause(1, [new TextRun('The Supplier shall not sell the Council Data')], { run: { deletion: change(3) } }),
          new Paragraph({ children: [new TextRun(' or share it with any third party.')] }),
          clause(1, [
            new DeletedTextRun({ ...change(4), text: 'The Council may publish this Agreement.' }),
            new InsertedTextRun({ ...change(5), text: 'The Council shall publish this Agreement within thirty (30) days of signature.' }),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── hand-made ZIPs ─────────────────────────────

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Store instead of deflating. */
  stored?: boolean;
  /** Sizes written in the headers instead of the true ones (to make lying archives). */
  declaredCompressed?: number;
  declaredUncompressed?: number;
}

function makeZip(entries: readonly ZipEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.stored ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
    const compressed = entry.declaredCompressed ?? body.length;
    const uncompressed = entry.declaredUncompressed ?? entry.data.length;
    const crc = crc32(entry.data);
    const method = entry.stored ? 0 : 8;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x21, 12); // 1980-01-01
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressed >>> 0, 18);
    header.writeUInt32LE(uncompressed >>> 0, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, name, body);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(0, 12);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(compressed >>> 0, 20);
    record.writeUInt32LE(uncompressed >>> 0, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, centralBytes, end]));
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const CONTENT_TYPES = text(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);

const MINIMAL_DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  '<w:p><w:r><w:t>The Supplier shall process the data only to provide the Services.</w:t></w:r></w:p></w:body></w:document>';

/** An OLE compound file header; with `encrypted`, the directory names Word writes for a password-protected file. */
function oleFile(encrypted: boolean): Uint8Array {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3
  bytes.writeUInt16LE(0xfffe, 28); // little-endian
  bytes.writeUInt16LE(9, 30); // 512-byte sectors
  const names = encrypted ? ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'] : ['Root Entry', 'WordDocument', '1Table'];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    Buffer.from(name, 'utf16le').copy(bytes, at);
    bytes.writeUInt16LE((name.length + 1) * 2, at + 64);
  });
  return new Uint8Array(bytes);
}

async function badInputs(validDocx: Uint8Array): Promise<void> {
  write(join(BAD, 'empty.docx'), new Uint8Array(0));
  // The first 60 % of a real document: the central directory at the end is gone.
  write(join(BAD, 'truncated.docx'), validDocx.subarray(0, Math.floor(validDocx.length * 0.6)));
  write(join(BAD, 'not-word.docx'), makeZip([{ name: 'readme.txt', data: text('Not a Word document.') }, { name: 'data/table.csv', data: text('a,b\n1,2\n') }]));
  write(
    join(BAD, 'opendocument.docx'),
    makeZip([
      { name: 'mimetype', data: text('application/vnd.oasis.opendocument.text'), stored: true },
      { name: 'content.xml', data: text('<office:document-content/>') },
    ]),
  );
  write(join(BAD, 'pdf-named.docx'), text('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'));
  write(join(BAD, 'encrypted.docx'), oleFile(true));
  write(join(BAD, 'legacy-word.docx'), oleFile(false));
  // 20 MiB of one repeated paragraph compresses about 1000:1 (limit 100:1).
  const paragraph = '<w:p><w:r><w:t>The Supplier shall comply.</w:t></w:r></w:p>';
  const bombXml = MINIMAL_DOCUMENT.replace('<w:body>', `<w:body>${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}`);
  write(
    join(BAD, 'zip-bomb-ratio.docx'),
    makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: text(bombXml) }]),
  );
  // A directory that declares 3 × 100 MiB (over the 200 MiB total) for tiny stored entries.
  write(
    join(BAD, 'zip-bomb-total.docx'),
    makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: text(MINIMAL_DOCUMENT) },
      ...[1, 2, 3].map((n) => ({
        name: `word/media/image${n}.bin`,
        data: text('x'),
        stored: true,
        declaredCompressed: 100 * 1024 * 1024,
        declaredUncompressed: 100 * 1024 * 1024,
      })),
    ]),
  );
  // document.xml says it is 2 KiB but inflates to 2 MiB: caught while inflating.
  write(
    join(BAD, 'zip-bomb-lying-size.docx'),
    makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: text(bombXml.slice(0, 2 * 1024 * 1024)), declaredUncompressed: 2048 },
    ]),
  );
  // A stored document.xml declared at 40 MiB (over the 16 MiB document limit), ratio 1:1.
  write(
    join(BAD, 'huge-document.docx'),
    makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      {
        name: 'word/document.xml',
        data: text(MINIMAL_DOCUMENT),
        stored: true,
        declaredCompressed: 40 * 1024 * 1024,
        declaredUncompressed: 40 * 1024 * 1024,
      },
    ]),
  );
}

// ───────────────────────────── benchmark documents ─────────────────────────────

/** Runs of a Markdown line: "**bold**" spans become bold runs. */
function runs(line: string): TextRun[] {
  return line
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('**') ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part)));
}

/** The generated Markdown contract as a Word document with automatic numbering. */
export async function benchmarkDocx(pages: number): Promise<Uint8Array> {
  const { generateContract } = await import('./generate-contract.js');
  const lines = generateContract({ pages }).split('\n');
  const children: Array<Paragraph | Table> = [];
  let instance = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let m: RegExpExecArray | null;
    if (line.startsWith('# ')) children.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.TITLE }));
    else if ((m = /^#{2,3} (\d+)\. (.*)$/.exec(line))) {
      children.push(new Paragraph({ text: m[2]!, heading: HeadingLevel.HEADING_1, numbering: { reference: 'clauses', level: 0, instance } }));
    } else if (line.startsWith('#')) {
      // Schedules restart the clause numbering.
      if (/^#+ Schedule/.test(line)) instance++;
      children.push(new Paragraph({ text: line.replace(/^#+ /, ''), heading: HeadingLevel.HEADING_1 }));
    } else if ((m = /^\d+\.\d+ (.*)$/.exec(line))) {
      children.push(new Paragraph({ children: runs(m[1]!), numbering: { reference: 'clauses', level: 1, instance } }));
    } else if ((m = /^\([a-z]+\) (.*)$/.exec(line))) {
      children.push(new Paragraph({ children: runs(m[1]!), numbering: { reference: 'clauses', level: 2, instance } }));
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        const cells = lines[i]!.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      }
      i--;
      const width = Math.max(...rows.map((r) => r.length));
      children.push(
        new Table({
          rows: rows.map(
            (cells, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: Array.from({ length: width }, (_, c) => new TableCell({ children: [new Paragraph({ children: runs(cells[c] ?? '') })] })),
              }),
          ),
        }),
      );
    } else children.push(new Paragraph({ children: runs(line) }));
  }
  const doc = new Document({ creator: 'clauselint', numbering: { config: [CLAUSES] }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf('--pages');
  if (pagesAt >= 0) {
    const out = args[args.indexOf('--out') + 1];
    if (args.indexOf('--out') < 0 || !out) throw new Error('usage: make-docx-fixtures --pages N --out FILE');
    const bytes = await benchmarkDocx(Number(args[pagesAt + 1]));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    console.log(`wrote ${out} (${bytes.length} bytes)`);
    return;
  }
  const numbered = await numberedClauses();
  write(join(PARSERS, 'numbered-clauses.docx'), numbered);
  write(join(PARSERS, 'tables-notes.docx'), await tablesNotes());
  write(join(PARSERS, 'tracked-changes.docx'), await trackedChanges());
  await badInputs(numbered);
}

await main();
