import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type LintResult } from '../../src/index.js';
import { getReporter } from '../../src/reporters/index.js';
import {
  createGithubReporter,
  escapeData,
  escapeProperty,
  GITHUB_ANNOTATION_LIMIT,
  jobSummary,
} from '../../src/reporters/github.js';
import { tableCell } from '../../src/reporters/job-summary.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { diagnostic, result, ruleMeta } from './helpers.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const WEAK = 'fixtures/examples/city-mobility-data-partnership.md';
const SOUND = 'fixtures/examples/city-mobility-data-partnership-sound.md';

/** Parses one workflow command line back, undoing @actions/core's escaping. */
function parseCommand(line: string): { level: string; props: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (value: string) =>
    value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { level: match[1]!, props, message: unescape(match[3]!) };
}

let results: LintResult[];
let context: ReporterContext;
let rulesRun: Map<string, string[]>;

beforeAll(async () => {
  const linter = createLinter({ cwd: REPO });
  results = [await linter.lintFile(WEAK), await linter.lintFile(SOUND)];
  rulesRun = new Map();
  for (const item of results) rulesRun.set(item.filePath, (await linter.configFor(item.filePath)).rules.map(({ rule }) => rule.meta.id));
  context = { cwd: REPO, rulesMeta: linter.rulesMeta(), color: false };
});

