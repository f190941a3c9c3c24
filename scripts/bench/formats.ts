/**
 * DOCX and PDF against the raw libraries (the parser issue's budget): on a generated contract of
 * `pages` pages in each format, the whole lint may cost at most 1.3 × what the library alone
 * takes on the same file (mammoth `extractRawText`, pdf-parse `getText`), and its peak memory at
 * most 1.5 ×.
 *
 * The time budget is read as the performance baseline's first target (lint against the raw parse,
 * warm, same process, paired), where the figures for scale come from: warm calls. So the
 * judged rows are warm: DOCX in one process, PDF with the pdf.js worker kept between files (a
 * long-lived process; a new worker per lint loads and runs pdf.js cold, which `getText` in its
 * warm process does not pay). Peak memory is judged on whole processes.
 *
 * Measured two ways, both paired (A and B alternated, so drift on this shared machine hits both):
 * - warm, in one process: the library call; our parse alone; parse + all configured rules
 *   (`lintTree`), each timed after warm-up runs; for PDF with a new worker per lint (the one-shot
 *   setting) and with the worker kept warm between files;
 * - cold, whole processes: a script that imports the library and extracts the text, against the
 *   CLI (`dist/cli/bin.js FILE -f json`), with CPU time and peak RSS from the usage probe: what a
 *   one-shot run costs, shown beside the budget.
 *
 * The DOCX comes from scripts/make-docx-fixtures.ts (`--pages`), the PDF from
 * scripts/make-pdf-fixtures.ts (`contract`), which needs LibreOffice; without it the PDF rows
 * say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintTree, type ConfiguredRule } from '../../src/engine/linter.js';
import { loadParser } from '../../src/parsers/index.js';
import { cliPath, spawnNode, type Spawned } from './cold-cli.js';
import { parseFile } from './stages.js';
import { median, pairedRatio, type Timing } from './timing.js';

export type BinaryFormat = 'docx' | 'pdf';

export interface ColdRuns {
  wall: number;
  cpu: number;
  peakRssMiB: number;
}

export interface FormatComparison {
  format: BinaryFormat;
  pages: number;
  bytes: number;
  warm: { library: Timing; parse: Timing; lint: Timing; parseRatio: number; lintRatio: number; lintCpuRatio: number };
  /** PDF only: the whole lint with the pdf.js worker kept warm between files (a long-lived process: the budget row). */
  warmKeptWorker?: { library: Timing; lint: Timing; lintRatio: number; lintCpuRatio: number };
  cold: { library: ColdRuns; cli: ColdRuns; wallRatio: number; cpuRatio: number; memoryRatio: number; cliExitCodes: number[] };
}

export type FormatResult = FormatComparison | { format: BinaryFormat; pages: number; problem: string };

export const TIME_BUDGET = 1.3;
/** Pairs per warm ratio, after warm-up: the ratio of medians moves by ±10 % between runs of 7. */
export const WARM_PAIRS = 11;
export const MEMORY_BUDGET = 1.5;

const LIBRARY_NAME: Record<BinaryFormat, string> = { docx: 'mammoth extractRawText', pdf: 'pdf-parse getText' };
export const libraryName = (format: BinaryFormat): string => LIBRARY_NAME[format];

