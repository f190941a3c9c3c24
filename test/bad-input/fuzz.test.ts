/**
 * Seeded fuzzing of the parsers, on damaged copies of the fixtures made the way real damage looks:
 * XML parts with a range cut out or repeated, an end tag lost, a tag renamed, stray elements and
 * attributes (DOCX, re-zipped); numbers of the text operators, page boxes, rotations and form
 * fields changed, ranges cut or repeated (PDF, on uncompressed fixtures); lines cut, repeated,
 * swapped, stray markup and contract words put in (Markdown and plain text). Whatever the damage:
 *
 * - the parser returns, never throws, and a failure is one line with a code and no parser framing;
 * - a tree it returns passes the tree invariants, and the rules run on it without a fatal error;
 * - DOCX: no word mammoth reads is missing from the tree (the fuzz run that found the table-row
 *   and nested-paragraph bugs used this oracle);
 * - PDF: the worker still reads a good PDF afterwards, with the same findings.
 *
 * Deterministic (fixed seeds). A longer campaign: FUZZ_RUNS=2000 FUZZ_SEED=7 npx vitest run
 * test/bad-input/fuzz.test.ts (FUZZ_RUNS DOCX and Markdown/text runs, a quarter as many PDF);
 * FUZZ_CORPUS=DIR adds that folder's .docx, .md and .txt files as seeds. A failure names the
 * seed file and the run, and a broken tree or lost words also leave the damaged file in the
 * system's temp folder for `clauselint` to be run on.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/diagnostic.js';
import { createLinter } from '../../src/index.js';
import { parseDocx } from '../../src/parsers/docx.js';
import { loadParser } from '../../src/parsers/index.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { openZip } from '../../src/parsers/zip-guard.js';
import { checkTree } from '../../src/tree/invariants.js';
import type { ParseResult } from '../../src/tree/types.js';
import { storedZip } from '../parsers/docx-helpers.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/parsers');
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

let keptDir: string | undefined;
/** Keeps a failing input for a human to look at; its path goes in the assertion message. */
function keep(name: string, bytes: Uint8Array): string {
  keptDir ??= mkdtempSync(join(tmpdir(), 'clauselint-fuzz-'));
  const path = join(keptDir, name);
  writeFileSync(path, bytes);
  return path;
}

function expectCleanFailure(result: ParseResult, where: string): void {
  if (result.ok) return;
  expect(result.error.code, where).toMatch(/^[a-z-]+$/);
  expect(result.error.message, where).not.toMatch(/[\r\n]|xmldom|@#\[|\[object /);
}

function expectLintable(result: LintResult, where: string): void {
  expect(result.fatalErrorCount, `${where}: ${result.messages[0]?.message}`).toBe(0);
}

// ───────────────────────────── DOCX ─────────────────────────────

const DOCX_TAGS = ['w:p', 'w:r', 'w:t', 'w:tbl', 'w:tr', 'w:tc', 'w:pPr', 'w:rPr', 'w:numPr', 'w:ins', 'w:del', 'w:hyperlink', 'w:sdt', 'w:sdtContent', 'w:bookmarkStart', 'w:fldSimple', 'w:pStyle', 'w:ilvl', 'w:numId', 'w:br', 'w:tab'];

function mutateXml(xml: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const at = Math.floor(next() * xml.length);
  const length = Math.floor(next() * 400);
  switch (Math.floor(next() * 7)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + length);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + length) + xml.slice(at);
    case 2: {
      // An end tag lost.
      const tag = `</${pick(DOCX_TAGS)}>`;
      const ends: number[] = [];
      for (let i = xml.indexOf(tag); i >= 0 && ends.length < 2000; i = xml.indexOf(tag, i + 1)) ends.push(i);
      if (ends.length === 0) return xml;
      const end = pick(ends);
      return xml.slice(0, end) + xml.slice(end + tag.length);
    }
    case 3: {
      // One start tag renamed.
      const from = pick(DOCX_TAGS);
      return xml.replace(new RegExp(`<${from}(?=[\\s/>])`), `<${pick(DOCX_TAGS)}`);
    }
    case 4: {
      const tag = pick(DOCX_TAGS);
      const inner = pick(['', '<w:t>x</w:t>', '<w:r><w:t>y</w:t></w:r>', '<w:p/>']);
      return xml.slice(0, at).replace(/<[^>]*$/, '') + `<${tag}>${inner}</${tag}>` + xml.slice(at);
    }
    case 5:
      return xml.replace(/w:val="[^"]*"/g, (value) =>
        next() < 0.05 ? `w:val="${pick(['0', '-1', '99999', '', 'x', 'decimal', 'lowerRoman', '%1.%2.%3.%4.%5.%6.%7.%8.%9', 'Heading1'])}"` : value,
      );
    default:
      return xml.slice(0, at);
  }
}

