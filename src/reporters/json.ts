/**
 * Machine-readable results, versioned: docs/json-format.md and
 * docs/schemas/results-v1.schema.json describe the shape. Additive changes keep v1;
 * anything that removes, renames or retypes a field is v2.
 */
import type { Anchor, Diagnostic, LintResult, Severity } from '../engine/diagnostic.js';
import type { Reporter } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonRelated {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  anchor: Anchor | null;
}

export interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  anchor: Anchor;
  evidence: string | null;
  suggestion: string | null;
  sources: string[];
  related: JsonRelated[];
  fingerprint: string;
  fatal?: true;
  /** Only in `suppressedMessages`. */
  suppressions?: Array<{ kind: 'directive'; justification: string }>;
}

export interface JsonResult {
  filePath: string;
  format: string | null;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
}

export const json: Reporter = (results) => `${JSON.stringify(results.map(toJsonResult))}\n`;

export function toJsonResult(result: LintResult): JsonResult {
  return {
    filePath: result.filePath,
    format: result.format,
    messages: result.messages.map(toJsonMessage),
    suppressedMessages: result.suppressedMessages.map(toJsonMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fatalErrorCount: result.fatalErrorCount,
  };
}

function toJsonMessage(diagnostic: Diagnostic): JsonMessage {
  const { location } = diagnostic;
  const message: JsonMessage = {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    anchor: diagnostic.anchor,
    evidence: diagnostic.evidence ?? null,
    suggestion: diagnostic.suggestion ?? null,
    sources: diagnostic.sources,
    related: (diagnostic.related ?? []).map((related) => ({
      message: related.message,
      line: related.location.line,
      column: related.location.column,
      endLine: related.location.endLine,
      endColumn: related.location.endColumn,
      anchor: related.anchor ?? null,
    })),
    fingerprint: diagnostic.fingerprint,
  };
  if (diagnostic.fatal) message.fatal = true;
  if (diagnostic.suppressed) {
    message.suppressions = [{ kind: diagnostic.suppressed.kind, justification: diagnostic.suppressed.justification ?? '' }];
  }
  return message;
}