/** Writes the generated contract as `format`; undefined with a reason when it cannot. */
function generate(format: BinaryFormat, pages: number, out: string, repoRoot: string): string | undefined {
  const script = path.join(repoRoot, 'dist/scripts', format === 'docx' ? 'make-docx-fixtures.js' : 'make-pdf-fixtures.js');
  const args = format === 'docx' ? [script, '--pages', String(pages), '--out', out] : [script, 'contract', String(pages), out];
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  if (run.status === 0 && existsSync(out)) return undefined;
  const reason = (run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n').pop()!;
  return format === 'pdf' && /soffice|ENOENT/.test(reason) ? 'LibreOffice (soffice) is not installed, so no PDF was generated' : reason;
}

/** The library alone, as a script: import it, extract the text of argv[2], print its length. */
function libraryScript(format: BinaryFormat, repoRoot: string): string {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  if (format === 'docx') {
    const mammoth = pathToFileURL(require.resolve('mammoth')).href;
    return `import mammoth from '${mammoth}';\nconst result = await mammoth.extractRawText({ path: process.argv[2] });\nprocess.stdout.write(String(result.value.length));\n`;
  }
  const pdfParse = pathToFileURL(require.resolve('pdf-parse').replace(/cjs[\\/]index\.cjs$/, 'esm/index.js')).href;
  return [
    `import { PDFParse } from '${pdfParse}';`,
    `import { readFileSync } from 'node:fs';`,
    `const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });`,
    `const result = await parser.getText();`,
    `await parser.destroy();`,
    `process.stdout.write(String(result.text.length));`,
    '',
  ].join('\n');
}

/** The library call in this process. */
/** The library alone on `bytes`, ready to call: mammoth `extractRawText` or pdf-parse `getText`. */
export async function libraryCall(format: BinaryFormat, bytes: Uint8Array): Promise<() => Promise<unknown>> {
  if (format === 'docx') {
    const mammoth = (await import('mammoth')).default;
    const buffer = Buffer.from(bytes);
    return () => mammoth.extractRawText({ buffer });
  }
  const { PDFParse } = await import('pdf-parse');
  return async () => {
    const parser = new PDFParse({ data: bytes.slice() });
    const result = await parser.getText();
    await parser.destroy();
    return result;
  };
}

function coldSummary(runs: Spawned[]): ColdRuns {
  return {
    wall: median(runs.map((run) => run.wallMs)),
    cpu: median(runs.map((run) => run.usage?.cpuMs ?? Number.NaN)),
    peakRssMiB: median(runs.map((run) => (run.usage?.maxRssKiB ?? Number.NaN) / 1024)),
  };
}

export interface FormatOptions {
  repoRoot: string;
  workDir: string;
  probeScript: string;
  rules: readonly ConfiguredRule[];
  pages: number;
  /** Cold runs of each command (after one untimed run of each). */
  coldRuns?: number;
  progress?: (message: string) => void;
}

export async function compareFormat(format: BinaryFormat, options: FormatOptions): Promise<FormatResult> {
  const { repoRoot, workDir, probeScript, rules, pages, coldRuns = 5 } = options;
  const file = path.join(workDir, `contract-${pages}p.${format}`);
  options.progress?.(`${format}, ${pages} pages: generating`);
  const problem = generate(format, pages, file, repoRoot);
  if (problem) return { format, pages, problem };
  const bytes = new Uint8Array(await readFile(file));

  options.progress?.(`${format}, ${pages} pages: warm, in-process`);
  const library = await libraryCall(format, bytes);
  const parse = () => parseFile(file, bytes);
  const lint = async () => lintTree(await parseFile(file, bytes), { filePath: file, rules });
  const parsed = await pairedRatio(library, parse, WARM_PAIRS);
  const linted = await pairedRatio(library, lint, WARM_PAIRS);
  let keptWorker: Awaited<ReturnType<typeof pairedRatio>> | undefined;
  if (format === 'pdf') {
    const warmParser = await loadParser('pdf', { keepPdfWorker: true });
    const lintWarmWorker = async () => {
      const result = await warmParser.parse(bytes, file);
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      return lintTree(result.tree, { filePath: file, rules });
    };
    keptWorker = await pairedRatio(library, lintWarmWorker, WARM_PAIRS);
  }

  options.progress?.(`${format}, ${pages} pages: cold processes`);
  const script = path.join(workDir, `library-${format}.mjs`);
  await writeFile(script, libraryScript(format, repoRoot));
  const libraryArgs = [script, file];
  const cliArgs = [cliPath(repoRoot), file, '-f', 'json'];
  spawnNode(libraryArgs, probeScript, repoRoot);
  spawnNode(cliArgs, probeScript, repoRoot);
  const libraryRuns: Spawned[] = [];
  const cliRuns: Spawned[] = [];
  for (let run = 0; run < coldRuns; run++) {
    libraryRuns.push(spawnNode(libraryArgs, probeScript, repoRoot));
    cliRuns.push(spawnNode(cliArgs, probeScript, repoRoot));
  }
  const failed = [...libraryRuns, ...cliRuns].find((run) => run.status !== 0 && run.status !== 1);
  if (failed) return { format, pages, problem: `a cold run exited with ${failed.status}: ${failed.stderr.trim().slice(0, 300)}` };
  const coldLibrary = coldSummary(libraryRuns);
  const coldCli = coldSummary(cliRuns);

  return {
    format,
    pages,
    bytes: bytes.length,
    warm: {
      library: linted.a,
      parse: parsed.b,
      lint: linted.b,
      parseRatio: parsed.ratio,
      lintRatio: linted.ratio,
      lintCpuRatio: linted.cpuRatio,
    },
    ...(keptWorker
      ? { warmKeptWorker: { library: keptWorker.a, lint: keptWorker.b, lintRatio: keptWorker.ratio, lintCpuRatio: keptWorker.cpuRatio } }
      : {}),
    cold: {
      library: coldLibrary,
      cli: coldCli,
      wallRatio: coldCli.wall / coldLibrary.wall,
      cpuRatio: coldCli.cpu / coldLibrary.cpu,
      memoryRatio: coldCli.peakRssMiB / coldLibrary.peakRssMiB,
      cliExitCodes: cliRuns.map((run) => run.status),
    },
  };
}
