import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type AnySchema } from 'ajv';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectMarkers } from '../reporters/vscode-stylish-matcher.js';
import { ANSI, assertBuilt, makeProject, removeProjects, REPO, runCli } from './helpers.js';

// Each test spawns the binary, often several times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

let project: string;
const file = (name: string) => path.join(project, 'contracts', name);

beforeAll(async () => {
  assertBuilt();
  project = await makeProject('cli-basic');
});
afterAll(removeProjects);

describe('exit codes', () => {
  it('0 for a clean contract, with a confirmation line', async () => {
    const run = await runCli(['contracts/clean.md'], { cwd: project });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('✔ No problems found in 1 file.\n');
  });

  it('0 when there are only warnings', async () => {
    const run = await runCli(['contracts/warnings.md'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✖ 2 problems (0 errors, 2 warnings, 0 infos)');
  });

  it('1 when there is an error', async () => {
    const run = await runCli(['contracts'], { cwd: project });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('stylish (default)', () => {
  it('prints absolute file lines, aligned problem lines, a summary and How to fix', async () => {
    const run = await runCli(['contracts/errors.md', 'contracts/warnings.md'], { cwd: project });
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      file('errors.md'),
      '  5:39  error    The term "in perpetuity" has no end date.  house/perpetual-term',
      '  9:24  warning  A "best efforts" duty is hard to enforce.  house/best-efforts',
      '',
      file('warnings.md'),
      '  5:24  warning  A "best efforts" duty is hard to enforce.  house/best-efforts',
      '  7:23  warning  A "best efforts" duty is hard to enforce.  house/best-efforts',
      '',
      '✖ 4 problems (1 error, 3 warnings, 0 infos)',
    ]);
    const section = run.stdout.slice(run.stdout.indexOf('How to fix'));
    expect(section).toContain('  • house/perpetual-term (perpetual): 1 finding in 1 file');
    expect(section).toContain('    Why: Open-ended data access outlives the oversight that approved it.\n');
    expect(section).toContain('    Sources: House policy 2.1');
    expect(section).toContain('    Evidence: quoted in 1 of 1 finding, e.g. "in perpetuity"');
    expect(section).toContain('      │ The Operator shall delete the Data within 30 days after this Agreement ends.');
    expect(section).toContain('    Run `clauselint --explain house/perpetual-term` for details.');
    expect(section).toContain('  • house/best-efforts (weak): 3 findings in 2 files');
  });

  it("is read correctly by VS Code's $eslint-stylish matcher", async () => {
    const run = await runCli(['contracts'], { cwd: project });
    expect(collectMarkers(run.stdout)).toEqual([
      { file: file('errors.md'), line: 5, column: 39, severity: 'error', message: 'The term "in perpetuity" has no end date.', code: 'house/perpetual-term' },
      { file: file('errors.md'), line: 9, column: 24, severity: 'warning', message: 'A "best efforts" duty is hard to enforce.', code: 'house/best-efforts' },
      { file: file('warnings.md'), line: 5, column: 24, severity: 'warning', message: 'A "best efforts" duty is hard to enforce.', code: 'house/best-efforts' },
      { file: file('warnings.md'), line: 7, column: 23, severity: 'warning', message: 'A "best efforts" duty is hard to enforce.', code: 'house/best-efforts' },
    ]);
  });

  it('--no-hints leaves out the How to fix section', async () => {
    const run = await runCli(['contracts', '--no-hints'], { cwd: project });
    expect(run.stdout).not.toContain('How to fix');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (1 error, 3 warnings, 0 infos)');
  });
});

describe('json', () => {
  it('writes only the report to stdout, valid against the v1 schema', async () => {
    const run = await runCli(['contracts', '--format', 'json'], { cwd: project });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as any[];
    const schema = JSON.parse(await readFile(path.join(REPO, 'docs/schemas/results-v1.schema.json'), 'utf8')) as AnySchema;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);

    expect(results.map((result) => result.filePath)).toEqual(
      ['clean.md', 'errors.md', 'suppressed.md', 'warnings.md'].map(file),
    );
    const errors = results[1];
    expect(errors).toMatchObject({ format: 'markdown', errorCount: 1, warningCount: 1, infoCount: 0, fatalErrorCount: 0 });
    expect(errors.messages[0]).toMatchObject({
      ruleId: 'house/perpetual-term',
      messageId: 'perpetual',
      severity: 'error',
      line: 5,
      column: 39,
      endLine: 5,
      endColumn: 52,
      evidence: 'in perpetuity',
      suggestion: 'The Operator shall delete the Data within 30 days after this Agreement ends.',
      sources: ['House policy 2.1'],
    });
    expect(errors.messages[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a suppression comment removes the finding and keeps it in suppressedMessages', async () => {
    const run = await runCli(['contracts/suppressed.md', '-f', 'json'], { cwd: project });
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as any[];
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages).toHaveLength(1);
    expect(result.suppressedMessages[0]).toMatchObject({
      ruleId: 'house/perpetual-term',
      line: 7,
      suppressions: [{ kind: 'directive', justification: 'archival law requires permanent records' }],
    });
  });
});

describe('custom formatter', () => {
  it('--format ./path loads the module default export', async () => {
    const dir = await makeProject('cli-basic', {
      'count-formatter.mjs':
        'export default (results, context) => results.map((r) => `${r.filePath.slice(context.cwd.length + 1)}: ${r.messages.length} (${context.rulesMeta.has("house/best-efforts")})`).join("\\n");\n',
    });
    const run = await runCli(['contracts', '-f', './count-formatter.mjs'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'contracts/clean.md: 0 (true)\ncontracts/errors.md: 2 (true)\ncontracts/suppressed.md: 0 (true)\ncontracts/warnings.md: 2 (true)\n',
    );
  });

  it('an unknown format name is a usage error (exit 2)', async () => {
    const run = await runCli(['contracts', '-f', 'sarif-ish'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'clauselint: unknown format "sarif-ish" (built-in: stylish, json, sarif, compact, unix, junit, checkstyle, github; or a path to a formatter module such as ./my-formatter.js)\n',
    );
  });
});

describe('--output-file', () => {
  it('creates folders, writes the report there, prints nothing and keeps exit 1', async () => {
    const dir = await makeProject('cli-basic');
    const run = await runCli(['contracts', '-f', 'json', '-o', 'out/reports/clauselint.json'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const results = JSON.parse(await readFile(path.join(dir, 'out/reports/clauselint.json'), 'utf8')) as any[];
    expect(results).toHaveLength(4);
  });

  it('writes stylish without colour, even with a TTY-like FORCE_COLOR unset', async () => {
    const dir = await makeProject('cli-basic');
    await runCli(['contracts', '--output-file', 'report.txt'], { cwd: dir });
    const report = await readFile(path.join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('✖ 4 problems');
    expect(report).not.toMatch(ANSI);
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet shows errors only', async () => {
    const run = await runCli(['contracts', '--quiet'], { cwd: project });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('house/perpetual-term');
    expect(run.stdout).not.toContain('house/best-efforts');
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('--quiet on warnings only: exit 0 and nothing to show', async () => {
    const run = await runCli(['contracts/warnings.md', '--quiet'], { cwd: project });
    expect(run).toMatchObject({ code: 0, stdout: '✔ No problems found in 1 file.\n' });
  });

  it('--max-warnings: exit 1 with ESLint\'s message when warnings exceed it', async () => {
    const over = await runCli(['contracts/warnings.md', '--max-warnings', '1'], { cwd: project });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('clauselint found too many warnings (maximum: 1).\n');
    const within = await runCli(['contracts/warnings.md', '--max-warnings', '2'], { cwd: project });
    expect(within).toMatchObject({ code: 0, stderr: '' });
  });

  it('--max-warnings counts warnings that --quiet hides', async () => {
    const run = await runCli(['contracts/warnings.md', '--quiet', '--max-warnings', '0'], { cwd: project });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('too many warnings (maximum: 0)');
  });

  it('--max-warnings rejects a non-number', async () => {
    const run = await runCli(['contracts', '--max-warnings', 'lots'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-warnings expects a whole number');
  });
});

describe('colour', () => {
  it('none when stdout is not a TTY (these tests pipe it)', async () => {
    const run = await runCli(['contracts'], { cwd: project });
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('--color forces it; --no-color and NO_COLOR win over FORCE_COLOR only as documented', async () => {
    expect((await runCli(['contracts', '--color'], { cwd: project })).stdout).toMatch(ANSI);
    expect((await runCli(['contracts'], { cwd: project, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['contracts', '--no-color'], { cwd: project, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['contracts', '--color', '--no-color'], { cwd: project })).stdout).not.toMatch(ANSI);
    expect((await runCli(['contracts'], { cwd: project, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});

describe('--rule', () => {
  it('turns a rule off', async () => {
    const run = await runCli(['contracts/errors.md', '--rule', 'house/perpetual-term:off'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('perpetual-term');
    // With the rule off, the suppression comment for it is reported as unused.
    const suppressed = await runCli(['contracts/suppressed.md', '--rule', 'house/perpetual-term:off'], { cwd: project });
    expect(suppressed.stdout).toContain('unused-disable-directive');
  });

  it('changes severity and options with JSON after the colon', async () => {
    const run = await runCli(
      ['contracts/clean.md', '--rule', 'house/perpetual-term:["error", {"words": ["three years"]}]', '-f', 'json'],
      { cwd: project },
    );
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as any[];
    expect(result.messages.map((message: any) => [message.message, message.severity])).toEqual([
      ['The term "three years" has no end date.', 'error'],
    ]);
  });

  it('can turn a warning into an error', async () => {
    const run = await runCli(['contracts/warnings.md', '--rule', 'house/best-efforts:error'], { cwd: project });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ 2 problems (2 errors, 0 warnings, 0 infos)');
  });

  it('an unknown rule is a config error: exit 2, one line', async () => {
    const run = await runCli(['contracts', '--rule', 'house/perpetual-trem:error'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^clauselint: .*house\/perpetual-trem/);
  });

  it('a bad option is a config error: exit 2', async () => {
    const run = await runCli(['contracts', '--rule', 'house/perpetual-term:["error", {"words": 3}]'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clauselint: .*words/);
  });

  it('malformed JSON or a missing colon is a usage error', async () => {
    const badJson = await runCli(['contracts', '--rule', 'house/perpetual-term:[error]'], { cwd: project });
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('--rule house/perpetual-term: the setting is not valid JSON');
    const noColon = await runCli(['contracts', '--rule', 'house/perpetual-term'], { cwd: project });
    expect(noColon.code).toBe(2);
    expect(noColon.stderr).toContain('--rule expects "rule-id:severity"');
  });
});

describe('--stdin', () => {
  const text = '# Agreement\n\nThe Operator keeps the Data in perpetuity.\n';

  it('lints standard input as --stdin-filename, resolved against the working folder', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'contracts/piped.md', '-f', 'json'], { cwd: project, input: text });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as any[];
    expect(result).toMatchObject({ filePath: file('piped.md'), format: 'markdown', errorCount: 1 });
    expect(result.messages[0]).toMatchObject({ ruleId: 'house/perpetual-term', line: 3, column: 29 });
  });

  it('defaults the name to stdin.md', async () => {
    const run = await runCli(['--stdin'], { cwd: project, input: text });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(path.join(project, 'stdin.md'));
  });

  it('names a Word file or a PDF on standard input by its content when no name is given', async () => {
    for (const [fixture, name, format] of [
      ['fixtures/parsers/docx/numbered-clauses.docx', 'stdin.docx', 'docx'],
      ['fixtures/parsers/pdf/mobility-agreement.pdf', 'stdin.pdf', 'pdf'],
    ] as const) {
      const run = await runCli(['--stdin', '-f', 'json'], { cwd: project, input: readFileSync(path.join(REPO, fixture)) });
      const [result] = JSON.parse(run.stdout) as any[];
      // Read as what it is (was: "the file is named .md but contains a Word document").
      expect(result, run.stderr).toMatchObject({ filePath: path.join(project, name), format, fatalErrorCount: 0 });
    }
  });

  it('refuses file arguments alongside --stdin', async () => {
    const run = await runCli(['--stdin', 'contracts'], { cwd: project, input: text });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--stdin reads one document from standard input');
  });
});
