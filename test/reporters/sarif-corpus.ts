/**
 * Real lint output for the format tests: the repository's Markdown fixtures, plus a DOCX and a
 * PDF built on the fly from the example contract (linted for real once the DOCX/PDF parsers
 * exist; until then they come back as unreadable files), plus broken files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { createLinter, type LintResult, type RuleMeta } from '../../src/index.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = path.join(REPO, 'fixtures/examples/city-mobility-data-partnership.md');

/** Markdown fixtures: examples, rule fixtures, and the CLI projects (plugin rules, directives). */
export function markdownFixtures(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.md') && entry.name !== 'README.md' ? [full] : [];
    });
  return ['fixtures/examples', 'fixtures/rules', 'fixtures/projects']
    .flatMap((dir) => walk(path.join(REPO, dir)))
    .sort();
}

/** DOCX and PDF fixtures someone has committed, if any. */
export function binaryFixtures(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.(docx|pdf)$/i.test(entry.name) ? [full] : [];
    });
  return walk(path.join(REPO, 'fixtures')).sort();
}

export interface Linted {
  cwd: string;
  results: LintResult[];
  rulesMeta: Map<string, RuleMeta>;
}

/** Lints `files` (absolute) as the CLI would from `cwd`, in path order. */
export async function lintAll(files: string[], cwd = REPO): Promise<Linted> {
  const linter = createLinter({ cwd });
  const results: LintResult[] = [];
  for (const file of files) results.push(await linter.lintFile(file));
  return { cwd, results, rulesMeta: linter.rulesMeta() };
}

/** The example contract's paragraphs as plain text (Markdown markers removed). */
export function exampleParagraphs(): Array<{ text: string; heading: boolean }> {
  return readFileSync(EXAMPLE, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => ({ heading: /^#/.test(block), text: block.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/\s+/g, ' ') }));
}

export async function exampleDocx(): Promise<Uint8Array> {
  const children = exampleParagraphs().map(({ text, heading }) =>
    heading ? new Paragraph({ text, heading: HeadingLevel.HEADING_2 }) : new Paragraph({ text }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A small, valid, text-based PDF (Helvetica, WinAnsi, 46 lines a page) of the example contract. */
export function examplePdf(): Uint8Array {
  const lines = exampleParagraphs().flatMap(({ text }) => [...wrapAscii(text, 88), '']);
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += 46) pages.push(lines.slice(start, start + 46));
  return simplePdf(pages);
}

function wrapAscii(text: string, width: number): string[] {
  const ascii = text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/●/g, '*')
    .replace(/[^\x20-\x7e]/g, '?');
  const out: string[] = [];
  let line = '';
  for (const word of ascii.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function simplePdf(pages: string[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const text = page.map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj T*`).join('\n');
    const stream = `BT /F1 10 Tf 14 TL 56 760 Td\n${text}\nET`;
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** A temp folder with a DOCX, a PDF and broken files, removed by the returned function. */
export interface DocumentFiles {
  docx: string;
  pdf: string;
  brokenDocx: string;
  brokenPdf: string;
  markdown: string;
  empty: string;
}

export async function documentFolder(): Promise<{ dir: string; files: DocumentFiles; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clauselint-docs-'));
  const files: DocumentFiles = {
    docx: path.join(dir, 'contracts', 'mobility partnership.docx'),
    pdf: path.join(dir, 'contracts', 'mobility-partnership.pdf'),
    brokenDocx: path.join(dir, 'contracts', 'broken.docx'),
    brokenPdf: path.join(dir, 'contracts', 'broken.pdf'),
    markdown: path.join(dir, 'contracts', 'mobility.md'),
    empty: path.join(dir, 'contracts', 'empty.md'),
  };
  await mkdir(path.join(dir, 'contracts'), { recursive: true });
  await writeFile(files.docx, await exampleDocx());
  await writeFile(files.pdf, examplePdf());
  await writeFile(files.brokenDocx, 'PK\u0003\u0004 this is not really a zip archive');
  await writeFile(files.brokenPdf, '%PDF-1.7\n%%EOF garbage');
  await writeFile(files.markdown, readFileSync(EXAMPLE));
  await writeFile(files.empty, '');
  return { dir, files, remove: () => rm(dir, { recursive: true, force: true }) };
}