async function damagedDocx(bytes: Uint8Array, next: () => number): Promise<Uint8Array> {
  const opened = await openZip(bytes);
  if (!opened.ok) throw new Error(opened.error.message);
  const zip = opened.value;
  const parts: Record<string, string | Uint8Array> = {};
  try {
    for (const name of zip.names()) {
      const read = await zip.read(name);
      if (!read.ok) throw new Error(read.error.message);
      parts[name] = read.value;
    }
  } finally {
    zip.close();
  }
  const candidates = ['word/document.xml', 'word/document.xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml'];
  const name = candidates[Math.floor(next() * candidates.length)]!;
  const part = parts[name];
  if (part === undefined) return bytes;
  let xml = Buffer.from(part).toString('utf8');
  for (let times = 1 + Math.floor(next() * 3); times > 0; times--) xml = mutateXml(xml, next);
  parts[name] = xml;
  return storedZip(parts);
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Words of mammoth's text missing from ours. mammoth's raw text glues what sits outside table
 * cells in a damaged row ("FrequencyyTrip"), so a word that is two or three consecutive words of
 * ours counts as found.
 */
function missingWords(ours: string, theirs: string): string[] {
  const count = new Map<string, number>();
  const add = (word: string): void => void count.set(word, (count.get(word) ?? 0) + 1);
  const own = words(ours);
  own.forEach((word, i) => {
    add(word);
    if (i > 0) add(own[i - 1]! + word);
    if (i > 1) add(own[i - 2]! + own[i - 1]! + word);
  });
  const missing: string[] = [];
  for (const word of words(theirs)) {
    const left = count.get(word) ?? 0;
    if (left > 0) count.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}

/** Files of the fixture folders (and FUZZ_CORPUS) whose name matches. */
function seedFiles(dirs: readonly string[], name: RegExp): string[] {
  const all = [...dirs, ...(process.env.FUZZ_CORPUS ? [process.env.FUZZ_CORPUS] : [])];
  return all.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => name.test(file)).map((file) => join(dir, file)));
}

describe('fuzzing the DOCX parser with damaged XML', () => {
  it(`returns, keeps mammoth's words, and gives lintable trees (${RUNS || 60} runs)`, { timeout: 600_000 }, async () => {
    const seeds = seedFiles([join(FIXTURES, 'docx')], /\.docx$/);
    const next = random(SEED);
    const linter = createLinter({ cwd: FIXTURES });
    let parsed = 0;
    for (let run = 0; run < (RUNS || 60); run++) {
      const seed = seeds[Math.floor(next() * seeds.length)]!;
      const bytes = await damagedDocx(new Uint8Array(readFileSync(seed)), next);
      const where = `run ${run} on ${basename(seed)}`;
      const result = await parseDocx(bytes);
      expectCleanFailure(result, where);
      if (!result.ok) continue;
      parsed++;
      const saved = (): string => keep(`docx-run-${run}.docx`, bytes);
      const problems = checkTree(result.tree);
      if (problems.length > 0) expect(problems, `${where} (${saved()})`).toEqual([]);
      let theirs: string | undefined;
      try {
        theirs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      } catch {
        // mammoth refuses markup we can still read (attributes and properties we do not use).
      }
      if (theirs !== undefined) {
        const missing = missingWords(result.tree.data.text, theirs);
        if (missing.length > 0) expect(missing, `${where}: words lost (${saved()})`).toEqual([]);
      }
      expectLintable(await linter.lintText(bytes, `run-${run}.docx`), where);
    }
    // The damage must leave most copies readable, or the oracles above test nothing.
    expect(parsed).toBeGreaterThan((RUNS || 60) / 3);
  });
});

