/**
 * Pure scoring of linter verdicts against corpus labels. No I/O: the caller lints the files and
 * hands in what each run found.
 *
 * Agreement (labels README): the rule reports `missing` for `absent`, a `weak-*` finding for
 * `weak`, and nothing for `strong`.
 */
import { SAFEGUARD_KEYS, SAFEGUARD_RULES, STRENGTHS, type Label, type SafeguardKey, type Strength } from './labels.js';

/** The part of a Diagnostic the scoring reads. */
export interface Finding {
  ruleId: string;
  messageId: string;
  message?: string;
  evidence?: string;
  /** "l. 12, clause 4.2". */
  where?: string;
}

/** What happened when one labelled document was linted. */
export type RunOutcome =
  | { status: 'linted'; findings: Finding[] }
  /** The format has no parser yet (a fatal `unsupported-format`): not evaluated, not an error. */
  | { status: 'unsupported'; reason: string }
  /** Missing document, parse error, rule crash: listed, not scored. */
  | { status: 'error'; reason: string };

export interface FileRun {
  label: Label;
  outcome: RunOutcome;
}

export interface Verdict {
  strength: Strength;
  /** The finding the verdict rests on (none for `strong`). */
  finding?: Finding;
}

/**
 * The linter's verdict for one rule on one file: a `missing` finding → absent; otherwise any
 * other finding of the rule (`weak-*`, or a messageId outside the convention) → weak; none → strong.
 * `missing` wins over `weak-*` when a rule reports both.
 */
export function verdictOf(findings: readonly Finding[], ruleId: string): Verdict {
  const own = findings.filter((finding) => finding.ruleId === ruleId);
  const missing = own.find((finding) => finding.messageId === 'missing');
  if (missing) return { strength: 'absent', finding: missing };
  const weak = own.find((finding) => finding.messageId.startsWith('weak-')) ?? own[0];
  if (weak) return { strength: 'weak', finding: weak };
  return { strength: 'strong' };
}

/** One labelled safeguard on one file, with the linter's verdict. */
export interface Comparison {
  file: string;
  safeguard: SafeguardKey;
  label: Strength;
  labelEvidence: string;
  labelWhere: string;
  verdict: Strength;
  finding?: Finding;
}

export const agrees = (comparison: Comparison): boolean => comparison.label === comparison.verdict;

/** `hits` out of `total`; a rate with total 0 is undefined, not zero. */
export interface Ratio {
  hits: number;
  total: number;
}

/** Confusion counts: matrix[label][verdict]. */
export type ConfusionMatrix = Record<Strength, Record<Strength, number>>;

export interface SafeguardScore {
  matrix: ConfusionMatrix;
  /** Exact agreement on absent / weak / strong. */
  threeWay: Ratio;
  /** Agreement on absent versus present (weak or strong). */
  presence: Ratio;
  /** Of the files the linter called missing, how many the label calls absent. */
  missingPrecision: Ratio;
  /** Of the files labelled absent, how many the linter called missing. */
  missingRecall: Ratio;
  /** Of the files with any finding of the rule, how many the label calls absent or weak. */
  findingPrecision: Ratio;
  /** Of the files labelled absent or weak, how many got any finding of the rule. */
  findingRecall: Ratio;
}

export function emptyMatrix(): ConfusionMatrix {
  const row = (): Record<Strength, number> => ({ absent: 0, weak: 0, strong: 0 });
  return { absent: row(), weak: row(), strong: row() };
}

export function scoreComparisons(comparisons: readonly Comparison[]): SafeguardScore {
  const matrix = emptyMatrix();
  for (const { label, verdict } of comparisons) matrix[label][verdict] += 1;
  const count = (labels: readonly Strength[], verdicts: readonly Strength[]): number =>
    labels.reduce((sum, label) => sum + verdicts.reduce((inner, verdict) => inner + matrix[label][verdict], 0), 0);
  const present: Strength[] = ['weak', 'strong'];
  const flagged: Strength[] = ['absent', 'weak'];
  return {
    matrix,
    threeWay: { hits: count(['absent'], ['absent']) + count(['weak'], ['weak']) + count(['strong'], ['strong']), total: comparisons.length },
    presence: { hits: count(['absent'], ['absent']) + count(present, present), total: comparisons.length },
    missingPrecision: { hits: count(['absent'], ['absent']), total: count(STRENGTHS, ['absent']) },
    missingRecall: { hits: count(['absent'], ['absent']), total: count(['absent'], STRENGTHS) },
    findingPrecision: { hits: count(flagged, flagged), total: count(STRENGTHS, flagged) },
    findingRecall: { hits: count(flagged, flagged), total: count(flagged, STRENGTHS) },
  };
}

export interface SafeguardReport {
  key: SafeguardKey;
  ruleId: string;
  /** False when the rule does not exist yet: the safeguard is not evaluated. */
  implemented: boolean;
  comparisons: Comparison[];
  score: SafeguardScore;
}

export interface EvalReport {
  documents: {
    labelled: number;
    linted: string[];
    unsupported: Array<{ file: string; reason: string }>;
    errors: Array<{ file: string; reason: string }>;
  };
  safeguards: SafeguardReport[];
  /** Every comparison where label and verdict differ, by file then safeguard. */
  disagreements: Comparison[];
}

/** Compare every linted file's verdicts with its labels, for each safeguard. */
export function buildReport(runs: readonly FileRun[], implementedRules: ReadonlySet<string>): EvalReport {
  const documents: EvalReport['documents'] = { labelled: runs.length, linted: [], unsupported: [], errors: [] };
  const bySafeguard = new Map<SafeguardKey, Comparison[]>(SAFEGUARD_KEYS.map((key) => [key, []]));

  for (const { label, outcome } of runs) {
    if (outcome.status === 'unsupported') {
      documents.unsupported.push({ file: label.file, reason: outcome.reason });
      continue;
    }
    if (outcome.status === 'error') {
      documents.errors.push({ file: label.file, reason: outcome.reason });
      continue;
    }
    documents.linted.push(label.file);
    for (const key of SAFEGUARD_KEYS) {
      const labelled = label.safeguards[key];
      const ruleId = SAFEGUARD_RULES[key];
      if (!labelled || !implementedRules.has(ruleId)) continue;
      const verdict = verdictOf(outcome.findings, ruleId);
      const comparison: Comparison = {
        file: label.file,
        safeguard: key,
        label: labelled.strength,
        labelEvidence: labelled.evidence,
        labelWhere: labelled.where,
        verdict: verdict.strength,
      };
      if (verdict.finding) comparison.finding = verdict.finding;
      bySafeguard.get(key)?.push(comparison);
    }
  }

  const safeguards = SAFEGUARD_KEYS.map((key): SafeguardReport => {
    const comparisons = bySafeguard.get(key) ?? [];
    const ruleId = SAFEGUARD_RULES[key];
    return { key, ruleId, implemented: implementedRules.has(ruleId), comparisons, score: scoreComparisons(comparisons) };
  });
  const disagreements = safeguards
    .flatMap((safeguard) => safeguard.comparisons.filter((comparison) => !agrees(comparison)))
    .sort((a, b) => a.file.localeCompare(b.file) || a.safeguard.localeCompare(b.safeguard));
  return { documents, safeguards, disagreements };
}

/** "5/9 (56%)", or "n/a" when nothing was counted. */
export function formatRatio({ hits, total }: Ratio): string {
  if (total === 0) return 'n/a';
  return `${hits}/${total} (${Math.round((100 * hits) / total)}%)`;
}
