/**
 * Warm, in-process timings of each pipeline stage on one file: read, parse, each analysis (its
 * own cost, with what it depends on already built), the rules, and the whole lint.
 */
import { readFile } from 'node:fs/promises';
import { createAnalyses } from '../../src/analysis/index.js';
import type { AnalysisName, Analyses } from '../../src/analysis/types.js';
import type { Linter } from '../../src/index.js';
import { lintTree, type ConfiguredRule } from '../../src/engine/linter.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { loadParser } from '../../src/parsers/index.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { ANALYSES, DEPENDS_ON } from './analysis-order.js';
import { measure, measureStep, pairedRatio, type Timing } from './timing.js';

export interface StageTimings {
  read: Timing;
  parse: Timing;
  analyses: Partial<Record<AnalysisName, Timing>>;
  /** `lintTree` with the configured rules: the rules plus the analyses they build. */
  kernel: Timing;
  /** Analyses the configured rules declare, with what those depend on. */
  analysesUsedByRules: AnalysisName[];
  /** ≈ kernel − the analyses the rules use (medians; `runs` 0 marks an estimate). */
  rulesAlone: Timing;
  /** Each configured rule alone through `lintTree`, with the analyses it builds. */
  perRule: Record<string, Timing>;
  /** `linter.lintFile`: read, parse, config lookup, rules, directives. */
  lintFile: Timing;
  /** Parse alone against parse + rules, alternated in one process. */
  paired: { parse: Timing; parseAndRules: Timing; ratio: number; cpuRatio: number };
  diagnostics: number;
}

export async function parseFile(filePath: string, bytes: Uint8Array): Promise<DocumentNode> {
  const detected = detectFormat(filePath, bytes);
  if (!detected.ok) throw new Error(`${filePath}: ${detected.error.message}`);
  const parser = await loadParser(detected.format);
  const parsed = await parser.parse(bytes, filePath);
  if (!parsed.ok) throw new Error(`${filePath}: ${parsed.error.message}`);
  return parsed.tree;
}

export function analysesUsed(rules: readonly ConfiguredRule[]): AnalysisName[] {
  const used = new Set<AnalysisName>();
  const add = (name: AnalysisName): void => {
    if (used.has(name)) return;
    used.add(name);
    for (const dependency of DEPENDS_ON[name]) add(dependency);
  };
  for (const { rule } of rules) for (const name of rule.meta.needs ?? []) add(name);
  return ANALYSES.filter((name) => used.has(name));
}

export async function measureStages(filePath: string, linter: Linter, rules: readonly ConfiguredRule[]): Promise<StageTimings> {
  const read = await measure(() => readFile(filePath));
  const bytes = new Uint8Array(await readFile(filePath));
  const parse = await measure(() => parseFile(filePath, bytes));
  const tree = await parseFile(filePath, bytes);

  const analyses: StageTimings['analyses'] = {};
  for (const [index, name] of ANALYSES.entries()) {
    const earlier = ANALYSES.slice(0, index);
    analyses[name] = await measureStep(
      () => {
        const fresh = createAnalyses(tree);
        for (const before of earlier) void fresh[before];
        return fresh;
      },
      (fresh: Analyses) => fresh[name],
    );
  }

  const runRules = () => lintTree(tree, { filePath, rules });
  const kernel = await measure(runRules);
  const used = analysesUsed(rules);
  const usedWall = used.reduce((sum, name) => sum + (analyses[name]?.median ?? 0), 0);
  const usedCpu = used.reduce((sum, name) => sum + (analyses[name]?.cpu ?? 0), 0);
  const aloneWall = Math.max(0, kernel.median - usedWall);
  const rulesAlone: Timing = { median: aloneWall, min: aloneWall, max: aloneWall, runs: 0 };
  if (kernel.cpu !== undefined) rulesAlone.cpu = Math.max(0, kernel.cpu - usedCpu);
  const perRule: Record<string, Timing> = {};
  for (const configured of rules) {
    perRule[configured.rule.meta.id] = await measure(() => lintTree(tree, { filePath, rules: [configured] }), {
      minTotalMs: 500,
    });
  }
  const lintFile = await measure(() => linter.lintFile(filePath));
  const paired = await pairedRatio(
    () => parseFile(filePath, bytes),
    async () => lintTree(await parseFile(filePath, bytes), { filePath, rules }),
  );
  return {
    read,
    parse,
    analyses,
    kernel,
    analysesUsedByRules: used,
    rulesAlone,
    perRule,
    lintFile,
    paired: { parse: paired.a, parseAndRules: paired.b, ratio: paired.ratio, cpuRatio: paired.cpuRatio },
    diagnostics: runRules().length,
  };
}
