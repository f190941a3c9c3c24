import type { LintResult } from '../index.js';

/**
 * The result for a file the user named but an ignore pattern excludes: one warning, so the
 * user learns why it was not checked (ESLint does the same).
 */
export function ignoredFileResult(filePath: string, reason: string): LintResult {
  return {
    filePath,
    format: null,
    messages: [
      {
        ruleId: 'ignored-file',
        messageId: 'ignored',
        severity: 'warning',
        message: `${reason} (use --no-ignore to lint it).`,
        location: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
        anchor: { label: 'file' },
        sources: [],
        fingerprint: 'ignored-file',
      },
    ],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fatalErrorCount: 0,
  };
}
