import type { Diagnostic, LintResult } from '../../src/engine/diagnostic.js';
import type { RuleMeta } from '../../src/engine/rule.js';

export function diagnostic(overrides: Partial<Diagnostic> & { line?: number; column?: number } = {}): Diagnostic {
  const { line = 1, column = 1, ...rest } = overrides;
  return {
    ruleId: 'data-access-list',
    messageId: 'missing',
    severity: 'error',
    message: 'The contract does not list the data the operator may access.',
    location: { line, column, endLine: line, endColumn: column + 5, offset: line * 100 + column, endOffset: line * 100 + column + 5 },
    anchor: { line, label: `l. ${line}` },
    sources: ['GDPR Art. 28(3)(a)'],
    fingerprint: `fp-${line}-${column}`,
    ...rest,
  };
}

export function result(filePath: string, messages: Diagnostic[], extra: Partial<LintResult> = {}): LintResult {
  const count = (severity: string) => messages.filter((message) => message.severity === severity).length;
  return {
    filePath,
    format: 'markdown',
    messages,
    suppressedMessages: [],
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    ...extra,
  };
}

export function ruleMeta(overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id: 'data-access-list',
    safeguard: 'S3',
    type: 'safeguard',
    description: 'Require a list of the data each party may access.',
    rationale:
      'Without a list of the data covered, the public authority cannot know what it may demand, e.g. trip records. A second sentence that the hint leaves out.',
    sources: ['GDPR Art. 28(3)(a)', 'B-Tech Foundational Paper 3'],
    recommended: true,
    defaultSeverity: 'error',
    messages: { missing: 'The contract does not list the data the operator may access.' },
    docs: '## What it checks\n\nA data list.',
    examples: { valid: [], invalid: [] },
    ...overrides,
  };
}