// ───────────────────────────── PDF ─────────────────────────────

const PDF_NUMBERS = ['0', '-0', '1e30', '-1e30', '999999', '-999999', '0.0001', '1', '-1', '72', '-50'];

function mutatePdf(pdf: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const at = Math.floor(next() * pdf.length);
  const length = Math.floor(next() * 300);
  switch (Math.floor(next() * 7)) {
    case 6:
      // A form field's box or value.
      return pdf.replace(/\/Rect \[[^\]]*\]|\/V \([^)]*\)/g, (entry) =>
        next() < 0.3 ? (entry.startsWith('/Rect') ? `/Rect [${[0, 1, 2, 3].map(() => pick(PDF_NUMBERS)).join(' ')}]` : `/V (${pick(['', '\\n\\n', 'x'.repeat(5000), '[insert]'])})`) : entry,
      );
    case 0: {
      // One operand of a text or matrix operator changed.
      const operators = [...pdf.matchAll(/ (?:Tm|Td|TD|Tf|TL|Tc|Tw|Tz|cm)\n/g)].map((match) => match.index);
      if (operators.length === 0) return pdf;
      const end = pick(operators);
      const start = pdf.lastIndexOf('\n', end) + 1;
      const operands = pdf.slice(start, end).split(' ');
      operands[Math.floor(next() * operands.length)] = pick(PDF_NUMBERS);
      return pdf.slice(0, start) + operands.join(' ') + pdf.slice(end);
    }
    case 1:
      return pdf.slice(0, at) + pdf.slice(at + length);
    case 2:
      return pdf.slice(0, at) + pdf.slice(at, at + length) + pdf.slice(at);
    case 3:
      return pdf.replace(/\b(?:BT|ET|Tj|TJ)\b/g, (operator) => (next() < 0.01 ? pick(['BT', 'ET', 'Tj', 'TJ', 'q', 'Q']) : operator));
    case 4:
      return pdf.replace(/\/Rotate \d+|\/MediaBox \[[^\]]*\]/g, (entry) =>
        next() < 0.5 ? pick(['/Rotate 90', '/Rotate 180', '/Rotate 270', '/Rotate 45', '/MediaBox [0 0 0 0]', '/MediaBox [0 0 1e9 1e9]', '/MediaBox [0 0 -595 842]']) : entry,
      );
    default:
      return pdf.replace(/\((?:[^()\\]|\\.)*\) ?Tj/g, (show) => (next() < 0.02 ? `(${'x'.repeat(Math.floor(next() * 3000))}) Tj` : show));
  }
}

