/**
 * The fixture-expectation harness shared by rule tests.
 *
 * A Markdown fixture carries its expectations inline:
 *
 *   <!-- expect: processing-limits/weak-open-purpose -->   a finding that starts on the next
 *                                                          line that is not itself a marker
 *   <!-- expect: rule/a, rule/b -->                        two findings starting on that line
 *   <!-- expect-file: data-access-list/missing -->         a document-level finding, any line
 *
 * `checkFixture` lints the fixture with the Markdown parser and `lintTree` with only the given
 * rule enabled, and compares both ways: every expected finding appears at its line, and no other
 * finding appears.
 */
import { readFile } from 'node:fs/promises';
import { lintTree } from '../../src/engine/linter.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { Rule } from '../../src/engine/rule.js';
import { markdownParser } from '../../src/parsers/markdown.js';

export interface Expectation {
  ruleId: string;
  messageId: string;
  /** 1-based line where the finding must start; undefined for `expect-file`. */
  line: number | undefined;
  /** Line of the marker, for messages. */
  markerLine: number;
}

export interface FixtureResult {
  expected: Expectation[];
  actual: Diagnostic[];
  /** Expected findings that did not appear, as "rule/messageId at line N (marker l. M)". */
  missing: string[];
  /** Findings no marker expects, as "rule/messageId at line N: evidence". */
  unexpected: string[];
}

const MARKER = /<!--\s*expect(-file)?:\s*([^>]*?)\s*-->/g;
const MARKER_LINE = /^\s*(?:<!--\s*expect(?:-file)?:[^>]*-->\s*)+$/;

/** The expectations written in a fixture's text. */
export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expectations: Expectation[] = [];
  lines.forEach((content, index) => {
    for (const match of content.matchAll(MARKER)) {
      const fileLevel = match[1] !== undefined;
      let target: number | undefined;
      if (!fileLevel) {
        let next = index + 1;
        while (next < lines.length && MARKER_LINE.test(lines[next]!)) next++;
        target = next + 1;
      }
      for (const item of match[2]!.split(/[\s,]+/).filter(Boolean)) {
        const slash = item.indexOf('/');
        if (slash <= 0) throw new Error(`line ${index + 1}: marker "${item}" is not "rule-id/messageId"`);
        expectations.push({
          ruleId: item.slice(0, slash),
          messageId: item.slice(slash + 1),
          line: target,
          markerLine: index + 1,
        });
      }
    }
  });
  return expectations;
}

/** Lint `text` (as Markdown at `filePath`) with `rule` alone. */
export async function lintWith(rule: Rule<any>, text: string, filePath = 'fixture.md'): Promise<Diagnostic[]> {
  const parsed = await markdownParser.parse(new TextEncoder().encode(text), filePath);
  if (!parsed.ok) throw new Error(`${filePath}: cannot parse: ${parsed.error.message}`);
  return lintTree(parsed.tree, { filePath, rules: [{ rule, severity: rule.meta.defaultSeverity, options: {} }] });
}

/** Compare a fixture's markers with what `rule` reports on it. */
export function compare(expected: Expectation[], actual: Diagnostic[]): FixtureResult {
  const left = [...actual];
  const missing: string[] = [];
  // Line-bound expectations first, so a file-level one cannot take a finding a line marker needs.
  const ordered = [...expected].sort((a, b) => Number(a.line === undefined) - Number(b.line === undefined));
  for (const expectation of ordered) {
    const index = left.findIndex(
      (diagnostic) =>
        diagnostic.ruleId === expectation.ruleId &&
        diagnostic.messageId === expectation.messageId &&
        (expectation.line === undefined || diagnostic.location.line === expectation.line),
    );
    if (index >= 0) left.splice(index, 1);
    else {
      const where = expectation.line === undefined ? 'anywhere' : `at line ${expectation.line}`;
      const near = actual
        .filter((diagnostic) => diagnostic.ruleId === expectation.ruleId && diagnostic.messageId === expectation.messageId)
        .map((diagnostic) => diagnostic.location.line);
      const hint = near.length > 0 ? ` (reported at line ${near.join(', ')})` : '';
      missing.push(`${expectation.ruleId}/${expectation.messageId} ${where} (marker l. ${expectation.markerLine})${hint}`);
    }
  }
  const unexpected = left.map(
    (diagnostic) =>
      `${diagnostic.ruleId}/${diagnostic.messageId} at line ${diagnostic.location.line}: ${diagnostic.evidence ?? diagnostic.message}`,
  );
  return { expected, actual, missing, unexpected };
}

/** Read a fixture file, lint it with `rule` alone and compare it with its markers. */
export async function checkFixture(rule: Rule<any>, filePath: string): Promise<FixtureResult> {
  const text = await readFile(filePath, 'utf8');
  const expected = readExpectations(text);
  for (const expectation of expected) {
    if (expectation.ruleId !== rule.meta.id) {
      throw new Error(
        `${filePath}:${expectation.markerLine}: marker names "${expectation.ruleId}", but this fixture is linted with "${rule.meta.id}" only`,
      );
    }
  }
  return compare(expected, await lintWith(rule, text, filePath));
}
