/**
 * The package's `bin` is an esbuild bundle (scripts/build-cli.ts). It must report exactly what
 * the unbundled CLI reports, and a cold start must load only what a Markdown lint needs: the
 * parsers, `yaml` and `ajv` sit behind dynamic imports, so they are chunks of their own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, makeProject, removeProjects, REPO } from './helpers.js';

const UNBUNDLED = path.join(REPO, 'dist/src/cli/bin.js');
const SAMPLES = [
  'fixtures/examples/city-mobility-data-partnership.md',
  'fixtures/parsers/docx/numbered-clauses.docx',
  'fixtures/parsers/pdf/mobility-agreement.pdf',
];

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string; external?: boolean }> }>;
}

/** Inputs of every chunk that loads with the entry: its static imports, transitively. */
function staticallyLoadedInputs(meta: Metafile): string[] {
  const entry = Object.keys(meta.outputs).find((output) => output.endsWith('/bin.js'))!;
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const output = queue.pop()!;
    if (seen.has(output)) continue;
    seen.add(output);
    for (const imported of meta.outputs[output]!.imports) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
}

function lint(bin: string, args: string[], cwd: string): { code: number | null; report: unknown; stderr: string } {
  const run = spawnSync(process.execPath, [bin, '-f', 'json', ...args], { cwd, encoding: 'utf8' });
  const report = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => ({
    ...result,
    filePath: path.relative(cwd, result.filePath),
  }));
  return { code: run.status, report, stderr: run.stderr };
}

describe('the bundled CLI (dist/cli/bin.js)', () => {
  beforeAll(() => assertBuilt());
  afterAll(removeProjects);

  it('loads neither a parser, yaml, ajv, nor natural’s index when it starts', () => {
    const meta = JSON.parse(readFileSync(path.join(REPO, 'dist/cli/meta.json'), 'utf8')) as Metafile;
    const loaded = staticallyLoadedInputs(meta);
    expect(loaded.some((input) => input.startsWith('src/engine/'))).toBe(true);
    const heavy = loaded.filter((input) =>
      /node_modules\/(?:yaml|ajv|micromark[^/]*|mammoth|pdf-parse)\/|node_modules\/natural\/(?:lib\/natural\/)?index\.js$|src\/parsers\/(?:docx|pdf|markdown)\.ts$/.test(input),
    );
    expect(heavy).toEqual([]);
    // They are still in the bundle, each in a chunk loaded on demand.
    const all = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    for (const lazy of ['node_modules/yaml/', 'node_modules/ajv/', 'src/parsers/markdown.ts', 'src/parsers/docx.ts', 'src/parsers/pdf.ts']) {
      expect(all.some((input) => input.includes(lazy)), lazy).toBe(true);
    }
  });

  it('reports exactly what the unbundled CLI reports, for Markdown, DOCX and PDF, with a YAML config setting rule options', async () => {
    const dir = await makeProject(null);
    // A YAML config with rule options makes the bundle load both lazy chunks (yaml and ajv).
    await writeFile(
      path.join(dir, '.clauselintrc.yaml'),
      'extends: clauselint:strict\nrules:\n  vague-language: [warn, {}]\n',
    );
    // Configs are found from each file's folder, so the contracts are copied into the project.
    const files = SAMPLES.map((file) => path.join(dir, path.basename(file)));
    await Promise.all(files.map((file, i) => copyFile(path.join(REPO, SAMPLES[i]!), file)));
    const bundled = lint(BIN, files, dir);
    const unbundled = lint(UNBUNDLED, files, dir);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(1);
    expect((bundled.report as unknown[]).length).toBe(3);
    expect(bundled).toEqual(unbundled);
    // The strict preset from the YAML config applied: a strict-only rule reported.
    expect(JSON.stringify(bundled.report)).toContain('"ruleId":"security-measures"');
  }, 60_000);

  it('refuses invalid rule options in a YAML config with the same one-line error as the unbundled CLI', async () => {
    const dir = await makeProject(null);
    await writeFile(path.join(dir, '.clauselintrc.yaml'), 'rules:\n  vague-language: [warn, {nonsense: 1}]\n');
    const file = path.join(dir, 'contract.md');
    await copyFile(path.join(REPO, SAMPLES[0]!), file);
    const bundled = spawnSync(process.execPath, [BIN, file], { cwd: dir, encoding: 'utf8' });
    const unbundled = spawnSync(process.execPath, [UNBUNDLED, file], { cwd: dir, encoding: 'utf8' });
    expect(bundled.status).toBe(2);
    expect(bundled.stderr).toMatch(/vague-language/);
    expect(bundled.stderr).toBe(unbundled.stderr);
  }, 30_000);

  // src/cli/v8-flags.ts turns V8's regexp tier-up off before any rule's pattern runs. V8 traces
  // every regex it compiles to interpreter bytecode: with the flag set, only the few that run
  // before it (Node's own) are; without it, every pattern of every rule (about 380) would be.
  it('compiles the rules\' regular expressions straight to machine code (no regexp bytecode tier)', () => {
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', BIN, '-f', 'json', SAMPLES[0]!], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const compiledToBytecode = run.stdout.split('\n').filter((line) => /bytecode size: \d+/.test(line)).length;
    const compiledToMachineCode = run.stdout.split('\n').filter((line) => /native code size: \d+/.test(line)).length;
    expect(compiledToMachineCode).toBeGreaterThan(100);
    expect(compiledToBytecode).toBeLessThan(10);
  }, 30_000);
});
