/**
 * The "How to fix" section after the stylish summary: for each distinct rule and messageId
 * that fired, why it matters, the sources, the evidence count and the model clause (each said
 * once per rule: a later messageId of the same rule refers back to them).
 *
 * It sits outside the file groups because VS Code's `$eslint-stylish` matcher stops at the
 * first line that is not a problem line. Every line here is built so that neither of the
 * matcher's regexes accepts it (guardLine double-checks), so the section can never be
 * mistaken for a file or a problem.
 */
import { compareIds, type Diagnostic, type LintResult } from '../engine/diagnostic.js';
import type { RuleMeta } from '../engine/rule.js';
import type { Colors } from './colors.js';
import { clip, collapseSpaces, firstSentence, plural, wrap } from './text.js';

/** VS Code's `$eslint-stylish` regexes (problemMatcher.ts), used only to guard our own lines. */
const MATCHER_FILE_LINE = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
const MATCHER_PROBLEM_LINE = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;

const CLAUSE_WIDTH = 76;
const TEXT_WIDTH = 92;
const EVIDENCE_WIDTH = 100;

interface Group {
  ruleId: string;
  messageId: string;
  meta: RuleMeta;
  first: Diagnostic;
  findings: number;
  withEvidence: number;
  files: Set<string>;
}

export function howToFixSection(results: LintResult[], rulesMeta: Map<string, RuleMeta>, colors: Colors): string[] {
  const groups = collectGroups(results, rulesMeta);
  if (groups.length === 0) return [];
  const lines: string[] = [colors.bold('How to fix')];
  groups.forEach((group, index) => {
    // A rule's why and sources are the same for each of its messageIds: say them once.
    const previous = index > 0 ? groups[index - 1] : undefined;
    const sameRuleAsBefore = previous?.ruleId === group.ruleId;
    const sameClauseAsBefore = sameRuleAsBefore && previous?.first.suggestion === group.first.suggestion;
    lines.push(...groupLines(group, colors, !sameRuleAsBefore, !sameClauseAsBefore), '');
  });
  lines.pop();
  return lines.map(guardLine);
}

function collectGroups(results: LintResult[], rulesMeta: Map<string, RuleMeta>): Group[] {
  const groups = new Map<string, Group>();
  for (const result of results) {
    for (const message of result.messages) {
      const meta = rulesMeta.get(message.ruleId);
      // Fatal errors and engine notices (parse-error, directive problems) have no rule docs.
      if (message.fatal || !meta) continue;
      const key = `${message.ruleId}\u0000${message.messageId}`;
      let group = groups.get(key);
      if (!group) {
        group = { ruleId: message.ruleId, messageId: message.messageId, meta, first: message, findings: 0, withEvidence: 0, files: new Set() };
        groups.set(key, group);
      }
      group.findings += 1;
      if (message.evidence) group.withEvidence += 1;
      group.files.add(result.filePath);
    }
  }
  return [...groups.values()].sort(
    (a, b) => compareIds(a.ruleId, b.ruleId) || compareIds(a.messageId, b.messageId),
  );
}

function groupLines(group: Group, colors: Colors, withWhy: boolean, withClause: boolean): string[] {
  const { meta, first } = group;
  const lines = [
    `  • ${colors.bold(group.ruleId)} (${group.messageId}): ${plural(group.findings, 'finding')} in ${plural(group.files.size, 'file')}`,
  ];
  if (withWhy) {
    const why = firstSentence(meta.rationale || meta.description);
    if (why) lines.push(...labelled('Why', why));
    const sources = first.sources.length > 0 ? first.sources : meta.sources;
    if (sources.length > 0) lines.push(...labelled('Sources', collapseSpaces(sources.join('; '))));
  }
  lines.push(`    Evidence: ${evidenceLine(group)}`);
  if (first.suggestion && !withClause) {
    lines.push('    Model clause: as above.');
  } else if (first.suggestion) {
    lines.push('    Model clause:');
    for (const line of wrap(first.suggestion, CLAUSE_WIDTH)) lines.push(`      │ ${line}`.trimEnd());
  }
  lines.push(colors.dim(`    Run \`clauselint --explain ${group.ruleId}\` for details.`));
  return lines;
}

/** `    Label: text`, wrapped with a hanging indent. */
function labelled(label: string, text: string): string[] {
  const prefix = `    ${label}: `;
  return wrap(text, TEXT_WIDTH - prefix.length).map((line, index) =>
    index === 0 ? prefix + line : ' '.repeat(prefix.length) + line,
  );
}

function evidenceLine(group: Group): string {
  if (group.withEvidence === 0) return 'none quoted';
  const example = clip(collapseSpaces(group.first.evidence ?? ''), EVIDENCE_WIDTH);
  const count = `quoted in ${group.withEvidence} of ${plural(group.findings, 'finding')}`;
  return example ? `${count}, e.g. "${example}"` : count;
}

/** Belt and braces: a line either regex accepts gets a harmless prefix. */
function guardLine(line: string): string {
  const bare = line.replace(/\u001b\[\d+m/g, '');
  return MATCHER_FILE_LINE.test(bare) || MATCHER_PROBLEM_LINE.test(bare) ? `› ${line}` : line;
}
