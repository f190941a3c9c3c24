import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertBuilt, makeProject, removeProjects, runCli } from './helpers.js';

const GOOD = '# Agreement\n\nThe Operator keeps the Data for three years.\n';
const BAD = '# Agreement\n\nThe Operator keeps the Data in perpetuity.\n';

// Each test spawns the binary, often several times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(assertBuilt);
afterAll(removeProjects);

/** A temp project whose config enables no rule, so only discovery and file errors show. */
const bareProject = (files: Record<string, string | Uint8Array>) =>
  makeProject(null, { 'clauselint.config.json': '{ "root": true }', ...files });

const json = (stdout: string) => JSON.parse(stdout) as any[];
const names = (results: any[], root: string) => results.map((result) => path.relative(root, result.filePath));

describe('unreadable files among good ones', () => {
  it('exit 2; the others are still linted and reported; one stderr line per bad file', async () => {
    const dir = await makeProject('cli-basic', {
      'contracts/empty.md': '',
      'contracts/latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x6f, 0x6e, 0x74, 0x72, 0x61, 0x74, 0x0a, 0x0a, 0x44, 0xe9, 0x6c, 0xe9, 0x67, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x0a]),
    });
    const run = await runCli(['contracts', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const results = json(run.stdout);
    expect(names(results, dir)).toEqual([
      'contracts/clean.md',
      'contracts/empty.md',
      'contracts/errors.md',
      'contracts/latin1.md',
      'contracts/suppressed.md',
      'contracts/warnings.md',
    ]);
    const byName = (name: string) => results.find((result) => result.filePath.endsWith(name));
    for (const name of ['empty.md', 'latin1.md']) {
      expect(byName(name)).toMatchObject({ fatalErrorCount: 1, errorCount: 1 });
      expect(byName(name).messages[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error', line: 1, column: 1, fatal: true });
    }
    expect(byName('errors.md').errorCount).toBe(1);

    const stderr = run.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(/^clauselint: contracts\/empty\.md: \S/);
    expect(stderr[1]).toMatch(/^clauselint: contracts\/latin1\.md: \S/);
  });

  it('stylish shows the fatal file as 1:1 error <cause> parse-error', async () => {
    const dir = await bareProject({ 'a.md': GOOD, 'empty.md': '' });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(path.join(dir, 'empty.md'));
    expect(lines[1]).toMatch(/^ {2}1:1 {2}error {2}\S.*\S {2}parse-error$/);
  });

  it('a file over --max-file-size is refused with a per-file error', async () => {
    const dir = await bareProject({ 'big.md': `# Big\n\n${'The Operator keeps the Data. '.repeat(100)}\n`, 'small.md': GOOD });
    const run = await runCli(['.', '--max-file-size', '1kb', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const [big, small] = json(run.stdout);
    expect(big.messages[0]).toMatchObject({ ruleId: 'parse-error', messageId: 'too-large', fatal: true });
    expect(small.fatalErrorCount).toBe(0);
    expect(run.stderr).toMatch(/^clauselint: big\.md: .*limit/);
  });

  it('--max-file-size applies to --stdin too', async () => {
    const dir = await bareProject({});
    const big = `# Big\n\n${'The Operator keeps the Data. '.repeat(100)}\n`;
    const run = await runCli(['--stdin', '--stdin-filename', 'big.md', '--max-file-size', '1kb', '-f', 'json'], { cwd: dir, input: big });
    expect(run.code).toBe(2);
    expect(json(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'parse-error', messageId: 'too-large', fatal: true });
    expect(run.stderr).toMatch(/^clauselint: big\.md: input is 3 KiB, over the 1 KiB limit/);
  });

  it('--max-file-size rejects a nonsense size', async () => {
    const run = await runCli(['.', '--max-file-size', 'huge'], { cwd: await bareProject({ 'a.md': GOOD }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-file-size expects a size such as 50mb');
  });
});

describe('folder walks', () => {
  it('collects contract formats, reports formats it cannot read, skips the rest', async () => {
    const dir = await bareProject({
      'contracts/a.md': GOOD,
      'contracts/b.MARKDOWN': GOOD,
      'contracts/c.txt': 'AGREEMENT\n\nThe Operator keeps the Data for three years.\n',
      'contracts/legacy.doc': 'not really a Word file',
      'contracts/draft.odt': 'not really an ODT',
      'contracts/photo.png': 'png',
      'contracts/notes.json': '{}',
      'contracts/node_modules/pkg/readme.md': GOOD,
      'contracts/.drafts/hidden.md': BAD,
    });
    const run = await runCli(['contracts', '-f', 'json'], { cwd: dir });
    const results = json(run.stdout);
    expect(names(results, dir)).toEqual([
      'contracts/a.md',
      'contracts/b.MARKDOWN',
      'contracts/c.txt',
      'contracts/draft.odt',
      'contracts/legacy.doc',
    ]);
    const legacy = results.find((result) => result.filePath.endsWith('legacy.doc'));
    expect(legacy.messages[0]).toMatchObject({ ruleId: 'parse-error', fatal: true });
    expect(legacy.messages[0].message).toMatch(/unsupported|not supported|cannot read/i);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/clauselint: contracts\/legacy\.doc: /);
  });

  it('an explicitly named file is linted whatever its extension', async () => {
    const dir = await bareProject({ 'contract.rtf': '{\\rtf1 not supported}' });
    const run = await runCli(['contract.rtf', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(json(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'parse-error', fatal: true });
  });

  it('globs are expanded (and deduplicated with other arguments)', async () => {
    const dir = await bareProject({ 'contracts/a.md': GOOD, 'contracts/sub/b.md': GOOD, 'contracts/c.txt': GOOD });
    const run = await runCli(['contracts/**/*.md', 'contracts/a.md', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(names(json(run.stdout), dir)).toEqual(['contracts/a.md', 'contracts/sub/b.md']);
  });

  it('no argument means the current folder', async () => {
    const dir = await bareProject({ 'a.md': GOOD });
    const run = await runCli(['-f', 'json'], { cwd: dir });
    expect(names(json(run.stdout), dir)).toEqual(['a.md']);
  });
});

describe('patterns that match nothing', () => {
  it('exit 2 with ESLint\'s message, for a missing file, an empty glob and a folder without contracts', async () => {
    const dir = await bareProject({ 'a.md': GOOD, 'empty/readme.json': '{}' });
    for (const pattern of ['missing.md', 'contracts/**/*.md', 'empty']) {
      const run = await runCli(['a.md', pattern], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`clauselint: No files matching the pattern "${pattern}" were found.\n`);
    }
  });
});

describe('.clauselintignore', () => {
  const files = {
    'contracts/a.md': GOOD,
    'contracts/drafts/wip.md': BAD,
    'contracts/old.md': BAD,
    '.clauselintignore': '# drafts are not ready\ncontracts/drafts/\nold.md\n',
  };

  it('skips what it lists in walks', async () => {
    const dir = await bareProject(files);
    const run = await runCli(['contracts', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(names(json(run.stdout), dir)).toEqual(['contracts/a.md']);
  });

  it('warns about an explicitly named ignored file instead of linting it', async () => {
    const dir = await bareProject(files);
    const run = await runCli(['contracts/old.md', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const [result] = json(run.stdout);
    expect(result.warningCount).toBe(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'ignored-file', severity: 'warning' });
    expect(result.messages[0].message).toBe('File ignored by .clauselintignore (use --no-ignore to lint it).');
  });

  it('--no-ignore lints everything; --ignore-path reads another file', async () => {
    const dir = await bareProject({ ...files, 'other-ignore': 'contracts/a.md\n' });
    const all = await runCli(['contracts', '--no-ignore', '-f', 'json'], { cwd: dir });
    expect(names(json(all.stdout), dir)).toEqual(['contracts/a.md', 'contracts/drafts/wip.md', 'contracts/old.md']);
    const other = await runCli(['contracts', '--ignore-path', 'other-ignore', '-f', 'json'], { cwd: dir });
    expect(names(json(other.stdout), dir)).toEqual(['contracts/drafts/wip.md', 'contracts/old.md']);
  });

  it('a missing --ignore-path file is an error; all files ignored is an error', async () => {
    const dir = await bareProject(files);
    const missing = await runCli(['contracts', '--ignore-path', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the ignore file "nope"');
    const allIgnored = await runCli(['contracts/drafts'], { cwd: dir });
    expect(allIgnored.code).toBe(2);
    expect(allIgnored.stderr).toBe('clauselint: All files matched by "contracts/drafts" are ignored.\n');
  });
});

describe('config ignores', () => {
  it('are applied per file; an explicit ignored file gets "File ignored by configuration"', async () => {
    const dir = await makeProject('cli-basic', {
      'clauselint.config.json': JSON.stringify({
        plugins: ['./house.mjs'],
        rules: { 'house/perpetual-term': 'error' },
        ignores: ['contracts/errors.md'],
      }),
    });
    const walk = await runCli(['contracts', '-f', 'json'], { cwd: dir });
    expect(walk.code).toBe(0);
    expect(names(json(walk.stdout), dir)).not.toContain('contracts/errors.md');

    const explicit = await runCli(['contracts/errors.md', '-f', 'json'], { cwd: dir });
    expect(explicit.code).toBe(0);
    expect(json(explicit.stdout)[0].messages[0].message).toBe('File ignored by configuration (use --no-ignore to lint it).');

    const forced = await runCli(['contracts/errors.md', '--no-ignore'], { cwd: dir });
    expect(forced.code).toBe(1);
  });
});
