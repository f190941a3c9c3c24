/** The benchmark report: Markdown tables, with linearity flags. Pure. */
import { libraryName, MEMORY_BUDGET, TIME_BUDGET, WARM_PAIRS, type FormatResult } from './formats.js';
import type { CliRuns } from './cold-cli.js';
import type { CorpusTiming } from './corpus-timing.js';
import type { ImportCheck } from './import-check.js';
import { ANALYSES } from './analysis-order.js';
import type { StageTimings } from './stages.js';
import type { Timing } from './timing.js';

export interface SizeResult {
  pages: number;
  words: number;
  bytes: number;
  stages: StageTimings | { problem: string };
  cli: CliRuns | { problem: string };
}

export interface BenchResult {
  date: string;
  node: string;
  /** The linter's commit. */
  revision: string;
  machine: string;
  /** 1-minute load average when the run started and ended (other work on the machine skews wall times). */
  load: [number, number];
  /** Cold CLI on a one-line file: node startup plus imports, the floor of every run. */
  cliFloor: CliRuns | { problem: string };
  sizes: SizeResult[];
  nodeStartup: Timing;
  importChecks: ImportCheck[] | { problem: string };
  naturalModules: number;
  /** Packages the cold CLI loaded for a Markdown file, by module count. */
  packages: Array<[string, number]>;
  corpus: CorpusTiming[] | { problem: string };
  /** DOCX and PDF against the raw libraries (absent with --no-formats). */
  formats?: FormatResult[];
}

/** A stage grows too fast when its time grows this much faster than the page count. */
export const LINEARITY_TOLERANCE = 1.5;
/**
 * Below these a stage is too small for its ratio to mean anything: fixed costs, JIT state and
 * cache effects dominate (at the larger size, and at the smaller size).
 */
export const NOISE_FLOOR_MS = 5;
export const SMALL_SIZE_FLOOR_MS = 1;

export interface Growth {
  ratio: number;
  /** True when the ratio exceeds LINEARITY_TOLERANCE × the page ratio (≈ 15 for 10 → 100 pages). */
  superlinear: boolean;
  /** True when the larger time is under NOISE_FLOOR_MS or the smaller under SMALL_SIZE_FLOOR_MS: shown, not flagged. */
  tiny: boolean;
}

