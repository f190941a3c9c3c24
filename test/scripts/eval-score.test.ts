import { describe, expect, it } from 'vitest';
import type { Diagnostic, LintResult } from '../../src/engine/diagnostic.js';
import { formatReport } from '../../scripts/eval/format-report.js';
import { parseLabel, type Label, type SafeguardKey, type Strength } from '../../scripts/eval/labels.js';
import { outcomeOf } from '../../scripts/eval/outcome.js';
import {
  buildReport,
  formatRatio,
  scoreComparisons,
  verdictOf,
  type Comparison,
  type Finding,
} from '../../scripts/eval/score.js';

const finding = (ruleId: string, messageId: string, evidence?: string): Finding => ({
  ruleId,
  messageId,
  ...(evidence ? { evidence } : {}),
});

const comparison = (label: Strength, verdict: Strength, safeguard: SafeguardKey = 'S1'): Comparison => ({
  file: 'x.md',
  safeguard,
  label,
  verdict,
  labelEvidence: '',
  labelWhere: '',
});

function label(file: string, strengths: Partial<Record<SafeguardKey, Strength>>): Label {
  const safeguards: Label['safeguards'] = {};
  for (const [key, strength] of Object.entries(strengths) as Array<[SafeguardKey, Strength]>) {
    safeguards[key] = { present: strength !== 'absent', strength, evidence: `evidence ${key}`, where: '' };
  }
  return { name: file.replace(/\.\w+$/, ''), file, kind: 'test', safeguards, notes: '' };
}

describe('verdictOf', () => {
  it('reads no finding of the rule as strong', () => {
    expect(verdictOf([finding('transparency', 'missing')], 'data-access-list')).toEqual({ strength: 'strong' });
  });

  it('reads a missing finding as absent, even beside weak ones', () => {
    const verdict = verdictOf(
      [finding('data-access-list', 'weak-catch-all'), finding('data-access-list', 'missing')],
      'data-access-list',
    );
    expect(verdict.strength).toBe('absent');
    expect(verdict.finding?.messageId).toBe('missing');
  });

  it('reads any weak-* finding as weak and keeps it', () => {
    const verdict = verdictOf([finding('processing-limits', 'weak-open-purpose', 'any related purposes')], 'processing-limits');
    expect(verdict).toEqual({ strength: 'weak', finding: finding('processing-limits', 'weak-open-purpose', 'any related purposes') });
  });

  it('counts a finding outside the missing/weak-* convention as weak', () => {
    expect(verdictOf([finding('impact-assessment', 'empty-schedule')], 'impact-assessment').strength).toBe('weak');
  });
});

describe('scoreComparisons', () => {
  // Hand-made: label absent ×3 (linter: missing, missing, strong), weak ×3 (weak, strong, missing),
  // strong ×2 (strong, weak).
  const comparisons = [
    comparison('absent', 'absent'),
    comparison('absent', 'absent'),
    comparison('absent', 'strong'),
    comparison('weak', 'weak'),
    comparison('weak', 'strong'),
    comparison('weak', 'absent'),
    comparison('strong', 'strong'),
    comparison('strong', 'weak'),
  ];
  const score = scoreComparisons(comparisons);

  it('fills the confusion matrix by label row and verdict column', () => {
    expect(score.matrix).toEqual({
      absent: { absent: 2, weak: 0, strong: 1 },
      weak: { absent: 1, weak: 1, strong: 1 },
      strong: { absent: 0, weak: 1, strong: 1 },
    });
  });

  it('computes three-way and present-vs-missing accuracy', () => {
    expect(score.threeWay).toEqual({ hits: 4, total: 8 });
    // absent→missing 2; present→present: weak/weak, weak/strong, strong/strong, strong/weak = 4.
    expect(score.presence).toEqual({ hits: 6, total: 8 });
  });

  it('computes precision and recall of "missing"', () => {
    expect(score.missingPrecision).toEqual({ hits: 2, total: 3 });
    expect(score.missingRecall).toEqual({ hits: 2, total: 3 });
  });

  it('computes precision and recall of any finding against absent-or-weak labels', () => {
    // flagged by the linter: absent×2 + weak/weak + weak/absent + strong/weak = 5, of which 4 labelled absent or weak.
    expect(score.findingPrecision).toEqual({ hits: 4, total: 5 });
    // labelled absent or weak: 6, flagged: 4.
    expect(score.findingRecall).toEqual({ hits: 4, total: 6 });
  });

  it('leaves rates undefined (n/a) when nothing was counted', () => {
    const none = scoreComparisons([comparison('strong', 'strong')]);
    expect(none.missingPrecision).toEqual({ hits: 0, total: 0 });
    expect(formatRatio(none.missingPrecision)).toBe('n/a');
    expect(formatRatio({ hits: 2, total: 3 })).toBe('2/3 (67%)');
  });
});

