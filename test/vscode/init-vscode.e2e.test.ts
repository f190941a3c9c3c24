import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VSCODE_TASKS } from '../../src/cli/vscode.js';
import { assertBuilt, makeProject, removeProjects, runCli } from '../cli/helpers.js';
import { parseMatcher } from './vscode-matcher.js';

beforeAll(assertBuilt);
afterAll(removeProjects);

describe('clauselint --init --vscode', () => {
  it('writes .vscode/tasks.json, prints it, and writes no config', async () => {
    const dir = await makeProject(null);
    const run = await runCli(['--init', '--vscode'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = await readFile(path.join(dir, '.vscode/tasks.json'), 'utf8');
    const tasks = JSON.parse(text) as typeof VSCODE_TASKS;
    expect(tasks).toEqual(VSCODE_TASKS);
    expect(run.stdout).toContain(`Wrote ${path.join('.vscode', 'tasks.json')}:`);
    expect(run.stdout).toContain(text.trimEnd());
    expect(existsSync(path.join(dir, 'clauselint.config.json'))).toBe(false);
    // What was written is what VS Code parses without complaint.
    for (const task of tasks.tasks) expect(parseMatcher(task.problemMatcher).problems).toEqual([]);
  });

  it('refuses to overwrite an existing tasks.json (exit 2, file unchanged)', async () => {
    const dir = await makeProject(null);
    await mkdir(path.join(dir, '.vscode'));
    await writeFile(path.join(dir, '.vscode/tasks.json'), '{"version":"2.0.0","tasks":[]}\n');
    const run = await runCli(['--init', '--vscode'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clauselint: \.vscode\/tasks\.json already exists; --init --vscode does not overwrite it/);
    expect(await readFile(path.join(dir, '.vscode/tasks.json'), 'utf8')).toBe('{"version":"2.0.0","tasks":[]}\n');
  });

  it('--vscode without --init is a usage error', async () => {
    const run = await runCli(['--vscode'], { cwd: await makeProject(null) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--vscode only applies with --init');
  });
});
