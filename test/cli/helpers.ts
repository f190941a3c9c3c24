/**
 * End-to-end helpers: run the BUILT binary (`npm run build` first; `npm test` does it in
 * pretest) in a temp copy of a fixture project.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The package's `bin`: the bundled CLI (scripts/build-cli.ts), as users run it. */
export const BIN = path.join(REPO, 'dist/cli/bin.js');

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before these tests.`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  input?: string | Uint8Array;
}

/** The environment without the variables that change colour, so each test sets its own. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'NODE_OPTIONS']) delete env[name];
  return env;
}

export function runCli(args: string[], { cwd, env = {}, input }: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...baseEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const created: string[] = [];

/** Removes every folder makeProject created (call from afterAll). */
export async function removeProjects(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A temp folder holding a copy of fixtures/projects/<name> (or an empty one), plus `files`. */
export async function makeProject(
  fixture: string | null,
  files: Record<string, string | Uint8Array> = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clauselint-cli-'));
  created.push(dir);
  if (fixture) await cp(path.join(REPO, 'fixtures/projects', fixture), dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return dir;
}

export const ANSI = /\u001b\[\d+m/;
