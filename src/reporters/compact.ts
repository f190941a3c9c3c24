/**
 * ESLint's compact format, one finding per line, in the exact shape VS Code's built-in
 * `$eslint-compact` problem matcher parses:
 *
 *   /abs/contracts/mobility.md: line 12, col 3, Error - The purpose is left open. (processing-limits)
 *
 *   1 problem
 *
 * The path is absolute (the matcher's fileLocation is absolute), the severity capitalised
 * (Error | Warning | Info) and the rule id closes the line in parentheses: the matcher drops a
 * line without it. A clean run prints nothing, as eslint-formatter-compact.
 */
import type { Reporter } from './types.js';
import { displayMessage, displayPosition, oneLine, severityWord } from './positions.js';
import { plural } from './text.js';

export const compact: Reporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const { line, column } = displayPosition(message, result.format);
      lines.push(
        `${oneLine(result.filePath)}: line ${line}, col ${column}, ${severityWord(message.severity)} - ${displayMessage(message, result.format)} (${message.ruleId})`,
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n`;
};