describe('buildReport', () => {
  const implemented = new Set(['data-access-list', 'processing-limits']);
  const report = buildReport(
    [
      {
        label: label('a.md', { S1: 'weak', S2: 'absent', S3: 'strong' }),
        outcome: { status: 'linted', findings: [finding('data-access-list', 'weak-catch-all'), finding('processing-limits', 'weak-open-purpose')] },
      },
      { label: label('b.md', { S1: 'strong', S2: 'strong' }), outcome: { status: 'linted', findings: [] } },
      { label: label('c.docx', { S1: 'absent' }), outcome: { status: 'unsupported', reason: 'DOCX contracts are not supported yet' } },
      { label: label('d.pdf', { S1: 'absent' }), outcome: { status: 'error', reason: 'parse-error/pdf-broken: bad xref' } },
    ],
    implemented,
  );

  it('sorts documents into evaluated, not evaluated and errors', () => {
    expect(report.documents.labelled).toBe(4);
    expect(report.documents.linted).toEqual(['a.md', 'b.md']);
    expect(report.documents.unsupported).toEqual([{ file: 'c.docx', reason: 'DOCX contracts are not supported yet' }]);
    expect(report.documents.errors).toEqual([{ file: 'd.pdf', reason: 'parse-error/pdf-broken: bad xref' }]);
  });

  it('scores only implemented rules and marks the others not evaluated', () => {
    const byKey = Object.fromEntries(report.safeguards.map((safeguard) => [safeguard.key, safeguard]));
    expect(byKey.S1?.implemented).toBe(true);
    expect(byKey.S1?.score.threeWay).toEqual({ hits: 2, total: 2 });
    expect(byKey.S3?.implemented).toBe(false);
    expect(byKey.S3?.comparisons).toEqual([]);
  });

  it('lists disagreements with the label evidence and the finding', () => {
    expect(report.disagreements).toHaveLength(1);
    expect(report.disagreements[0]).toMatchObject({
      file: 'a.md',
      safeguard: 'S2',
      label: 'absent',
      verdict: 'weak',
      labelEvidence: 'evidence S2',
      finding: { messageId: 'weak-open-purpose' },
    });
  });

  it('formats a Markdown report naming what was not evaluated', () => {
    const text = formatReport(report, { corpusDir: '/corpus', date: '2026-01-01', labelProblems: [] });
    expect(text).toContain('| S1 | `data-access-list` | 2 | 2/2 (100%) |');
    expect(text).toContain('| **all (pooled)** |  | 4 | 3/4 (75%) |');
    expect(text).toContain('Three-way accuracy by format: md (2 files) 3/4 (75%).');
    expect(text).toContain('Not evaluated (rule not implemented yet): S3 `impact-assessment`');
    expect(text).toContain('- **a.md** S2: label absent, linter weak.');
    expect(text).toContain('| a.md | weak / weak | absent / weak ✗ |');
    expect(text).toContain('- c.docx: DOCX contracts are not supported yet');
    expect(text).toContain('- d.pdf: parse-error/pdf-broken: bad xref');
  });
});

describe('outcomeOf', () => {
  const base = { filePath: '/c/x', format: 'docx', suppressedMessages: [], errorCount: 1, warningCount: 0, infoCount: 0 };
  const fatal = (messageId: string, message: string): Diagnostic => ({
    ruleId: 'parse-error',
    messageId,
    severity: 'error',
    message,
    location: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
    anchor: { label: 'file' },
    sources: [],
    fingerprint: 'f',
    fatal: true,
  });

  it('reads a fatal unsupported-format as not evaluated', () => {
    const result: LintResult = { ...base, messages: [fatal('unsupported-format', 'DOCX contracts are not supported yet')], fatalErrorCount: 1 };
    expect(outcomeOf(result)).toEqual({ status: 'unsupported', reason: 'DOCX contracts are not supported yet' });
  });

  it('reads any other fatal diagnostic as an error', () => {
    const result: LintResult = { ...base, messages: [fatal('pdf-broken', 'bad xref')], fatalErrorCount: 1 };
    expect(outcomeOf(result)).toEqual({ status: 'error', reason: 'parse-error/pdf-broken: bad xref' });
  });
});

describe('parseLabel', () => {
  it('accepts the documented shape and rejects an unknown strength', () => {
    const ok = parseLabel('x', {
      file: 'x.md',
      kind: 'dpa',
      safeguards: { S1: { present: true, strength: 'weak', evidence: 'e', where: 'w' } },
      notes: '',
    });
    expect(ok.safeguards.S1?.strength).toBe('weak');
    expect(() => parseLabel('y', { file: 'y.md', safeguards: { S1: { strength: 'medium' } } })).toThrow(/S1.strength/);
  });
});
