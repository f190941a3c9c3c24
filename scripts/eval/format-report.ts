/**
 * The eval report as Markdown: readable in a terminal and pasteable into docs/accuracy.md.
 * Pure: takes the computed report, returns a string.
 */
import { STRENGTHS } from './labels.js';
import { formatRatio, scoreComparisons, type Comparison, type EvalReport, type SafeguardReport } from './score.js';

export interface ReportContext {
  corpusDir: string;
  /** ISO date of the run. */
  date: string;
  /** The linter's commit ("abc1234", maybe "+ uncommitted changes"). */
  revision?: string;
  /** Node version of the run. */
  node?: string;
  labelProblems: Array<{ file: string; reason: string }>;
}

const VERDICT_NAME = { absent: 'missing', weak: 'weak', strong: 'strong' } as const;
const MAX_QUOTE = 160;

export function formatReport(report: EvalReport, context: ReportContext): string {
  const lines: string[] = [];
  const { documents } = report;
  lines.push(`# clauselint accuracy: ${context.corpusDir} (${context.date})`, '');
  if (context.revision) lines.push(`Linter: commit ${context.revision}; Node ${context.node ?? 'unknown'}.`, '');
  lines.push(
    `Documents: ${documents.labelled} labelled, ${documents.linted.length} evaluated, ` +
      `${documents.unsupported.length} not evaluated (format not supported yet), ${documents.errors.length} errors.`,
    '',
  );

  const evaluated = report.safeguards.filter((safeguard) => safeguard.implemented);
  const skipped = report.safeguards.filter((safeguard) => !safeguard.implemented);
  lines.push(...summaryTable(evaluated), '');
  if (evaluated.length > 0) lines.push(byFormatLine(evaluated), '');
  if (skipped.length > 0) {
    lines.push(
      `Not evaluated (rule not implemented yet): ${skipped.map((s) => `${s.key} \`${s.ruleId}\``).join(', ')}.`,
      '',
    );
  }
  for (const safeguard of evaluated) lines.push(...confusionTable(safeguard), '');
  if (evaluated.length > 0 && documents.linted.length > 0) lines.push(...perFileTable(report, evaluated), '');

  lines.push(`## Disagreements (${report.disagreements.length})`, '');
  if (report.disagreements.length === 0) lines.push('None.', '');
  for (const comparison of report.disagreements) lines.push(disagreementLine(comparison));
  if (report.disagreements.length > 0) lines.push('');

  if (documents.unsupported.length > 0) {
    lines.push(`## Not evaluated: format not supported yet (${documents.unsupported.length})`, '');
    for (const { file, reason } of documents.unsupported) lines.push(`- ${file}: ${reason}`);
    lines.push('');
  }
  const problems = [...documents.errors, ...context.labelProblems];
  if (problems.length > 0) {
    lines.push(`## Errors (${problems.length})`, '');
    for (const { file, reason } of problems) lines.push(`- ${file}: ${reason}`);
    lines.push('');
  }
  return lines.join('\n');
}

function summaryTable(safeguards: readonly SafeguardReport[]): string[] {
  const pooled = safeguards.flatMap((safeguard) => safeguard.comparisons);
  const all = { key: 'all', ruleId: '', comparisons: pooled, score: scoreComparisons(pooled) };
  const lines = (safeguards.length > 1 ? [...safeguards, all] : safeguards).map(({ key, ruleId, comparisons, score }) =>
    row([
      key === 'all' ? '**all (pooled)**' : key,
      ruleId ? `\`${ruleId}\`` : '',
      String(comparisons.length),
      formatRatio(score.threeWay),
      formatRatio(score.presence),
      formatRatio(score.missingPrecision),
      formatRatio(score.missingRecall),
      formatRatio(score.findingPrecision),
      formatRatio(score.findingRecall),
    ]),
  );
  return [
    row([
      'safeguard',
      'rule',
      'files',
      'three-way accuracy',
      'present vs missing',
      '"missing" precision',
      '"missing" recall',
      'finding precision',
      'finding recall',
    ]),
    row(Array.from({ length: 9 }, () => '---')),
    ...lines,
  ];
}

/** Pooled three-way accuracy per file extension: parsers differ in what they hand the rules. */
function byFormatLine(safeguards: readonly SafeguardReport[]): string {
  const groups = new Map<string, Comparison[]>();
  for (const comparison of safeguards.flatMap((safeguard) => safeguard.comparisons)) {
    const extension = /\.([^.]+)$/.exec(comparison.file)?.[1]?.toLowerCase() ?? '(none)';
    groups.set(extension, [...(groups.get(extension) ?? []), comparison]);
  }
  const parts = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([extension, comparisons]) => {
      const files = new Set(comparisons.map((comparison) => comparison.file)).size;
      return `${extension} (${files} files) ${formatRatio(scoreComparisons(comparisons).threeWay)}`;
    });
  return `Three-way accuracy by format: ${parts.join('; ')}.`;
}

function confusionTable({ key, ruleId, score }: SafeguardReport): string[] {
  return [
    `### ${key} \`${ruleId}\``,
    '',
    row(['label / linter', 'missing', 'weak', 'strong']),
    row(['---', '---:', '---:', '---:']),
    ...STRENGTHS.map((label) => row([label, ...STRENGTHS.map((verdict) => String(score.matrix[label][verdict]))])),
  ];
}

/** One row per evaluated file: "label / linter" per safeguard, ✗ where they differ. */
function perFileTable(report: EvalReport, evaluated: readonly SafeguardReport[]): string[] {
  const lines = [
    '### Per file (label / linter)',
    '',
    row(['file', ...evaluated.map((safeguard) => safeguard.key)]),
    row(['---', ...evaluated.map(() => '---')]),
  ];
  for (const file of report.documents.linted) {
    const cells = evaluated.map((safeguard) => {
      const comparison = safeguard.comparisons.find((candidate) => candidate.file === file);
      if (!comparison) return '–';
      const mark = comparison.label === comparison.verdict ? '' : ' ✗';
      return `${comparison.label} / ${VERDICT_NAME[comparison.verdict]}${mark}`;
    });
    lines.push(row([file, ...cells]));
  }
  return lines;
}

function disagreementLine(comparison: Comparison): string {
  const { file, safeguard, label, verdict, labelEvidence, labelWhere, finding } = comparison;
  const parts = [`- **${file}** ${safeguard}: label ${label}, linter ${VERDICT_NAME[verdict]}.`];
  if (labelEvidence) parts.push(`Label evidence${labelWhere ? ` (${labelWhere})` : ''}: "${clip(labelEvidence)}".`);
  if (finding) {
    const at = finding.where ? ` at ${finding.where}` : '';
    parts.push(`Linter \`${finding.messageId}\`${at}${finding.evidence ? `: "${clip(finding.evidence)}"` : ''}.`);
  }
  return parts.join(' ');
}

const row = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;

const clip = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
};
