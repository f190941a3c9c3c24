/**
 * Several reports from one run, on the BUILT binary (`npm run build` first): each --format
 * with the --output-file after it, the one without a file on stdout; one lint run for all;
 * exit codes as with a single format; every SARIF file valid.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';
import { parseXml } from '../reporters/formats-xml.js';
import { githubProblems, multitool, schemaErrors } from '../reporters/sarif-validate.js';
import { assertBuilt, makeProject, removeProjects, runCli } from './helpers.js';

// Each test spawns the binary, some several times; the multitool takes seconds to start.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(assertBuilt);
afterAll(removeProjects);

/** Every SARIF file the CLI wrote, validated together at the end. */
const sarifFiles: Record<string, unknown> = {};
const readSarif = async (name: string, file: string): Promise<any> => {
  const log = JSON.parse(await readFile(file, 'utf8'));
  sarifFiles[name] = log;
  return log;
};

const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

describe('pairing --format and --output-file', () => {
  const outputs = (...argv: string[]) => parseCliArgs(argv).outputs;

  it('one format: the output file applies wherever it stands (as ESLint)', () => {
    expect(outputs('-f', 'json', '-o', 'r.json')).toEqual([{ format: 'json', outputFile: 'r.json' }]);
    expect(outputs('-o', 'r.json', '-f', 'json')).toEqual([{ format: 'json', outputFile: 'r.json' }]);
    expect(outputs('-o', 'r.txt')).toEqual([{ format: 'stylish', outputFile: 'r.txt' }]);
    expect(outputs()).toEqual([{ format: 'stylish' }]);
    expect(parseCliArgs(['-o', 'r.json', '-f', 'json'])).toMatchObject({ format: 'json', outputFile: 'r.json' });
  });

  it('several formats: each -o belongs to the -f before it; the one without -o goes to stdout', () => {
    expect(outputs('-f', 'stylish', '-f', 'sarif', '-o', 'reports/clauselint.sarif')).toEqual([
      { format: 'stylish' },
      { format: 'sarif', outputFile: 'reports/clauselint.sarif' },
    ]);
    expect(outputs('--format=sarif', '--output-file=a.sarif', '-fjunit', '-oa.xml', '--format', 'compact')).toEqual([
      { format: 'sarif', outputFile: 'a.sarif' },
      { format: 'junit', outputFile: 'a.xml' },
      { format: 'compact' },
    ]);
    expect(outputs('-f', 'sarif', '-o', 'a.sarif', 'contracts', '-f', 'junit', '-o', 'a.xml')).toEqual([
      { format: 'sarif', outputFile: 'a.sarif' },
      { format: 'junit', outputFile: 'a.xml' },
    ]);
  });

  it.each([
    [['-f', 'stylish', '-f', 'json'], 'only one format can write to standard output, but stylish, json have no --output-file'],
    [['-o', 'a.sarif', '-f', 'sarif', '-f', 'stylish'], '--output-file a.sarif comes before any --format'],
    [['-f', 'sarif', '-o', 'a.sarif', '-o', 'b.sarif', '-f', 'stylish'], '--format sarif has two output files (a.sarif and b.sarif)'],
    [['-f', 'json', '-o', 'r.json', '-o', 's.json'], '--output-file is given 2 times for one format'],
    [['-f', 'sarif', '-o', 'out/r', '-f', 'json', '-o', './out/r'], '--format sarif and --format json both write to ./out/r'],
    [['-f', 'sarif', '-o', ''], '--output-file needs a value'],
    [['-f', '', '-f', 'json', '-o', 'x'], '--format needs a value'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('stylish to stdout and SARIF to a file, in one run', () => {
  it('prints exactly what -f stylish alone prints, writes a valid SARIF file, exit code unchanged (1)', async () => {
    const dir = await makeProject('cli-basic');
    const alone = await runCli(['contracts'], { cwd: dir });
    const both = await runCli(['contracts', '-f', 'stylish', '-f', 'sarif', '-o', 'reports/clauselint.sarif'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(both).toEqual(alone);

    const log = await readSarif('basic', path.join(dir, 'reports/clauselint.sarif'));
    const run = log.runs[0];
    expect(run.results.map((result: any) => [result.ruleId, result.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['house/perpetual-term', 'contracts/errors.md'],
      ['house/best-efforts', 'contracts/errors.md'],
      ['house/best-efforts', 'contracts/warnings.md'],
      ['house/best-efforts', 'contracts/warnings.md'],
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(schemaErrors(log)).toEqual([]);
    expect(githubProblems(log)).toEqual([]);
  });

  it('the SARIF file matches -f sarif -o alone (one lint, same report)', async () => {
    const dir = await makeProject('cli-basic');
    // Side by side, so a rebuild of the shared dist/ between them cannot make them differ.
    await Promise.all([
      runCli(['contracts', '-f', 'sarif', '-o', 'alone.sarif'], { cwd: dir }),
      runCli(['contracts', '-f', 'stylish', '-f', 'sarif', '-o', 'paired.sarif'], { cwd: dir }),
    ]);
    const [alone, paired] = await Promise.all(['alone.sarif', 'paired.sarif'].map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8'))));
    expect(paired.runs[0].results).toEqual(alone.runs[0].results);
    expect(paired.runs[0].invocations).toEqual(alone.runs[0].invocations);
  });

  it('SARIF to stdout and stylish to a file also works; the file has no colour even with FORCE_COLOR', async () => {
    const dir = await makeProject('cli-basic');
    const run = await runCli(['contracts', '-f', 'stylish', '-o', 'report.txt', '-f', 'sarif'], { cwd: dir, env: { FORCE_COLOR: '0' } });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    sarifFiles.stdout = log;
    expect(log.runs[0].results).toHaveLength(4);
    expect(await readFile(path.join(dir, 'report.txt'), 'utf8')).toContain('✖ 4 problems (1 error, 3 warnings, 0 infos)');
  });
});

describe('exit codes are those of a single format', () => {
  const formats = ['-f', 'stylish', '-f', 'sarif', '-o', 'out/r.sarif', '-f', 'junit', '-o', 'out/r.xml'];

  it('0 for a clean contract: the SARIF has an empty results array', async () => {
    const dir = await makeProject('cli-basic');
    const run = await runCli(['contracts/clean.md', ...formats], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '✔ No problems found in 1 file.\n', stderr: '' });
    const log = await readSarif('clean', path.join(dir, 'out/r.sarif'));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('0 with warnings only, 1 with --max-warnings 0', async () => {
    const dir = await makeProject('cli-basic');
    expect((await runCli(['contracts/warnings.md', ...formats], { cwd: dir })).code).toBe(0);
    const strict = await runCli(['contracts/warnings.md', '--max-warnings', '0', ...formats], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('clauselint found too many warnings (maximum: 0).\n');
    const log = await readSarif('warnings', path.join(dir, 'out/r.sarif'));
    expect(log.runs[0].results.map((result: any) => result.level)).toEqual(['warning', 'warning']);
  });

  it('2 with an unreadable file: the others are reported; SARIF has a notification, not a result', async () => {
    const dir = await makeProject('cli-basic', { 'contracts/broken.docx': 'PK\u0003\u0004 not a zip', 'contracts/empty.md': '' });
    const run = await runCli(['contracts', ...formats], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('✖ 6 problems (3 errors, 3 warnings, 0 infos)');
    expect(run.stderr).toContain('clauselint: contracts/broken.docx: ');
    expect(run.stderr).toContain('clauselint: contracts/empty.md: the file is empty');
    const log = await readSarif('broken', path.join(dir, 'out/r.sarif'));
    const run0 = log.runs[0];
    expect(run0.results.map((result: any) => result.ruleId)).not.toContain('parse-error');
    expect(run0.results).toHaveLength(4);
    expect(run0.invocations[0].executionSuccessful).toBe(false);
    expect(run0.invocations[0].toolExecutionNotifications.map((note: any) => note.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'contracts/broken.docx',
      'contracts/empty.md',
    ]);
    const junit = parseXml(await readFile(path.join(dir, 'out/r.xml'), 'utf8'));
    expect(junit.attributes).toMatchObject({ failures: '4', errors: '2' });
  });

  it('2 for a usage error in the pairing, before anything is linted or written', async () => {
    const dir = await makeProject('cli-basic');
    const run = await runCli(['contracts', '-f', 'stylish', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^clauselint: only one format can write to standard output/);
    const typo = await runCli(['contracts', '-f', 'stylish', '-f', 'sarif-ish', '-o', 'x.sarif'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(existsSync(path.join(dir, 'x.sarif'))).toBe(false);
  });
});

describe('every format from one run', () => {
  it('writes each file; lints each contract once', async () => {
    // A plugin rule that counts how often each file is linted.
    const dir = await makeProject('cli-basic', {
      'counter.mjs': [
        "import { appendFileSync } from 'node:fs';",
        'export default { name: "counter", rules: { count: {',
        '  meta: { id: "count", type: "drafting", description: "Count runs.", rationale: "", sources: [], recommended: false,',
        '    defaultSeverity: "info", messages: {}, docs: "", examples: { valid: [], invalid: [] } },',
        '  create(context) { appendFileSync(new URL("./lint-count.txt", import.meta.url), context.filePath + "\\n"); return {}; },',
        '} } };',
      ].join('\n'),
      'clauselint.config.json': JSON.stringify({
        plugins: ['./house.mjs', './counter.mjs'],
        rules: { 'house/perpetual-term': 'error', 'house/best-efforts': 'warn', 'counter/count': 'info' },
      }),
    });
    const args = ['contracts', '-f', 'sarif', '-o', 'r/a.sarif', '-f', 'json', '-o', 'r/a.json', '-f', 'junit', '-o', 'r/a.xml'];
    args.push('-f', 'checkstyle', '-o', 'r/c.xml', '-f', 'unix', '-o', 'r/u.txt', '-f', 'compact', '-o', 'r/c.txt', '-f', 'stylish', '-o', 'r/s.txt');
    const run = await runCli(args, { cwd: dir });
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });

    const counted = (await readFile(path.join(dir, 'lint-count.txt'), 'utf8')).trim().split('\n');
    expect(counted).toHaveLength(4);
    expect(new Set(counted).size).toBe(4);

    const read = (name: string) => readFile(path.join(dir, 'r', name), 'utf8');
    expect((await readSarif('all', path.join(dir, 'r/a.sarif'))).runs[0].results).toHaveLength(4);
    expect(JSON.parse(await read('a.json'))).toHaveLength(4);
    expect(parseXml(await read('a.xml')).attributes).toMatchObject({ tests: '6', failures: '4', errors: '0' });
    expect(parseXml(await read('c.xml')).children).toHaveLength(4);
    const compactLines = (await read('c.txt')).split('\n').filter((line) => ESLINT_COMPACT.test(line));
    expect(compactLines).toHaveLength(4);
    expect(compactLines[0]).toBe(`${path.join(dir, 'contracts/errors.md')}: line 5, col 39, Error - The term "in perpetuity" has no end date. (house/perpetual-term)`);
    expect((await read('u.txt')).split('\n')[0]).toBe(
      `${path.join(dir, 'contracts/errors.md')}:5:39: The term "in perpetuity" has no end date. [Error/house/perpetual-term]`,
    );
    expect(await read('s.txt')).toContain('✖ 4 problems');
  });

  it('--help explains the pairing', async () => {
    const dir = await makeProject(null);
    const run = await runCli(['--help'], { cwd: dir });
    expect(run.stdout).toContain('stylish (default), json, sarif, compact, unix, junit,');
    expect(run.stdout).toContain('the one -f without -o writes to standard output');
    expect(run.stdout).toContain('-f stylish -f sarif -o reports/clauselint.sarif');
  });
});

describe('every SARIF file the CLI wrote', () => {
  it('passes the schema, GitHub\'s limits and the multitool with GitHub\'s rules', async () => {
    expect(Object.keys(sarifFiles).length).toBeGreaterThanOrEqual(6);
    for (const [name, log] of Object.entries(sarifFiles)) {
      expect(schemaErrors(log), name).toEqual([]);
      expect(githubProblems(log), name).toEqual([]);
    }
    const findings = await multitool(sarifFiles);
    expect(findings.filter((finding) => finding.level === 'error')).toEqual([]);
  });
});
