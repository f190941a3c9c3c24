/** The benchmark report: Markdown tables, with linearity flags. Pure. */
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
}

/** A stage grows too fast when its time grows this much faster than the page count. */
export const LINEARITY_TOLERANCE = 1.5;
/** Below this (at the largest size) a stage is too small for its ratio to mean anything. */
export const NOISE_FLOOR_MS = 5;

export interface Growth {
  ratio: number;
  /** True when the ratio exceeds LINEARITY_TOLERANCE × the page ratio (≈ 15 for 10 → 100 pages). */
  superlinear: boolean;
  /** True when the larger time is under NOISE_FLOOR_MS: the ratio is shown but not flagged. */
  tiny: boolean;
}

export function growth(small: number | undefined, large: number | undefined, pageRatio: number): Growth | undefined {
  if (small === undefined || large === undefined || small <= 0) return undefined;
  const ratio = large / small;
  const tiny = large < NOISE_FLOOR_MS;
  return { ratio, superlinear: !tiny && ratio > LINEARITY_TOLERANCE * pageRatio, tiny };
}

function growthCell(change: Growth | undefined): string {
  if (!change) return '–';
  const flag = change.superlinear ? ' ⚠ superlinear' : change.tiny && change.ratio > 1 ? ' (under 5 ms: noise)' : '';
  return `${change.ratio.toFixed(1)}${flag}`;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatTiming({ median, min, max }: Timing): string {
  return `${formatMs(median)} (${formatMs(min)}–${formatMs(max)})`;
}

interface Row {
  stage: string;
  /** The median per size, for the growth column. */
  medians: Array<number | undefined>;
  cells: string[];
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
  const timingRow = (stage: string, pick: (timings: StageTimings) => Timing | undefined): Row => {
    const timings = stages.map((timings) => (timings ? pick(timings) : undefined));
    return {
      stage,
      medians: timings.map((timing) => timing?.median),
      cells: timings.map((timing) => (timing ? formatTiming(timing) : '–')),
    };
  };
  const rows: Row[] = [
    timingRow('read (fs.readFile)', (t) => t.read),
    timingRow('parse (detect + parse to ContractTree)', (t) => t.parse),
    ...ANALYSES.map((name) => timingRow(ANALYSIS_NAMES[name] ?? name, (t) => t.analyses[name])),
    timingRow('rules, with the analyses they use (lintTree)', (t) => t.kernel),
  ];
  const alone = stages.map((timings) => timings?.rulesAlone);
  rows.push({ stage: 'rules alone (≈ lintTree − those analyses)', medians: alone, cells: alone.map((ms) => (ms === undefined ? '–' : `≈ ${formatMs(ms)}`)) });
  rows.push(timingRow('whole lint, warm (linter.lintFile)', (t) => t.lintFile));
  const cli = sizes.map((size) => ('wall' in size.cli ? size.cli : undefined));
  rows.push({
    stage: 'cold CLI, whole process (`bin.js file --format json`)',
    medians: cli.map((runs) => runs?.wall.median),
    cells: cli.map((runs) => (runs ? formatTiming(runs.wall) : '–')),
  });
  return rows;
}

export function formatBench(result: BenchResult): string {
  const { sizes } = result;
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const pageRatio = first && last ? last.pages / first.pages : 1;
  const lines: string[] = [
    `# clauselint benchmark (${result.date})`,
    '',
    `${result.machine}; Node ${result.node}; load average ${result.load[0].toFixed(1)} at the start, ${result.load[1].toFixed(1)} at the end.`,
    '',
  ];

  lines.push(
    `Generated Markdown contracts: ${sizes.map((size) => `${size.pages} pages = ${size.words.toLocaleString('en')} words, ${Math.round(size.bytes / 1024)} KB`).join('; ')}.`,
    '',
  );
  const header = ['stage', ...sizes.map((size) => `${size.pages} p`), `ratio ${last?.pages ?? ''}/${first?.pages ?? ''} p`];
  lines.push(row(header), row(header.map(() => '---')));
  for (const stage of stageRows(sizes)) {
    const change = growth(stage.medians[0], stage.medians[stage.medians.length - 1], pageRatio);
    lines.push(row([stage.stage, ...stage.cells, growthCell(change)]));
  }
  lines.push('');

  for (const size of sizes) {
    const parts: string[] = [];
    if (!('problem' in size.stages)) {
      const { paired, diagnostics, analysesUsedByRules } = size.stages;
      parts.push(
        `lint/parse ratio (paired, parse + rules ÷ parse) ${paired.ratio.toFixed(2)} (${formatMs(paired.parseAndRules.median)} ÷ ${formatMs(paired.parse.median)})`,
        `${diagnostics} findings`,
        `rules use: ${analysesUsedByRules.join(', ') || 'no analyses'}`,
      );
    } else parts.push(`stages not measured: ${size.stages.problem}`);
    if ('wall' in size.cli) {
      const cli = size.cli;
      if (cli.probe) parts.push(`cold CLI peak RSS ${(cli.probe.maxRssKiB / 1024).toFixed(0)} MiB`);
      parts.push(`CLI exit codes ${[...new Set(cli.exitCodes)].join('/')}`, `stdout is valid JSON: ${cli.stdoutIsJson ? 'yes' : 'NO'}`);
    }
    if (size.cli.problem) parts.push(`CLI: ${size.cli.problem}`);
    lines.push(`- ${size.pages} pages: ${parts.join('; ')}.`);
  }
  lines.push(`- node startup (\`node -e ''\`): ${formatTiming(result.nodeStartup)}.`);
  if ('wall' in result.cliFloor) {
    const rss = result.cliFloor.probe ? `, peak RSS ${(result.cliFloor.probe.maxRssKiB / 1024).toFixed(0)} MiB` : '';
    lines.push(`- cold CLI on a one-line file (startup + imports): ${formatTiming(result.cliFloor.wall)}${rss}.`);
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

  lines.push('## Real documents (labelled corpus, warm lintFile)', '');
  if ('problem' in result.corpus) lines.push(`Not measured: ${result.corpus.problem}`);
  else {
    lines.push(row(['file', 'KB', 'lint', 'findings']), row(['---', '---:', '---', '---:']));
    for (const timing of result.corpus) {
      if (timing.lint) {
        lines.push(row([timing.file, String(Math.round(timing.bytes / 1024)), formatTiming(timing.lint), String(timing.findings ?? '')]));
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
