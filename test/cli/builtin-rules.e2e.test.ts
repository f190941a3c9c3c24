/**
 * The CLI with the built-in rules and no config file at all (the recommended preset applies).
 * Assertions stay on what the safeguard rules promise (a `missing` finding per absent
 * safeguard), not on their exact wording, which the rules own.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectMarkers } from '../reporters/vscode-stylish-matcher.js';
import { assertBuilt, makeProject, removeProjects, runCli } from './helpers.js';

// Each test spawns the binary, often several times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

let project: string;
beforeAll(async () => {
  assertBuilt();
  project = await makeProject('cli-builtin');
});
afterAll(removeProjects);

const lint = async (args: string[]) => {
  const run = await runCli([...args, '-f', 'json'], { cwd: project });
  return { ...run, results: run.stdout ? (JSON.parse(run.stdout) as any[]) : [] };
};

describe('built-in safeguard rules, zero config', () => {
  it('a contract with no data list gets data-access-list/missing, with sources and a model clause', async () => {
    const { code, results } = await lint(['contracts/parking.md']);
    expect(code).toBe(1);
    const finding = results[0].messages.find((message: any) => message.ruleId === 'data-access-list');
    expect(finding).toMatchObject({ messageId: 'missing', severity: 'error' });
    expect(finding).not.toHaveProperty('fatal');
    expect(finding.sources.length).toBeGreaterThan(0);
    expect(finding.suggestion).toMatch(/\S/);
    // The model clause speaks of this contract's parties.
    expect(finding.suggestion).toContain('Council');
  });

  it('the stylish report feeds the VS Code matcher and explains the fix after the summary', async () => {
    const run = await runCli(['contracts/parking.md'], { cwd: project });
    const markers = collectMarkers(run.stdout);
    expect(markers.length).toBeGreaterThan(0);
    expect(markers).toContainEqual(
      expect.objectContaining({ file: path.join(project, 'contracts/parking.md'), severity: 'error', code: 'data-access-list' }),
    );
    const section = run.stdout.slice(run.stdout.indexOf('How to fix'));
    expect(section).toContain('  • data-access-list (missing): 1 finding in 1 file');
    expect(section).toContain('Run `clauselint --explain data-access-list` for details.');
  });

  it('a disable comment with a reason accepts the risk: the finding moves to suppressedMessages', async () => {
    const { results } = await lint(['contracts/parking-accepted.md']);
    const [result] = results;
    expect(result.messages.map((message: any) => message.ruleId)).not.toContain('data-access-list');
    expect(result.suppressedMessages).toContainEqual(
      expect.objectContaining({
        ruleId: 'data-access-list',
        messageId: 'missing',
        suppressions: [{ kind: 'directive', justification: 'the data list is in the separate data processing agreement' }],
      }),
    );
  });

  it('--rule turns a built-in rule off', async () => {
    const { results } = await lint(['contracts/parking.md', '--rule', 'data-access-list:off']);
    expect(results[0].messages.map((message: any) => message.ruleId)).not.toContain('data-access-list');
  });

  it('--explain prints a built-in rule\'s documentation', async () => {
    const run = await runCli(['--explain', 'data-access-list'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('data-access-list');
    for (const heading of ['Why it matters', 'Sources', 'Examples']) expect(run.stdout).toContain(heading);
    const typo = await runCli(['--explain', 'data-acess-list'], { cwd: project });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('clauselint: unknown rule "data-acess-list". Did you mean "data-access-list"?\n');
  });

  it('--print-config shows the recommended preset when there is no config file', async () => {
    const run = await runCli(['--print-config', 'contracts/parking.md'], { cwd: project });
    const config = JSON.parse(run.stdout);
    expect(config.configFiles).toEqual([]);
    expect(config.rules['data-access-list']).toEqual(['error', expect.any(Object)]);
  });
});
