/**
 * The default human report, in ESLint's stylish shape so VS Code's `$eslint-stylish`
 * problem matcher fills the Problems panel:
 *
 *   /abs/path/contract.md
 *     12:3  error    The contract does not list the data the operator may access  data-access-list
 *
 *   ✖ 1 problem (1 error, 0 warnings, 0 infos)
 *
 * The matcher reads a file line, then loops over problem lines until the first line that
 * does not match; so nothing else may appear inside a file group. Fix guidance for lawyers
 * goes after the summary (see how-to-fix.ts).
 */
import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import { createColors, type Colors } from './colors.js';
import { howToFixSection } from './how-to-fix.js';
import type { Reporter } from './types.js';
import { collapseSpaces, padEnd, plural } from './text.js';

export const stylish: Reporter = (results, context) => {
  const colors = createColors(context.color);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push(colors.underline(result.filePath));
    lines.push(...fileGroup(result, colors));
    lines.push('');
    for (const message of result.messages) {
      if (message.severity === 'error') errors += 1;
      else if (message.severity === 'warning') warnings += 1;
      else infos += 1;
    }
  }

  const total = errors + warnings + infos;
  if (total === 0) {
    return `${colors.green('✔')} No problems found in ${plural(results.length, 'file')}.\n`;
  }

  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  const summaryColor = errors > 0 ? colors.red : warnings > 0 ? colors.yellow : colors.blue;
  lines.push(colors.bold(summaryColor(summary)));

  if (context.hints !== false) {
    const section = howToFixSection(results, context.rulesMeta, colors);
    if (section.length > 0) lines.push('', ...section);
  }
  return `${lines.join('\n')}\n`;
};

/** Problem lines with the columns aligned, as ESLint's text table does. */
function fileGroup(result: LintResult, colors: Colors): string[] {
  const rows = result.messages.map((message) => ({
    position: position(message, result.format),
    severity: message.severity,
    text: messageText(message, result.format),
    ruleId: message.ruleId,
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number =>
    Math.max(...rows.map((row) => pick(row).length));
  const positionWidth = width((row) => row.position);
  const severityWidth = width((row) => row.severity);
  const textWidth = width((row) => row.text);

  return rows.map((row) => {
    const severityColor = row.severity === 'error' ? colors.red : row.severity === 'warning' ? colors.yellow : colors.blue;
    return [
      '',
      colors.dim(padEnd(row.position, positionWidth)),
      severityColor(padEnd(row.severity, severityWidth)),
      padEnd(row.text, textWidth),
      colors.dim(row.ruleId),
    ].join('  ');
  });
}

/**
 * Markdown and text have real lines. A DOCX or PDF has none a text editor could open, so the
 * line there orders entries (the DOCX paragraph; 1 for PDF) and the message starts with the
 * anchor a lawyer can find ("¶ 17, clause 4.2", "p. 3, l. 14").
 */
function position(message: Diagnostic, format: string | null): string {
  if (!message.fatal && format === 'docx') return `${message.anchor.paragraph ?? message.location.line}:1`;
  if (!message.fatal && format === 'pdf') return '1:1';
  return `${message.location.line}:${message.location.column}`;
}

function messageText(message: Diagnostic, format: string | null): string {
  const anchored = !message.fatal && (format === 'docx' || format === 'pdf') && message.anchor.label;
  return collapseSpaces(anchored ? `${message.anchor.label}: ${message.message}` : message.message);
}