describe('github reporter on real lint output', () => {
  it('is registered as --format github', async () => {
    expect(typeof (await getReporter('github', REPO))).toBe('function');
  });

  it('emits one annotation per finding, levels mapped, repo-relative paths, then a plain summary line', () => {
    const output = createGithubReporter({ workspace: REPO })(results, context);
    const lines = output.trimEnd().split('\n');
    const total = results.reduce((sum, item) => sum + item.messages.length, 0);
    const commands = lines.filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(total);
    const parsed = commands.map(parseCommand);
    expect(new Set(parsed.map((command) => command.level))).toEqual(new Set(['error', 'warning']));
    for (const [index, command] of parsed.entries()) {
      expect([WEAK, SOUND]).toContain(command.props.file);
      expect(Number(command.props.line)).toBeGreaterThan(0);
      expect(command.props.title).toMatch(/^clauselint [a-z-]+( \(S\d+\))?$/);
      const message = results.flatMap((item) => item.messages)[index]!;
      expect(command.level).toBe(message.severity === 'error' ? 'error' : 'warning');
      expect(command.message.split('\n')[0]).toBe(message.message.replace(/\s+/g, ' ').trim());
    }
    const first = parsed[0]!;
    const line = String(results[0]!.messages[0]!.location.line);
    expect(first.props).toMatchObject({ file: WEAK, line, endLine: line });
    expect(Object.keys(first.props)).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
    const count = (severity: string) => results.flatMap((item) => item.messages).filter((m) => m.severity === severity).length;
    const files = results.filter((item) => item.messages.length > 0).length;
    expect(lines.at(-1)).toBe(
      `clauselint: ${total} problems (${count('error')} errors, ${count('warning')} warnings, 0 notices) in ${files} file${files === 1 ? '' : 's'}. ` +
        'GitHub shows only the first 10 errors and 10 warnings of a step as annotations; all of them are in the job summary and in the code-scanning results (SARIF).',
    );
    expect(lines.at(-1)).toContain('job summary');
  });

  it('escapes data and properties exactly as @actions/core (%, \\r, \\n; plus : and , in properties)', async () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');

    // A real file whose name needs escaping, and real messages with ":" and ",".
    const dir = await mkdtemp(path.join(tmpdir(), 'clauselint-gh-'));
    try {
      const odd = path.join(dir, 'draft 100%, v2:\r\nfinal.md');
      await copyFile(path.join(REPO, WEAK), odd);
      const linted = await createLinter({ cwd: dir }).lintFile(odd);
      const edited = { ...linted, messages: linted.messages.map((m, i) => (i === 0 ? { ...m, message: 'line one\rline two' } : m)) };
      const output = createGithubReporter({ workspace: dir })([edited], context);
      const commands = output.split('\n').filter((line) => line.startsWith('::'));
      for (const line of commands) {
        expect(line).toContain('file=draft 100%25%2C v2%3A%0D%0Afinal.md,');
        // Properties never carry a raw ":" or ","; nothing carries a raw line break.
        const props = /^::\w+ (.*?)::/.exec(line)![1]!;
        expect(props.split(',').every((pair) => /^[a-zA-Z]+=[^:]*$/.test(pair))).toBe(true);
      }
      // A message stays one sentence (line breaks collapse); the evidence follows on an escaped new line.
      expect(commands[0]).toMatch(/::line one line two%0AEvidence: “\[●\]”$/);
      const withColon = commands.map(parseCommand).find((command) => command.message.includes(':') && command.message.includes(','));
      expect(withColon).toBeDefined();
      expect(commands.find((line) => line.includes('remedy-grievance'))).toMatch(/::No .*, .*/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('maps info to ::notice, gives DOCX/PDF findings only a file and the anchor, and fatal files line 1', () => {
    const rulesMeta = new Map([['data-access-list', ruleMeta()]]);
    const output = createGithubReporter({ workspace: '/w' })(
      [
        result('/w/a.md', [diagnostic({ severity: 'info', line: 3, column: 2 })]),
        result('/w/b.pdf', [diagnostic({ anchor: { page: 3, line: 14, label: 'p. 3, l. 14' } })], { format: 'pdf' }),
        result('/w/c.docx', [diagnostic({ ruleId: 'parse-error', fatal: true, message: 'not a DOCX' })], { format: 'docx' }),
        result('/elsewhere/d.md', [diagnostic({ severity: 'warning', location: { line: 2, column: 4, endLine: 5, endColumn: 2, offset: 0, endOffset: 9 } })]),
      ],
      { cwd: '/w', rulesMeta, color: false },
    );
    const lines = output.split('\n');
    expect(lines[0]).toBe(
      '::notice file=a.md,line=3,col=2,endLine=3,endColumn=6,title=clauselint data-access-list (S3)::The contract does not list the data the operator may access.',
    );
    expect(lines[1]).toBe(
      '::error file=b.pdf,title=clauselint data-access-list (S3)::p. 3, l. 14: The contract does not list the data the operator may access.',
    );
    expect(lines[2]).toBe('::error file=c.docx,line=1,col=1,endLine=1,endColumn=5,title=clauselint parse-error::not a DOCX');
    // Multi-line range: GitHub refuses col/endColumn, so neither is sent.
    expect(lines[3]).toBe(
      '::warning file=/elsewhere/d.md,line=2,endLine=5,title=clauselint data-access-list (S3)::The contract does not list the data the operator may access.',
    );
    expect(lines[4]).toBe('clauselint: 4 problems (2 errors, 1 warning, 1 notice) in 4 files. Details: the job summary and the code-scanning results (SARIF).');
  });

  it('emits every finding beyond the 10-per-level display limit', () => {
    const many = Array.from({ length: 25 }, (_, index) => diagnostic({ line: index + 1 }));
    const output = createGithubReporter({ workspace: '/w' })([result('/w/a.md', many)], { cwd: '/w', rulesMeta: new Map(), color: false });
    expect(output.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(25);
    expect(output).toContain(`GitHub shows only the first ${GITHUB_ANNOTATION_LIMIT} errors and ${GITHUB_ANNOTATION_LIMIT} warnings`);
  });
});

describe('job summary on real lint output', () => {
  it('has a headline, and per file a safeguard scorecard and the findings', () => {
    const markdown = jobSummary(results, context, { rulesRun, workspace: REPO });
    const total = results.reduce((sum, item) => sum + item.messages.length, 0);
    expect(markdown).toMatch(new RegExp(`^## clauselint\\n\\n\\*\\*${total} problems\\*\\* \\(\\d+ errors, \\d+ warnings, 0 infos\\) in 2 files linted\\.`));
    const [, weak, sound] = markdown.split(/^### /m);
    expect(weak).toMatch(new RegExp(`^\`${WEAK}\``));
    expect(sound).toMatch(new RegExp(`^\`${SOUND}\``));
    // One row per safeguard rule that ran, in safeguard order; its status from that rule's findings.
    const rowsOf = (section: string) => section.split('\n').filter((line) => /^\| S\d+ \|/.test(line));
    for (const [index, section] of [weak!, sound!].entries()) {
      const result = results[index]!;
      const expected = rulesRun
        .get(result.filePath)!
        .map((id) => context.rulesMeta.get(id)!)
        .filter((meta) => meta.safeguard)
        .sort((a, b) => Number(a.safeguard!.slice(1)) - Number(b.safeguard!.slice(1)))
        .map((meta) => {
          const own = result.messages.filter((message) => message.ruleId === meta.id);
          const status = own.length === 0 ? '✅ sound' : own.some((message) => message.messageId === 'missing') ? '❌ missing' : '⚠️ weak';
          return `| ${meta.safeguard} | \`${meta.id}\` | ${status} |`;
        });
      expect(rowsOf(section)).toEqual(expected);
    }
    const rows = rowsOf(weak!);
    // The weak draft shows all three states; non-safeguard rules have no row.
    expect(rows.some((row) => row.endsWith('❌ missing |'))).toBe(true);
    expect(rows.some((row) => row.endsWith('⚠️ weak |'))).toBe(true);
    expect(rowsOf(sound!).some((row) => row.endsWith('✅ sound |'))).toBe(true);
    expect(rows.join('\n')).not.toContain('placeholder-text');
    // Findings: anchor, severity, rule, message, evidence.
    const findings = weak!.split('\n').filter((line) => /^\| l\. /.test(line));
    expect(findings).toHaveLength(results[0]!.messages.length);
    const first = results[0]!.messages[1]!;
    expect(findings[1]).toContain(`| ${first.anchor.label} | ${first.severity === 'error' ? '❌ error' : '⚠️ warning'} | `);
    expect(findings[1]).toContain(tableCell(first.message));
    expect(findings[1]).toContain(`“${tableCell(first.evidence!).slice(0, 40)}`);
    expect(markdown).not.toContain('ghadelimiter');
  });

  it('escapes table cells and reports a file that could not be read', () => {
    expect(tableCell('a | b\nc <d>')).toBe('a \\| b c &lt;d&gt;');
    const markdown = jobSummary(
      [result('/w/x.docx', [diagnostic({ ruleId: 'parse-error', fatal: true, message: 'not a | DOCX' })], { format: 'docx' })],
      { cwd: '/w', rulesMeta: new Map(), color: false },
      { workspace: '/w' },
    );
    expect(markdown).toContain('### `x.docx`\n\n❌ Could not be linted: not a \\| DOCX');
  });
});
