/**
 * ESLint's unix format: `path:line:col: message [Severity/rule-id]`, the shape grep, compilers
 * and editors' quickfix lists (Vim `errorformat=%f:%l:%c: %m`, Emacs compilation mode, VS
 * Code's `$go`-style matchers, reviewdog `-efm`) read:
 *
 *   /abs/contracts/mobility.md:12:3: The purpose is left open. [Error/processing-limits]
 *
 *   1 problem
 *
 * Paths are absolute, as eslint-formatter-unix. A clean run prints nothing.
 */
import type { Reporter } from './types.js';
import { displayMessage, displayPosition, oneLine, severityWord } from './positions.js';
import { plural } from './text.js';

export const unix: Reporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const { line, column } = displayPosition(message, result.format);
      lines.push(
        `${oneLine(result.filePath)}:${line}:${column}: ${displayMessage(message, result.format)} [${severityWord(message.severity)}/${message.ruleId}]`,
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n`;
};
