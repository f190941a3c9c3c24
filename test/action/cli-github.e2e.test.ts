/** `clauselint --format github` in a workflow step: annotations on stdout, job summary appended. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, makeProject, removeProjects, REPO, runCli } from '../cli/helpers.js';

beforeAll(assertBuilt);
afterAll(removeProjects);

describe('clauselint --format github', () => {
  it('prints annotations relative to GITHUB_WORKSPACE and appends the job summary to GITHUB_STEP_SUMMARY', async () => {
    const dir = await makeProject(null, {
      'clauselint.config.json': JSON.stringify({ extends: ['clauselint:recommended'] }),
      'contracts/draft.md': await readFile(path.join(REPO, 'fixtures/examples/city-mobility-data-partnership.md')),
    });
    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, '# Earlier step output\n');
    const run = await runCli(['-f', 'github', '-f', 'sarif', '-o', 'out.sarif', '.'], {
      cwd: path.join(dir, 'contracts'),
      env: { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=contracts\/draft\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=clauselint [a-z-]+ \(S\d+\)::/m);
    expect(run.stdout).toMatch(/^clauselint: \d+ problems \(/m);
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('# Earlier step output\n## clauselint\n')).toBe(true);
    expect(text).toContain('### `contracts/draft.md`');
    expect(text).toMatch(/^\| S1 \| `data-access-list` \| (⚠️ weak|❌ missing) \|$/m);
  });

  it('writes no summary without GITHUB_STEP_SUMMARY', async () => {
    const dir = await makeProject(null, { 'a.md': '# Agreement\n\nThe parties agree.\n' });
    const run = await runCli(['-f', 'github', 'a.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: '' } });
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^clauselint: /);
  });
});
