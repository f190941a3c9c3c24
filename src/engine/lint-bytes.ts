/**
 * One file's pipeline after its bytes are read: detect the format, parse, run the rules,
 * apply inline directives, count. Every failure becomes a fatal diagnostic in the result, so
 * one bad file never stops a run; what a parser read but could not lint (its notices) becomes
 * a `parse-warning` ahead of the findings.
 */
import { detectFormat } from '../parsers/detect.js';
import { loadParser, type ParserOptions } from '../parsers/index.js';
import { pagesLabel } from '../tree/anchor.js';
import type { ParseError, ParseNotice } from '../tree/types.js';
import type { Diagnostic, LintResult } from './diagnostic.js';
import { applyDirectives, type DirectiveProblem } from './directives.js';
import { lintTree, RuleError, type ConfiguredRule } from './linter.js';

export interface LintBytesOptions {
  filePath: string;
  rules: readonly ConfiguredRule[];
  /** Every rule id the config knows, for checking ids named in directives. */
  knownRuleIds: ReadonlySet<string>;
  parserOptions?: ParserOptions;
}

export async function lintBytes(bytes: Uint8Array, options: LintBytesOptions): Promise<LintResult> {
  const { filePath } = options;
  const detected = detectFormat(filePath, bytes);
  if (!detected.ok) return fatalResult(filePath, null, detected.error);
  const { format } = detected;

  let parsed;
  try {
    const parser = await loadParser(format, options.parserOptions);
    parsed = await parser.parse(bytes, filePath);
  } catch (error) {
    // A parser must return errors, not throw; if one does, the file still gets a clean line.
    return fatalResult(filePath, format, { code: 'parser-crash', message: errorMessage(error) });
  }
  if (!parsed.ok) return fatalResult(filePath, format, parsed.error);

  let diagnostics: Diagnostic[];
  try {
    diagnostics = lintTree(parsed.tree, { filePath, rules: options.rules });
  } catch (error) {
    if (error instanceof RuleError) {
      return fatalResult(filePath, format, { code: 'rule-error', message: error.message });
    }
    throw error;
  }

  if (parsed.notices) diagnostics.unshift(...parsed.notices.map(noticeDiagnostic));

  let suppressed: Diagnostic[] = [];
  if (format === 'markdown') {
    const applied = applyDirectives(parsed.tree.data.text, diagnostics, options.knownRuleIds);
    diagnostics = applied.messages;
    suppressed = applied.suppressed;
    for (const problem of applied.problems) diagnostics.push(directiveDiagnostic(problem));
    diagnostics.sort((a, b) => a.location.offset - b.location.offset);
  }
  return makeResult(filePath, format, diagnostics, suppressed);
}

/** A parser's notice as a warning about the file, anchored at the pages it names. */
function noticeDiagnostic(notice: ParseNotice): Diagnostic {
  return {
    ruleId: 'parse-warning',
    messageId: notice.code,
    severity: 'warning',
    message: notice.message.replace(/\s+/g, ' ').trim(),
    location: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
    anchor: notice.pages?.length ? { page: notice.pages[0]!, label: pagesLabel(notice.pages) } : { label: 'file' },
    sources: [],
    fingerprint: `parse-warning:${notice.code}:${notice.pages?.join(',') ?? ''}`,
  };
}

function directiveDiagnostic(problem: DirectiveProblem): Diagnostic {
  const ruleId = problem.kind === 'unknown-rule' ? 'unknown-rule-in-directive' : 'unused-disable-directive';
  return {
    ruleId,
    messageId: problem.kind,
    severity: 'warning',
    message: problem.message,
    location: {
      line: problem.line,
      column: problem.column,
      endLine: problem.endLine,
      endColumn: problem.endColumn,
      offset: problem.offset,
      endOffset: problem.endOffset,
    },
    anchor: { line: problem.line, label: `l. ${problem.line}` },
    sources: [],
    fingerprint: `${ruleId}:${problem.offset}`,
  };
}

export function makeResult(
  filePath: string,
  format: string | null,
  messages: Diagnostic[],
  suppressedMessages: Diagnostic[] = [],
): LintResult {
  const count = (test: (d: Diagnostic) => boolean) => messages.filter(test).length;
  return {
    filePath,
    format,
    messages,
    suppressedMessages,
    errorCount: count((d) => d.severity === 'error'),
    warningCount: count((d) => d.severity === 'warning'),
    infoCount: count((d) => d.severity === 'info'),
    fatalErrorCount: count((d) => d.fatal === true),
  };
}

/** A result holding one fatal diagnostic: the file could not be read, parsed or linted. */
export function fatalResult(
  filePath: string,
  format: string | null,
  error: ParseError,
): LintResult {
  const ruleId = error.code === 'rule-error' ? 'rule-error' : 'parse-error';
  const diagnostic: Diagnostic = {
    ruleId,
    messageId: error.code,
    severity: 'error',
    message: error.message.replace(/\s+/g, ' ').trim(),
    location: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
    anchor: { label: 'file' },
    sources: [],
    fingerprint: `${ruleId}:${error.code}`,
    fatal: true,
  };
  return makeResult(filePath, format, [diagnostic]);
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
