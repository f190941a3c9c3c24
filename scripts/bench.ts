/**
 * `npm run bench [corpusDir] [--json]`: generate 10- and 100-page Markdown contracts, time each
 * pipeline stage warm in-process, the cold CLI as a whole process, peak RSS, check which heavy
 * modules a Markdown lint loads, and time the real documents of the corpus. A report, never a
 * timed test: exit 0 unless the benchmark itself cannot run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from '../src/index.js';
import { nodeStartup, runCli } from './bench/cold-cli.js';
import { timeCorpus } from './bench/corpus-timing.js';
import { formatBench, type BenchResult, type SizeResult } from './bench/format.js';
import { checkImports, countPackageModules, expandBundledModules, packagesByModules, type BundleMeta } from './bench/import-check.js';
import { compareFormat, type FormatResult } from './bench/formats.js';
import { measureStages } from './bench/stages.js';
import { finish } from './finish.js';
import { describeRevision } from './revision.js';
import { countWords, generateContract } from './generate-contract.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const WORK_DIR = path.join(REPO_ROOT, '.bench-tmp');
const PROBE_SCRIPT = fileURLToPath(new URL('./bench/probe.js', import.meta.url));
const DEFAULT_PAGES = [10, 100];
const DEFAULT_FORMAT_PAGES = 100;
const USAGE = 'usage: npm run bench -- [corpusDir] [--json] [--pages=10,100] [--format-pages=100] [--no-formats]';

/** `--pages=10,100,1000`: the sizes to generate, smallest first. */
function parsePages(argv: readonly string[]): number[] | undefined {
  const option = argv.find((arg) => arg.startsWith('--pages='));
  if (!option) return DEFAULT_PAGES;
  const pages = option.slice('--pages='.length).split(',').map(Number);
  return pages.length >= 2 && pages.every((count) => Number.isInteger(count) && count > 0)
    ? [...pages].sort((a, b) => a - b)
    : undefined;
}

async function main(argv: readonly string[]): Promise<{ output: string; exitCode: number }> {
  const json = argv.includes('--json');
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const pageCounts = parsePages(argv);
  const known = (arg: string): boolean =>
    arg === '--json' || arg === '--no-formats' || arg.startsWith('--pages=') || arg.startsWith('--format-pages=');
  const formatPages = Number(argv.find((arg) => arg.startsWith('--format-pages='))?.split('=')[1] ?? DEFAULT_FORMAT_PAGES);
  if (!Number.isInteger(formatPages) || formatPages < 1) {
    process.stderr.write(`${USAGE}\n`);
    return { output: '', exitCode: 2 };
  }
  if (!pageCounts || argv.some((arg) => arg.startsWith('--') && !known(arg)) || positional.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return { output: '', exitCode: 2 };
  }
  const loadAtStart = os.loadavg()[0] ?? 0;
  const corpusDir = positional[0] ? path.resolve(positional[0]) : DEFAULT_CORPUS;
  const progress = (message: string): void => {
    process.stderr.write(`bench: ${message}\n`);
  };

  await mkdir(WORK_DIR, { recursive: true });
  const linter = createLinter({ cwd: REPO_ROOT });
  const sizes: SizeResult[] = [];
  let modules: string[] | undefined;

  for (const pages of pageCounts) {
    const text = generateContract({ pages });
    const file = path.join(WORK_DIR, `contract-${pages}p.md`);
    await writeFile(file, text);
    progress(`${pages} pages: in-process stages`);
    const rules = (await linter.configFor(file)).rules;
    const stages = await measureStages(file, linter, rules).catch((error: unknown) => ({ problem: describe(error) }));
    progress(`${pages} pages: cold CLI`);
    const cli = runCli(file, { repoRoot: REPO_ROOT, probeScript: PROBE_SCRIPT });
    if ('wall' in cli && cli.probe && !modules) modules = await unbundled(cli.probe.modules);
    sizes.push({ pages, words: countWords(text), bytes: Buffer.byteLength(text), stages, cli });
  }

  progress('node startup and the cold CLI floor');
  const startup = nodeStartup(REPO_ROOT, PROBE_SCRIPT);
  const oneLiner = path.join(WORK_DIR, 'one-line.md');
  await writeFile(oneLiner, '# Agreement\n\nThe Parties agree as follows.\n');
  const cliFloor = runCli(oneLiner, { repoRoot: REPO_ROOT, probeScript: PROBE_SCRIPT });
  let formats: FormatResult[] | undefined;
  if (!argv.includes('--no-formats')) {
    formats = [];
    const rules = (await linter.configFor(path.join(WORK_DIR, 'contract.docx'))).rules;
    for (const format of ['docx', 'pdf'] as const) {
      const options = { repoRoot: REPO_ROOT, workDir: WORK_DIR, probeScript: PROBE_SCRIPT, rules, pages: formatPages, progress };
      formats.push(await compareFormat(format, options).catch((error: unknown) => ({ format, pages: formatPages, problem: describe(error) })));
    }
  }
  progress('corpus');
  const keptWorkerLinter = createLinter({ cwd: REPO_ROOT, keepPdfWorker: true });
  const corpus = await timeCorpus(corpusDir, linter, keptWorkerLinter).catch((error: unknown) => ({
    problem: `cannot read the corpus at ${corpusDir}: ${describe(error)}`,
  }));

  const cpus = os.cpus();
  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    revision: describeRevision(REPO_ROOT),
    machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    load: [loadAtStart, os.loadavg()[0] ?? 0],
    cliFloor,
    sizes,
    nodeStartup: startup,
    importChecks: modules ? checkImports(modules) : { problem: 'no probe run of the CLI succeeded' },
    naturalModules: modules ? countPackageModules(modules, 'natural') : 0,
    packages: modules ? packagesByModules(modules) : [],
    corpus,
    ...(formats ? { formats } : {}),
  };
  return { output: json ? `${JSON.stringify(result, withoutModuleLists, 2)}\n` : formatBench(result), exitCode: 0 };
}

/** JSON replacer: the probe's module list is long; keep its length. */
/** The probe's module list with each chunk of the bundled CLI replaced by the modules inside it. */
async function unbundled(modules: string[]): Promise<string[]> {
  const bundleDir = path.join(REPO_ROOT, 'dist', 'cli');
  const meta = JSON.parse(await readFile(path.join(bundleDir, 'meta.json'), 'utf8')) as BundleMeta;
  return expandBundledModules(modules, meta, bundleDir, REPO_ROOT);
}

function withoutModuleLists(key: string, value: unknown): unknown {
  return key === 'modules' && Array.isArray(value) ? value.length : value;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

try {
  const { output, exitCode } = await main(process.argv.slice(2));
  await finish(output, exitCode);
} catch (error) {
  process.stderr.write(`clauselint bench: ${describe(error)}\n`);
  await finish('', 2);
}
