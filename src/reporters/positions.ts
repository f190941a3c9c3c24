/**
 * Where a finding is, for the one-line machine formats (compact, unix, checkstyle, junit).
 *
 * Markdown and text have real lines, so line and column are exact (1-based, UTF-16 columns,
 * as ESLint). A DOCX or PDF has no line an editor could open: the line there only orders
 * entries (the DOCX paragraph; 1 for a PDF), the column is 1, and the message starts with the
 * anchor a lawyer can find ("¶ 17, clause 4.2: …", "p. 3, l. 14: …"). This is the same
 * choice stylish makes, so every text format agrees.
 */
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { collapseSpaces } from './text.js';

export interface DisplayPosition {
  line: number;
  column: number;
}

/** True when line and column point into the file itself (not into extracted text). */
export const hasTextPositions = (format: string | null): boolean => format !== 'docx' && format !== 'pdf';

export function displayPosition(message: Diagnostic, format: string | null): DisplayPosition {
  if (message.fatal || hasTextPositions(format)) return { line: message.location.line, column: message.location.column };
  if (format === 'docx') return { line: message.anchor.paragraph ?? message.location.line, column: 1 };
  return { line: 1, column: 1 };
}

/** The message on one line; for DOCX and PDF prefixed with the anchor label. */
export function displayMessage(message: Diagnostic, format: string | null): string {
  const anchored = !message.fatal && !hasTextPositions(format) && message.anchor.label;
  return collapseSpaces(anchored ? `${message.anchor.label}: ${message.message}` : message.message) || message.ruleId;
}

/** "Error" / "Warning" / "Info": ESLint's capitalised words ($eslint-compact needs them). */
export function severityWord(severity: Severity): 'Error' | 'Warning' | 'Info' {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Info';
}

/** A path on one line: line breaks (legal in POSIX file names) would split a record. */
export const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');
