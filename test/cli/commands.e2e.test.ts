import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertBuilt, makeProject, removeProjects, REPO, runCli } from './helpers.js';

// Each test spawns the binary, often several times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

let project: string;
beforeAll(async () => {
  assertBuilt();
  project = await makeProject('cli-basic');
});
afterAll(removeProjects);

describe('--help and --version', () => {
  it('--version prints package.json\'s version', async () => {
    const { version } = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag], { cwd: project })).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('--help lists the groups, the --rule syntax, exit codes and examples', async () => {
    const run = await runCli(['--help'], { cwd: project });
    expect(run.code).toBe(0);
    for (const text of ['Usage:', 'Output:', 'Configuration:', 'Files:', 'Exit codes:', 'Examples:', `'data-access-list:["error", {"option": 1}]'`, '--no-hints']) {
      expect(run.stdout).toContain(text);
    }
  });

  it('an unknown flag is a usage error with a suggestion', async () => {
    const run = await runCli(['--formt', 'json'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('clauselint: unknown option --formt; did you mean --format?\nRun `clauselint --help` for the options.\n');
  });
});

describe('--init', () => {
  it('writes a comment-free JSON config extending recommended, prints it, and refuses to overwrite', async () => {
    const dir = await makeProject(null, {});
    const first = await runCli(['--init'], { cwd: dir });
    expect(first.code).toBe(0);
    const written = await readFile(path.join(dir, 'clauselint.config.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({ extends: ['clauselint:recommended'], rules: {}, ignores: [] });
    expect(first.stdout).toContain('Wrote clauselint.config.json:');
    expect(first.stdout).toContain(written.trim());

    const second = await runCli(['--init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe('clauselint: clauselint.config.json already exists here; --init does not overwrite a config\n');
    expect(await readFile(path.join(dir, 'clauselint.config.json'), 'utf8')).toBe(written);
  });

  it('refuses when another config file is there', async () => {
    const dir = await makeProject(null, { '.clauselintrc.yaml': 'rules: {}\n' });
    const run = await runCli(['--init'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.clauselintrc.yaml already exists');
  });
});

describe('--print-config', () => {
  it('prints the resolved config for a file as JSON', async () => {
    const run = await runCli(['--print-config', 'contracts/errors.md'], { cwd: project });
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config.filePath).toBe(path.join(project, 'contracts/errors.md'));
    expect(config.configFiles).toEqual([path.join(project, 'clauselint.config.json')]);
    expect(config.ignored).toBe(false);
    expect(config.rules['house/perpetual-term']).toEqual(['error', { words: ['in perpetuity'] }]);
    expect(config.rules['house/best-efforts']).toEqual(['warning', {}]);
  });

  it('includes --rule overrides', async () => {
    const run = await runCli(['--print-config', 'x.md', '--rule', 'house/best-efforts:off'], { cwd: project });
    expect(JSON.parse(run.stdout).rules['house/best-efforts']).toBe('off');
  });
});

describe('--explain', () => {
  it('prints a plugin rule\'s description, rationale, sources, docs and examples', async () => {
    const run = await runCli(['--explain', 'house/perpetual-term'], { cwd: project });
    expect(run.code).toBe(0);
    for (const text of [
      'house/perpetual-term',
      'Disallow data-sharing terms without an end.',
      'Why it matters',
      'Open-ended data access outlives the oversight that approved it.',
      'Sources\n  - House policy 2.1',
      '## What it checks',
      'Valid: A fixed term',
      'Invalid: No end (reports: perpetual)',
      '    The Operator keeps the Data in perpetuity.',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  it('an unknown rule: exit 2 with a suggestion', async () => {
    const run = await runCli(['--explain', 'house/perpetual-trem'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('clauselint: unknown rule "house/perpetual-trem". Did you mean "house/perpetual-term"?\n');
  });
});

describe('config errors', () => {
  it('an unknown rule in the config file: exit 2, one line on stderr, no report', async () => {
    const dir = await makeProject('cli-basic', {
      'clauselint.config.json': JSON.stringify({ plugins: ['./house.mjs'], rules: { 'house/no-such-rule': 'error' } }),
    });
    const run = await runCli(['contracts'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^clauselint: .*house\/no-such-rule/);
  });

  it('a bad rule option in the config file: exit 2', async () => {
    const dir = await makeProject('cli-basic', {
      'clauselint.config.json': JSON.stringify({ plugins: ['./house.mjs'], rules: { 'house/perpetual-term': ['error', { wordz: [] }] } }),
    });
    const run = await runCli(['contracts'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clauselint: .*wordz/);
  });

  it('a config file that is not valid JSON: exit 2', async () => {
    const dir = await makeProject('cli-basic', { 'clauselint.config.json': '{ "rules": ' });
    const run = await runCli(['contracts'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clauselint: /);
  });

  it('--config names the file to use', async () => {
    const dir = await makeProject('cli-basic', {
      'strict.json': JSON.stringify({ root: true, plugins: ['./house.mjs'], rules: { 'house/best-efforts': 'error' } }),
    });
    const run = await runCli(['contracts/warnings.md', '-c', 'strict.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(2 errors, 0 warnings, 0 infos)');
    const missing = await runCli(['contracts', '-c', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^clauselint: .*nope\.json/);
  });
});