describe('fuzzing the PDF parser with damaged content streams', () => {
  it(`returns, gives lintable trees, and leaves the worker able to read a good PDF (${RUNS ? Math.ceil(RUNS / 4) : 16} runs)`, { timeout: 600_000 }, async () => {
    // Uncompressed fixtures: their content streams and form fields can be damaged as text.
    const seeds = ['pdf/shifted-offsets.pdf', 'pdf/sideways.pdf', 'pdf/form.pdf'].map((name) => join(FIXTURES, name)).filter((path) => existsSync(path));
    expect(seeds.length).toBe(3);
    const good = join(FIXTURES, 'pdf/mobility-agreement.pdf');
    const next = random(SEED + 1);
    const linter = createLinter({ cwd: FIXTURES, keepPdfWorker: true });
    const findings = (result: LintResult): string[] => result.messages.map((message) => `${message.ruleId}@${message.anchor.label}:${message.fingerprint}`);
    const expected = findings(await createLinter({ cwd: FIXTURES }).lintFile(good));
    for (let run = 0; run < (RUNS ? Math.ceil(RUNS / 4) : 16); run++) {
      const seed = seeds[run % seeds.length]!;
      let pdf = readFileSync(seed).toString('latin1');
      for (let times = 1 + Math.floor(next() * 3); times > 0; times--) pdf = mutatePdf(pdf, next);
      const bytes = new Uint8Array(Buffer.from(pdf, 'latin1'));
      const where = `run ${run} on ${basename(seed)}`;
      const result = await parsePdf(bytes, { keepWorker: true });
      expectCleanFailure(result, where);
      if (result.ok) {
        const problems = checkTree(result.tree);
        if (problems.length > 0) expect(problems, `${where} (${keep(`pdf-run-${run}.pdf`, bytes)})`).toEqual([]);
        expectLintable(await linter.lintText(bytes, `run-${run}.pdf`), where);
      }
    }
    const after = await linter.lintFile(good);
    expectLintable(after, 'the good PDF after the damaged ones');
    expect(findings(after)).toEqual(expected);
  });
});

// ───────────────────────────── Markdown and plain text ─────────────────────────────

const TEXT_INSERTS = ['\n\n# ', '\n- ', '\n1. ', '\n> ', '\n| a | b |\n| --- | --- |\n| ', '"', '“', '(', ')', '[●]', '**', '_', '\n\n---\n\n', '<!-- clauselint-disable -->', '\n    code\n', '\u00a0', '\u200b', '\t', '\r\n', '§ ', 'Schedule 1', 'clause 4.2(b)', '"Data" means ', 'shall not', 'except as required by law', '\n\nWHEREAS ', '\uFEFF'];

function damagedText(text: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  for (let times = 1 + Math.floor(next() * 4); times > 0; times--) {
    const at = Math.floor(next() * text.length);
    const length = Math.floor(next() * 200);
    switch (Math.floor(next() * 5)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + length);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
        break;
      case 2: {
        const lines = text.split('\n');
        const a = Math.floor(next() * lines.length);
        const b = Math.floor(next() * lines.length);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        text = lines.join('\n');
        break;
      }
      case 3:
        text = text.slice(0, at) + pick(TEXT_INSERTS) + text.slice(at);
        break;
      default:
        text = text.slice(0, at) + pick(TEXT_INSERTS).repeat(1 + Math.floor(next() * 50)) + text.slice(at);
    }
  }
  return text;
}

describe('fuzzing the Markdown and plain-text parsers', () => {
  it(`gives sound trees the rules lint (${RUNS || 120} runs)`, { timeout: 600_000 }, async () => {
    const seeds = seedFiles([join(FIXTURES, '..')], /\.(md|txt)$/);
    const next = random(SEED + 2);
    const linter = createLinter({ cwd: FIXTURES });
    for (let run = 0; run < (RUNS || 120); run++) {
      const seed = seeds[Math.floor(next() * seeds.length)]!;
      const text = damagedText(readFileSync(seed, 'utf8'), next);
      const format = seed.endsWith('.txt') ? 'text' : 'markdown';
      const name = `run-${run}.${format === 'text' ? 'txt' : 'md'}`;
      const where = `run ${run} on ${basename(seed)}`;
      const result = await (await loadParser(format)).parse(new TextEncoder().encode(text), name);
      expectCleanFailure(result, where);
      if (!result.ok) continue;
      const problems = checkTree(result.tree);
      if (problems.length > 0) expect(problems, `${where} (${keep(name, new TextEncoder().encode(text))})`).toEqual([]);
      expectLintable(await linter.lintText(text, name), where);
    }
  });
});
