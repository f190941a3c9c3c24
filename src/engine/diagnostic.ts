/**
 * The one diagnostic type every stage after the rules speaks. Plain data, serializable,
 * reporter-neutral: reporters, suppressions, baselines and the future annotated DOCX all
 * read the same fields.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface DiagnosticLocation {
  /** 1-based line in the normalized text (for Markdown and text: the file's line). */
  line: number;
  /** 1-based column. */
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
  /** 0-based UTF-16 offsets into the normalized text. */
  offset: number;
  endOffset: number;
}

/** Where a lawyer finds the finding in the original document. */
export interface Anchor {
  /** PDF page (1-based). */
  page?: number;
  /** Line on the PDF page, or line in a Markdown/text file (1-based). */
  line?: number;
  /** DOCX paragraph index (1-based, body order, table-cell paragraphs included). */
  paragraph?: number;
  /** Citation of the innermost numbered section: "clause 4.2", "Schedule 3". */
  clause?: string;
  /** Heading of the innermost section that has one. */
  heading?: string;
  /** Human label: "l. 12, clause 4.2", "¶ 17, clause 4.2", "p. 3, l. 14". */
  label: string;
}

export interface RelatedLocation {
  message: string;
  location: DiagnosticLocation;
  anchor?: Anchor;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** One sentence, no two consecutive spaces (VS Code's stylish matcher splits on them). */
  message: string;
  location: DiagnosticLocation;
  anchor: Anchor;
  /** The quoted text the finding rests on (whitespace collapsed). */
  evidence?: string;
  /** Model clause text that would resolve the finding, in the document's own party names. */
  suggestion?: string;
  /** Instruments the finding rests on: "GDPR Art. 28(3)(a)", "UNGP 17". */
  sources: string[];
  related?: RelatedLocation[];
  /** Rule documentation URL. */
  url?: string;
  /**
   * Stable identity: hash of rule, messageId, clause and normalized evidence. It survives
   * edits elsewhere in the file, so suppressions and code-scanning alerts keep matching.
   */
  fingerprint: string;
  /** Values interpolated into the message. */
  data?: Record<string, string | number>;
  /** True for a file that could not be read or parsed. */
  fatal?: boolean;
  /** Set when an inline comment suppressed the finding; reporters skip these. */
  suppressed?: { kind: 'directive'; justification?: string };
}

/** The result of linting one file. */
export interface LintResult {
  /** Absolute path, or the `--stdin-filename`. */
  filePath: string;
  format: string | null;
  messages: Diagnostic[];
  suppressedMessages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
}

/**
 * Orders rule and message ids by UTF-16 code units: the same order on every machine (the
 * locale's collation, `localeCompare`, may differ between users, and its first call loads ICU's
 * collator, a few milliseconds of every cold run).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
