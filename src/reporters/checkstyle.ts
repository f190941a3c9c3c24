/**
 * Checkstyle XML, in the shape of eslint-formatter-checkstyle (read by Jenkins Warnings NG,
 * reviewdog `-f=checkstyle`, Danger, SonarQube's external-issues import and others):
 *
 *   <?xml version="1.0" encoding="utf-8"?>
 *   <checkstyle version="4.3">
 *   <file name="/abs/contracts/mobility.md">
 *   <error line="12" column="3" severity="error" message="The purpose is left open. (processing-limits)" source="clauselint.rules.processing-limits" />
 *   </file>
 *   </checkstyle>
 *
 * One `<file>` per linted file, clean ones included (as ESLint). Severity is error, warning
 * or info (all three are Checkstyle severities). DOCX and PDF: see positions.ts.
 */
import type { Reporter } from './types.js';
import { displayMessage, displayPosition } from './positions.js';
import { XML_DECLARATION, xmlAttribute } from './xml.js';

export const checkstyle: Reporter = (results) => {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    lines.push(`<file name="${xmlAttribute(result.filePath)}">`);
    for (const message of result.messages) {
      const { line, column } = displayPosition(message, result.format);
      const attributes = [
        `line="${line}"`,
        `column="${column}"`,
        `severity="${message.severity}"`,
        `message="${xmlAttribute(`${displayMessage(message, result.format)} (${message.ruleId})`)}"`,
        `source="${xmlAttribute(`clauselint.rules.${message.ruleId}`)}"`,
      ];
      lines.push(`<error ${attributes.join(' ')} />`);
    }
    lines.push('</file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
};
