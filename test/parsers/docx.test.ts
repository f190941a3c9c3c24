/**
 * The DOCX parser on the generated fixtures (fixtures/parsers/docx, made by
 * scripts/make-docx-fixtures.ts): golden trees, the `.expected.json` findings of the built-in
 * rules, and the behaviours the issue names (numbering, tables, notes, text boxes, tracked
 * changes, anchors). Regenerate the golden files after a deliberate change, then review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/parsers/docx.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintBytes } from '../../src/engine/lint-bytes.js';
import { lintTree } from '../../src/engine/linter.js';
import { loadParser } from '../../src/parsers/index.js';
import { stylish } from '../../src/reporters/stylish.js';
import type { DocumentNode, ListNode, ParagraphNode, TableNode } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';
import {
  compareFindings,
  docxOutline,
  expectSoundDocx,
  findingsOf,
  findSection,
  parseDocxOrFail,
  sections,
  sliceOf,
  type ExpectedFinding,
} from './docx-helpers.js';

const DIR = join(import.meta.dirname, '../../fixtures/parsers/docx');
const update = process.env.UPDATE_GOLDEN === '1';
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.docx'));
const rules = builtinRules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));

const trees = new Map<string, DocumentNode>();
beforeAll(async () => {
  for (const name of fixtures) trees.set(name, await parseDocxOrFail(readFileSync(join(DIR, name)), name));
});
const tree = (name: string): DocumentNode => trees.get(name)!;
const lineOf = (t: DocumentNode, needle: string): string => t.data.text.split('\n').find((line) => line.includes(needle)) ?? '';

describe('DOCX fixtures: golden trees and findings', () => {
  it('has the fixtures', () => {
    expect(fixtures.sort()).toEqual(['numbered-clauses.docx', 'tables-notes.docx', 'tracked-changes.docx']);
  });

  for (const name of fixtures) {
    it(`${name}: a sound tree equal to its golden outline`, () => {
      const t = tree(name);
      expectSoundDocx(t);
      const actual = { text: t.data.text.split('\n'), tree: docxOutline(t) };
      const goldenPath = join(DIR, name.replace(/\.docx$/, '.tree.json'));
      if (update || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });

    it(`${name}: the built-in rules find exactly what ${name.replace(/\.docx$/, '.expected.json')} lists`, () => {
      const actual = findingsOf(lintTree(tree(name), { filePath: name, rules }));
      const sidecar = join(DIR, name.replace(/\.docx$/, '.expected.json'));
      if (update || !existsSync(sidecar)) writeFileSync(sidecar, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(sidecar, 'utf8')) as ExpectedFinding[];
      expect(compareFindings(expected, actual)).toEqual({ missing: [], unexpected: [] });
    });
  }

  it('the sidecar comparison fails both ways', () => {
    const f = (paragraph: number): ExpectedFinding => ({ ruleId: 'r', messageId: 'm', paragraph });
    expect(compareFindings([f(1), f(2)], [f(2), f(3)])).toEqual({ missing: ['r/m at ¶ 1'], unexpected: ['r/m at ¶ 3'] });
    expect(compareFindings([f(1), f(1)], [f(1)])).toEqual({ missing: ['r/m at ¶ 1'], unexpected: [] });
  });
});

describe('DOCX numbering rebuilt from word/numbering.xml', () => {
  it('prefixes the numbers a reader sees to the text', () => {
    const t = tree('numbered-clauses.docx');
    expect(t.data.title).toBe('City Mobility Data Sharing Agreement');
    expect(lineOf(t, 'Definitions')).toBe('1. Definitions');
    expect(lineOf(t, 'Council Data" means')).toMatch(/^1\.1 In this Agreement/);
    expect(lineOf(t, 'keep the Council Data')).toBe('(a) keep the Council Data in the United Kingdom;');
    expect(lineOf(t, 'number of trips')).toBe('(i) the number of trips recorded; and');
    expect(lineOf(t, 'each request')).toBe('(ii) each request for the Council Data it receives.');
    expect(lineOf(t, 'the contract value')).toBe('• the contract value;');
  });

  it('nests "%1." headings, "%1.%2" clauses, "(%3)" letters and "(%4)" romans as cited', () => {
    const t = tree('numbered-clauses.docx');
    expect(findSection(t, '1')).toMatchObject({ heading: 'Definitions', kind: 'definitions', label: 'clause 1' });
    expect(findSection(t, '2')!.heading).toBe('Use of Data');
    const sub = (n: string) => findSection(t, n)!.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.number);
    expect(sub('2')).toEqual(['2.1', '2.2', '2.3']);
    expect(sub('2.2')).toEqual(['2.2(a)', '2.2(b)', '2.2(c)']);
    expect(sub('2.2(c)')).toEqual(['2.2(c)(i)', '2.2(c)(ii)']);
    expect(findSection(t, '2.2(b)')!.label).toBe('clause 2.2(b)');
    // The item is still a list item for the analyses, with the marker as written.
    const list = findSection(t, '2.2(b)')!.children[0] as ListNode;
    expect(list).toMatchObject({ type: 'list', ordered: true });
    expect(list.children[0]!.marker).toBe('(b)');
  });

  it('numbers a paragraph even when its text starts in lower case', () => {
    const section = findSection(tree('numbered-clauses.docx'), '2.3')!;
    expect(section.kind).toBe('clause');
    expect(sliceOf(tree('numbered-clauses.docx'), section)).toMatch(/^2\.3 the Council may use/);
  });

  it('reads a heading style’s own numbering (style-linked list) and continues it in the body', () => {
    const t = tree('numbered-clauses.docx');
    const heading = findSection(t, '3')!;
    expect(heading.heading).toBe('Publication');
    expect(heading.data?.source).toEqual({ kind: 'docx', paragraph: 14, style: 'Clause Heading' });
    expect(findSection(t, '3.1')).toBeDefined();
  });

  it('restarts a list at its start value for a new list instance (lvlOverride/startOverride)', () => {
    const t = tree('numbered-clauses.docx');
    const schedules = sections(t).filter((s) => s.kind === 'schedule');
    expect(schedules.map((s) => s.label)).toEqual(['Schedule 1', 'Schedule 2']);
    for (const schedule of schedules) {
      expect(schedule.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.number)).toEqual(['1', '2']);
    }
    expect(lineOf(t, 'quarterly report')).toBe('1. A quarterly report of trips.');
  });

  it('makes bullets items of an unordered list', () => {
    let bullets: ListNode | undefined;
    walk(tree('numbered-clauses.docx'), (node) => {
      if (node.type === 'list' && !node.ordered) bullets = node;
    });
    expect(bullets!.children.map((item) => item.marker)).toEqual(['•', '•']);
  });
});

describe('DOCX tables, notes and text boxes', () => {
  it('keeps tables as tables: header row, a two-paragraph cell, an empty cell', () => {
    const t = tree('tables-notes.docx');
    let table: TableNode | undefined;
    walk(t, (node) => {
      if (node.type === 'table') table = node;
    });
    expect(table!.children).toHaveLength(3);
    expect(table!.children[0]!.data?.header).toBe(true);
    const cells = table!.children[1]!.children;
    expect(cells[0]!.children.map((p) => sliceOf(t, p))).toEqual(['Trip records', '(anonymised)']);
    const empty = table!.children[2]!.children[1]!;
    expect(empty.children).toEqual([]);
    expect(empty.position.start.offset).toBe(empty.position.end.offset);
    // Table-cell paragraphs count in the ¶ index: the header cells are ¶ 3, 4, 5.
    expect(table!.children[0]!.children.map((c) => c.data?.source)).toEqual([
      { kind: 'docx', paragraph: 3 },
      { kind: 'docx', paragraph: 4 },
      { kind: 'docx', paragraph: 5 },
    ]);
  });

  it('puts footnotes and endnotes last, numbered in reference order, anchored to the referring paragraph', () => {
    const t = tree('tables-notes.docx');
    const notes = sections(t).filter((s) => s.heading === 'Footnotes' || s.heading === 'Endnotes');
    expect(notes.map((s) => [s.heading, s.depth])).toEqual([
      ['Footnotes', 1],
      ['Endnotes', 1],
    ]);
    const paragraphs = notes.flatMap((s) => s.children) as ParagraphNode[];
    expect(paragraphs.map((p) => sliceOf(t, p))).toEqual([
      '1 Within the meaning of Article 4(1) of the UK GDPR.',
      '2 The Supplier may use the data for any purpose it sees fit.',
      'i This Agreement follows the Council model terms of 2023.',
    ]);
    expect(paragraphs.map((p) => (p.data?.source as { paragraph: number }).paragraph)).toEqual([2, 13, 2]);
    expect(paragraphs[1]!.data?.note).toEqual({ type: 'footnote', id: '2', mark: '2' });
    // The reference mark itself is not in the body text.
    expect(lineOf(t, 'shall share')).toBe('The Supplier shall share the personal data listed in the table below with the Council.');
  });

  it('reads the text of a text box as a paragraph after the one that anchors it', () => {
    const t = tree('tables-notes.docx');
    let box: ParagraphNode | undefined;
    walk(t, (node) => {
      if (node.type === 'paragraph' && node.data?.textBox) box = node;
    });
    expect(sliceOf(t, box!)).toBe('The Council may audit the Supplier once a year.');
    expect(box!.data?.source).toEqual({ kind: 'docx', paragraph: 13 });
  });
});

describe('DOCX tracked changes: the accepted view is linted', () => {
  it('keeps insertions, drops deletions', () => {
    const text = tree('tracked-changes.docx').data.text;
    expect(text).toContain('1.1 The Supplier shall process the Council Data only to provide the Services.');
    expect(text).not.toContain('for any purpose it sees fit');
    expect(text).toContain('The Council shall publish this Agreement within thirty (30) days of signature.');
    expect(text).not.toContain('The Council may publish this Agreement.');
  });

  it('joins a paragraph whose mark was deleted to the next, which keeps its own properties', () => {
    const t = tree('tracked-changes.docx');
    expect(lineOf(t, 'shall not sell')).toBe('The Supplier shall not sell the Council Data or share it with any third party.');
    // The joined paragraph cites where its text starts (¶ 3); the next clause is numbered 1.2.
    let joined: ParagraphNode | undefined;
    walk(t, (node) => {
      if (node.type === 'paragraph' && sliceOf(t, node).includes('shall not sell')) joined = node;
    });
    expect(joined!.data?.source).toMatchObject({ kind: 'docx', paragraph: 3 });
    expect(lineOf(t, 'shall publish')).toMatch(/^1\.2 /);
  });
});

describe('DOCX through the engine', () => {
  it('is chosen by content and extension, loaded lazily, and anchors findings as "¶ 9, clause 2.2(b)"', async () => {
    const parser = await loadParser('docx');
    expect(parser.id).toBe('docx');
    const bytes = readFileSync(join(DIR, 'numbered-clauses.docx'));
    const result = await lintBytes(bytes, { filePath: '/abs/contract.docx', rules, knownRuleIds: new Set() });
    expect(result.format).toBe('docx');
    const finding = result.messages.find((m) => m.anchor.clause === 'clause 2.2(b)')!;
    expect(finding.anchor).toMatchObject({ paragraph: 9, label: '¶ 9, clause 2.2(b)' });

    const report = stylish([result], { cwd: '/abs', rulesMeta: new Map(builtinRules.map((r) => [r.meta.id, r.meta])), color: false, hints: false });
    const lines = report.split('\n');
    expect(lines[0]).toBe('/abs/contract.docx');
    // VS Code's $eslint-stylish matcher: a file line, then problem lines it loops over.
    const problem = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;
    const line = lines.find((l) => l.includes('¶ 9, clause 2.2(b):'))!;
    expect(line).toMatch(problem);
    expect(problem.exec(line)!.slice(1, 4)).toEqual(['9', '1', 'error']);
    expect(problem.exec(line)![5]).toBe('processing-limits');
    for (const l of lines.slice(1, lines.indexOf(''))) expect(l).toMatch(problem);
  });
});
