/**
 * The GitHub Action (action.yml → dist-action/index.js, bundled by scripts/build-action.ts).
 *
 * Reads its inputs from INPUT_* variables (as @actions/core getInput: `INPUT_` + the name
 * upper-cased with spaces turned into `_`; dashes stay, so `fail-on` is `INPUT_FAIL-ON`), lints,
 * prints the github reporter's annotations, appends the job summary to $GITHUB_STEP_SUMMARY,
 * writes the SARIF file, sets the outputs in $GITHUB_OUTPUT (the heredoc format @actions/core
 * uses) and exits per `fail-on`. No @actions/core dependency: the few commands are written here.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import { ConfigError, createLinter, type LintResult } from '../index.js';
import { lintFiles } from '../cli/lint-run.js';
import { DiscoveryError } from '../io/discover.js';
import { SUPPORTED_EXTENSIONS } from '../io/extensions.js';
import { createGithubReporter, escapeData } from '../reporters/github.js';
import { sarif } from '../reporters/sarif.js';
import { appendStepSummary } from './step-summary.js';

/** Every input the code reads (test/action checks each is declared in action.yml). */
export const INPUT_NAMES = ['paths', 'config', 'fail-on', 'sarif-file', 'only-changed'] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export type Env = Record<string, string | undefined>;

export interface ActionIo {
  env: Env;
  cwd: string;
  stdout: { write(text: string): unknown };
}

export const getInput = (env: Env, name: InputName): string =>
  (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/** @actions/core setOutput: `name<<ghadelimiter_UUID` heredoc appended to $GITHUB_OUTPUT. */
export async function setOutput(env: Env, name: string, value: string, stdout: ActionIo['stdout']): Promise<void> {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    // Old runners: the deprecated command, as @actions/core falls back to.
    stdout.write(`::set-output name=${name}::${escapeData(value)}${EOL}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  await appendFile(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

const FAIL_ON = ['error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

class InputError extends Error {}

function parseBoolean(name: InputName, value: string): boolean {
  if (value === '') return false;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}

/** Files changed in the pull request (repo-relative), or a reason why they cannot be known. */
export async function changedFiles(env: Env, workspace: string): Promise<string[] | { reason: string }> {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return { reason: 'GITHUB_EVENT_PATH is not set' };
  let event: { pull_request?: { base?: { sha?: string }; head?: { sha?: string } } };
  try {
    event = JSON.parse(await readFile(eventPath, 'utf8')) as typeof event;
  } catch (error) {
    return { reason: `cannot read the event payload: ${(error as Error).message}` };
  }
  const base = event.pull_request?.base?.sha;
  const head = event.pull_request?.head?.sha;
  if (!base || !head) return { reason: 'the event is not a pull request' };
  if (!/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head)) return { reason: 'the pull request SHAs are malformed' };
  try {
    const { stdout } = await promisify(execFile)(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '--name-only', '--diff-filter=ACMRT', '-z', `${base}...${head}`, '--'],
      { cwd: workspace, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout.split('\0').filter(Boolean);
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0];
    return { reason: `git history is not available (${detail}); check out with fetch-depth: 0` };
  }
}

/** The changed files that `paths` covers (a folder, a file or a glob) and clauselint reads. */
function selectChanged(changed: string[], patterns: string[], workspace: string, cwd: string): string[] {
  const covers = patterns.map((pattern) => {
    if (/[*?{[]/.test(pattern)) {
      const matches = picomatch(pattern.replace(/^\.\//, ''));
      return (file: string) => matches(path.relative(cwd, file).split(path.sep).join('/'));
    }
    const root = path.resolve(cwd, pattern);
    return (file: string) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  });
  return changed
    .map((file) => path.resolve(workspace, file))
    .filter((file) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase()))
    .filter((file) => covers.some((cover) => cover(file)))
    .map((file) => path.relative(cwd, file));
}

export async function runAction(io: ActionIo): Promise<number> {
  const { env, stdout } = io;
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE ?? io.cwd);
  const cwd = io.cwd;
  const fail = (message: string): number => {
    stdout.write(`::error::${escapeData(message)}${EOL}`);
    return 1;
  };

  try {
    const patterns = getInput(env, 'paths').split(/\r?\n|\s+/).filter(Boolean);
    if (patterns.length === 0) patterns.push('.');
    const failOnInput = getInput(env, 'fail-on') || 'error';
    if (!FAIL_ON.includes(failOnInput as FailOn)) throw new InputError(`input "fail-on" must be error, warning or never, not "${failOnInput}"`);
    const failOn = failOnInput as FailOn;
    const sarifFile = getInput(env, 'sarif-file') || 'clauselint.sarif';
    const config = getInput(env, 'config');
    const onlyChanged = parseBoolean('only-changed', getInput(env, 'only-changed'));

    let targets = patterns;
    if (onlyChanged) {
      const changed = await changedFiles(env, workspace);
      if (Array.isArray(changed)) {
        targets = selectChanged(changed, patterns, workspace, cwd);
        stdout.write(`clauselint: ${targets.length} changed contract file(s) in the pull request to lint.${EOL}`);
      } else {
        stdout.write(`::notice title=clauselint::${escapeData(`only-changed: ${changed.reason}; linting all files instead.`)}${EOL}`);
      }
    }

    const linter = createLinter({ cwd, ...(config ? { configFile: config } : {}) });
    const results: LintResult[] = targets.length > 0 ? await lintFiles(linter, { cwd, patterns: targets, ignore: true }) : [];
    const context = { cwd, rulesMeta: linter.rulesMeta(), color: false };

    stdout.write(createGithubReporter({ workspace })(results, context));
    await appendStepSummary(results, linter, { cwd, env });

    const sarifPath = path.resolve(workspace, sarifFile);
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, sarif(results, { ...context, cwd: workspace }));

    const total = (pick: (result: LintResult) => number): number => results.reduce((sum, result) => sum + pick(result), 0);
    const errors = total((result) => result.errorCount);
    const warnings = total((result) => result.warningCount);
    await setOutput(env, 'errors', String(errors), stdout);
    await setOutput(env, 'warnings', String(warnings), stdout);
    await setOutput(env, 'sarif-file', path.relative(workspace, sarifPath).split(path.sep).join('/') || sarifPath, stdout);

    if (failOn === 'never') return 0;
    if (errors > 0) return fail(`clauselint found ${errors} error(s)${failOn === 'warning' && warnings > 0 ? ` and ${warnings} warning(s)` : ''} (fail-on: ${failOn}).`);
    if (failOn === 'warning' && warnings > 0) return fail(`clauselint found ${warnings} warning(s) (fail-on: warning).`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof DiscoveryError) return fail(`clauselint: ${error.message}`);
    return fail(`clauselint: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