export function growth(small: number | undefined, large: number | undefined, pageRatio: number): Growth | undefined {
  if (small === undefined || large === undefined || small <= 0) return undefined;
  const ratio = large / small;
  const tiny = large < NOISE_FLOOR_MS || small < SMALL_SIZE_FLOOR_MS;
  return { ratio, superlinear: !tiny && ratio > LINEARITY_TOLERANCE * pageRatio, tiny };
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** "123 ms (94.1 ms–209 ms), CPU 110 ms"; an estimate (runs 0) as "≈ 123 ms, CPU ≈ 110 ms". */
export function formatTiming({ median, min, max, runs, cpu }: Timing): string {
  if (runs === 0) return `≈ ${formatMs(median)}${cpu === undefined ? '' : `, CPU ≈ ${formatMs(cpu)}`}`;
  return `${formatMs(median)} (${formatMs(min)}–${formatMs(max)})${cpu === undefined ? '' : `, CPU ${formatMs(cpu)}`}`;
}

interface Row {
  stage: string;
  timings: Array<Timing | undefined>;
}

const ANALYSIS_NAMES: Record<string, string> = {
  blocks: 'analysis: text blocks',
  outline: 'analysis: outline (sections)',
  sentences: 'analysis: sentences',
  definitions: 'analysis: definitions',
  crossReferences: 'analysis: cross-references',
  parties: 'analysis: parties',
};

function stageRows(sizes: readonly SizeResult[]): Row[] {
  const stages = sizes.map((size) => ('problem' in size.stages ? undefined : size.stages));
  const stageRow = (stage: string, pick: (timings: StageTimings) => Timing | undefined): Row => ({
    stage,
    timings: stages.map((timings) => (timings ? pick(timings) : undefined)),
  });
  const ruleIds = [...new Set(stages.flatMap((timings) => Object.keys(timings?.perRule ?? {})))];
  return [
    stageRow('read (fs.readFile)', (t) => t.read),
    stageRow('parse (detect + parse to ContractTree)', (t) => t.parse),
    ...ANALYSES.map((name) => stageRow(ANALYSIS_NAMES[name] ?? name, (t) => t.analyses[name])),
    ...ruleIds.map((id) => stageRow(`rule \`${id}\` alone, with the analyses it builds`, (t) => t.perRule[id])),
    stageRow('all rules, with the analyses they use (lintTree)', (t) => t.kernel),
    stageRow('all rules minus those analyses (estimate)', (t) => t.rulesAlone),
    stageRow('whole lint, warm (linter.lintFile)', (t) => t.lintFile),
    {
      stage: 'cold CLI, whole process (`bin.js file --format json`)',
      timings: sizes.map((size) => ('wall' in size.cli ? size.cli.wall : undefined)),
    },
  ];
}

/**
 * Growth of wall and CPU medians. Each can mislead alone: on a busy machine wall time includes
 * waiting for a core; CPU time includes V8's helper threads (GC sweeping after the forced GC),
 * which grow with the heap. A stage is flagged only when both grow too fast.
 */
export function stageGrowth(
  timings: ReadonlyArray<Timing | undefined>,
  pageRatio: number,
): { wall?: Growth; cpu?: Growth; superlinear: boolean } {
  const small = timings[0];
  const large = timings[timings.length - 1];
  const wall = growth(small?.median, large?.median, pageRatio);
  const cpu = growth(small?.cpu, large?.cpu, pageRatio);
  const superlinear = (wall?.superlinear ?? false) && (cpu?.superlinear ?? true);
  return { ...(wall ? { wall } : {}), ...(cpu ? { cpu } : {}), superlinear };
}

function growthCell(timings: ReadonlyArray<Timing | undefined>, pageRatio: number): string {
  const { wall, cpu, superlinear } = stageGrowth(timings, pageRatio);
  if (!wall) return '–';
  const numbers = cpu ? `${wall.ratio.toFixed(1)} / ${cpu.ratio.toFixed(1)}` : wall.ratio.toFixed(1);
  const note = superlinear ? ' ⚠ superlinear' : wall.tiny ? ' (too small to judge)' : '';
  return `${numbers}${note}`;
}

export function formatBench(result: BenchResult): string {
  const { sizes } = result;
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const pageRatio = first && last ? last.pages / first.pages : 1;
  const lines: string[] = [
    `# clauselint benchmark (${result.date})`,
    '',
    `Linter: commit ${result.revision}. ${result.machine}; Node ${result.node}; load average ${result.load[0].toFixed(1)} at the start, ${result.load[1].toFixed(1)} at the end.`,
    '',
  ];

  lines.push(
    `Generated Markdown contracts: ${sizes.map((size) => `${size.pages} pages = ${size.words.toLocaleString('en')} words, ${Math.round(size.bytes / 1024)} KB`).join('; ')}.`,
    '',
  );
  lines.push(
    'Each cell: wall-time median (min–max) over the timed runs, then the CPU-time median (user + system, all threads).',
    `Growth divides the ${last?.pages ?? ''}-page medians by the ${first?.pages ?? ''}-page ones (wall / CPU); ≈ ${pageRatio} is linear; a stage is flagged when both exceed ${LINEARITY_TOLERANCE * pageRatio} and it takes at least ${SMALL_SIZE_FLOOR_MS} ms and ${NOISE_FLOOR_MS} ms at the two sizes. Confirm a flag with \`--pages=100,1000\`.`,
    '',
  );
  const sizeLabel = `${last?.pages ?? ''}/${first?.pages ?? ''} p`;
  const header = ['stage', ...sizes.map((size) => `${size.pages} p`), `growth ${sizeLabel} (wall / CPU)`];
  lines.push(row(header), row(header.map(() => '---')));
  for (const stage of stageRows(sizes)) {
    lines.push(row([stage.stage, ...stage.timings.map((timing) => (timing ? formatTiming(timing) : '–')), growthCell(stage.timings, pageRatio)]));
  }
  lines.push('');

  for (const size of sizes) {
    const parts: string[] = [];
    if (!('problem' in size.stages)) {
      const { paired, diagnostics, analysesUsedByRules } = size.stages;
      parts.push(
        `lint/parse ratio (paired, parse + rules ÷ parse) ${paired.ratio.toFixed(2)} wall, ${paired.cpuRatio.toFixed(2)} CPU (${formatMs(paired.parseAndRules.median)} ÷ ${formatMs(paired.parse.median)})`,
        `${diagnostics} findings`,
        `rules use: ${analysesUsedByRules.join(', ') || 'no analyses'}`,
      );
    } else parts.push(`stages not measured: ${size.stages.problem}`);
    if ('wall' in size.cli) {
      const cli = size.cli;
      parts.push(`cold CLI peak RSS ${cli.peakRssMiB.toFixed(0)} MiB`);
      parts.push(`CLI exit codes ${[...new Set(cli.exitCodes)].join('/')}`, `stdout is valid JSON: ${cli.stdoutIsJson ? 'yes' : 'NO'}`);
    }
    if (size.cli.problem) parts.push(`CLI: ${size.cli.problem}`);
    lines.push(`- ${size.pages} pages: ${parts.join('; ')}.`);
  }
  lines.push(`- node startup (\`node -e ''\`): ${formatTiming(result.nodeStartup)}.`);
  if ('wall' in result.cliFloor) {
    const { wall, peakRssMiB } = result.cliFloor;
    lines.push(`- cold CLI on a one-line file (startup + imports): ${formatTiming(wall)}, peak RSS ${peakRssMiB.toFixed(0)} MiB.`);
  } else lines.push(`- cold CLI on a one-line file: ${result.cliFloor.problem}`);
  lines.push('');

  lines.push('## Imports when linting Markdown (cold CLI)', '');
  if ('problem' in result.importChecks) lines.push(`Not checked: ${result.importChecks.problem}`);
  else {
    for (const check of result.importChecks) {
      lines.push(`- ${check.ok ? 'ok' : 'FAIL'}: ${check.check}${check.ok ? '' : ` (loaded: ${check.offenders.join(', ')})`}`);
    }
    lines.push(`- natural modules loaded by deep import: ${result.naturalModules}`);
    lines.push(`- packages loaded, by module count: ${result.packages.map(([name, count]) => `${name} ${count}`).join(', ')}`);
  }
  lines.push('');

  if (result.formats) lines.push(...formatFormats(result.formats));

  lines.push('## Real documents (labelled corpus, warm lintFile)', '');
  if ('problem' in result.corpus) lines.push(`Not measured: ${result.corpus.problem}`);
  else {
    lines.push(
      `Word and PDF files also against the library alone on the same file (mammoth \`extractRawText\`, pdf-parse \`getText\`), warm, paired (7 pairs for Word, 3 for PDF). A Word file's ratio is set against the ${TIME_BUDGET} × budget. A PDF is linted twice: with a new pdf.js worker per lint, the one-shot setting (pdf.js loads and runs cold each time, which \`getText\` in its warm process does not pay: shown, not judged), and with the worker kept warm between lints, as a long-lived process runs it (set against the budget).`,
      '',
      row(['file', 'KB', 'lint', 'findings', 'whole lint ÷ library (wall, CPU)']),
      row(['---', '---:', '---', '---:', '---']),
    );
    for (const timing of result.corpus) {
      if (timing.lint) {
        lines.push(row([timing.file, String(Math.round(timing.bytes / 1024)), formatTiming(timing.lint), String(timing.findings ?? ''), libraryCell(timing)]));
      }
    }
    const skipped = result.corpus.filter((timing) => !timing.lint);
    if (skipped.length > 0) {
      lines.push('', `Not timed (${skipped.length}): ${skipped.map((timing) => `${timing.file} (${timing.skipped})`).join('; ')}.`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

const row = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;

const ratioCell = (ratio: number, budget: number): string => `${ratio.toFixed(2)} × ${ratio <= budget ? '(within' : '(OVER'} ${budget} ×)`;
const plainRatio = (ratio: number): string => `${ratio.toFixed(2)} ×`;

/** A real file against the library: a Word file's ratio judged; a PDF's with a new worker per lint shown, with the worker kept judged. */
function libraryCell({ library, keptWorker }: CorpusTiming): string {
  if (!library) return '';
  const cpu = `CPU ${library.cpuRatio.toFixed(2)} ×`;
  if (!keptWorker) return `${ratioCell(library.ratio, TIME_BUDGET)}, ${cpu} (${library.name})`;
  return `${plainRatio(library.ratio)}, ${cpu} (${library.name}, new worker per lint); worker kept: ${ratioCell(keptWorker.ratio, TIME_BUDGET)}, CPU ${keptWorker.cpuRatio.toFixed(2)} ×`;
}

/** The DOCX/PDF section: the library alone, our parse, the whole lint, and the ratios to the budget. */
export function formatFormats(results: readonly FormatResult[]): string[] {
  const lines = [
    `## DOCX and PDF against the raw libraries (budget: warm, in one process, paired, the whole lint ≤ ${TIME_BUDGET} × the library's time; peak memory of the whole process ≤ ${MEMORY_BUDGET} ×)`,
    '',
    `Warm: one process, library call and our run alternated (${WARM_PAIRS} pairs after warm-up), wall-time median (min–max) and CPU median. Cold: whole processes alternated, a script that imports the library and extracts the text against the CLI (\`-f json\`, configured rules), medians of wall time, CPU time and peak RSS.`,
    '',
    "The time budget is the performance baseline's first target (lint cost against the raw parse, warm, same process, paired), which is where the parser issue's figures for scale come from (mammoth about 0.25 s and pdf-parse about 0.85 s on 100 pages: warm calls). A warm PDF lint keeps its pdf.js worker, as a long-lived process does; the one-shot setting (a new worker per lint) and the cold processes are shown for what a one-shot run costs, not judged: a cold lint runs the rules' code for the first time, and the library alone lints nothing. Peak memory is judged on the whole cold process.",
    '',
  ];
  lines.push(row(['file', 'measure', 'library alone', 'our parse', 'whole lint', 'whole lint ÷ library']), row(['---', '---', '---', '---', '---', '---']));
  for (const result of results) {
    const file = `${result.format.toUpperCase()}, ${result.pages} p`;
    if ('problem' in result) {
      lines.push(row([file, 'not measured', result.problem, '', '', '']));
      continue;
    }
    const { warm, cold } = result;
    lines.push(
      row([`${file} (${Math.round(result.bytes / 1024)} KB)`, result.warmKeptWorker ? `warm, new pdf.js worker per lint (one-shot setting; ${libraryName(result.format)})` : `warm (${libraryName(result.format)})`, formatTiming(warm.library), `${formatTiming(warm.parse)} (${warm.parseRatio.toFixed(2)} ×)`, formatTiming(warm.lint), `${result.warmKeptWorker ? plainRatio(warm.lintRatio) : ratioCell(warm.lintRatio, TIME_BUDGET)} wall, ${warm.lintCpuRatio.toFixed(2)} × CPU`]),
      ...(result.warmKeptWorker
        ? [row([file, 'warm, pdf.js worker kept (a long-lived process)', formatTiming(result.warmKeptWorker.library), '', formatTiming(result.warmKeptWorker.lint), `${ratioCell(result.warmKeptWorker.lintRatio, TIME_BUDGET)} wall, ${result.warmKeptWorker.lintCpuRatio.toFixed(2)} × CPU`])]
        : []),
      row([file, 'cold process, wall', formatMs(cold.library.wall), '', formatMs(cold.cli.wall), plainRatio(cold.wallRatio)]),
      row([file, 'cold process, CPU', formatMs(cold.library.cpu), '', formatMs(cold.cli.cpu), plainRatio(cold.cpuRatio)]),
      row([file, 'cold process, peak RSS', `${cold.library.peakRssMiB.toFixed(0)} MiB`, '', `${cold.cli.peakRssMiB.toFixed(0)} MiB`, ratioCell(cold.memoryRatio, MEMORY_BUDGET)]),
    );
  }
  lines.push('');
  return lines;
}
