/**
 * The GitHub job summary (GitHub-flavoured Markdown for $GITHUB_STEP_SUMMARY): a headline with
 * the counts, then per file a scorecard of the safeguards and the findings.
 *
 * Scorecard: one row per safeguard rule (meta.safeguard set) that ran on the file:
 *   ✅ sound   the rule reported nothing
 *   ⚠️ weak    the rule reported a clause that exists but is weakened (messageId weak-*, or any other)
 *   ❌ missing the rule reported messageId "missing": no clause at all
 * Which rules ran comes from `rulesRun` (the shell asks the linter's config for each file);
 * without it, the enabled-by-default (recommended) safeguard rules plus any safeguard rule that
 * reported are assumed.
 *
 * Findings: anchor (line, ¶, page), severity, rule, message, evidence. Table cells are escaped
 * (`|`, line breaks, `<`, `>`), and the whole summary is kept under GitHub's 1 MiB step limit.
 */
import path from 'node:path';
import { compareIds, type Diagnostic, type LintResult } from '../engine/diagnostic.js';
import type { RuleMeta } from '../engine/rule.js';
import { workspacePath } from './github.js';
import { collapseSpaces, clip, plural } from './text.js';
import type { ReporterContext } from './types.js';

/** GitHub rejects a step summary over 1 MiB; stay well below. */
export const SUMMARY_BYTE_BUDGET = 900 * 1024;

export interface JobSummaryOptions {
  /** Absolute file path → ids of the rules that ran on it. */
  rulesRun?: Map<string, readonly string[]>;
  /** Folder that file paths are shown relative to. Default: $GITHUB_WORKSPACE, else context.cwd. */
  workspace?: string;
  /** Heading text. Default "clauselint". */
  title?: string;
}

export type SafeguardStatus = 'sound' | 'weak' | 'missing';

export const STATUS_LABEL: Record<SafeguardStatus, string> = {
  sound: '✅ sound',
  weak: '⚠️ weak',
  missing: '❌ missing',
};

/** Escapes text for one cell of a GitHub Markdown table. */
export function tableCell(text: string): string {
  return collapseSpaces(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`');
}

export function safeguardStatus(ruleId: string, messages: readonly Diagnostic[]): SafeguardStatus {
  const own = messages.filter((message) => message.ruleId === ruleId);
  if (own.length === 0) return 'sound';
  return own.some((message) => message.messageId === 'missing') ? 'missing' : 'weak';
}

const safeguardOrder = (meta: RuleMeta): number => Number(/\d+/.exec(meta.safeguard ?? '')?.[0] ?? 999);

/** The safeguard rules of the scorecard for one file, in safeguard order. */
function scorecardRules(result: LintResult, rulesMeta: Map<string, RuleMeta>, rulesRun: readonly string[] | undefined): RuleMeta[] {
  const ids = new Set(
    rulesRun ?? [...rulesMeta.values()].filter((meta) => meta.recommended).map((meta) => meta.id),
  );
  for (const message of result.messages) ids.add(message.ruleId);
  return [...ids]
    .map((id) => rulesMeta.get(id))
    .filter((meta): meta is RuleMeta => meta !== undefined && Boolean(meta.safeguard))
    .sort((a, b) => safeguardOrder(a) - safeguardOrder(b) || compareIds(a.id, b.id));
}

function where(message: Diagnostic, format: string | null): string {
  if (message.fatal) return 'file';
  if (format === 'docx' || format === 'pdf') return message.anchor.label || 'file';
  return message.anchor.label || `l. ${message.location.line}`;
}

const SEVERITY_ICON = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

function fileSection(result: LintResult, context: ReporterContext, options: JobSummaryOptions, workspace: string): string[] {
  const file = workspacePath(result.filePath, workspace);
  const lines = [`### \`${file.replace(/`/g, "'")}\``, ''];
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) {
    lines.push(`❌ Could not be linted: ${tableCell(fatal.message)}`, '');
    return lines;
  }

  const rules = scorecardRules(result, context.rulesMeta, options.rulesRun?.get(result.filePath));
  if (rules.length > 0) {
    lines.push('| Safeguard | Rule | Status |', '| --- | --- | --- |');
    for (const meta of rules) {
      lines.push(`| ${tableCell(meta.safeguard!)} | \`${meta.id}\` | ${STATUS_LABEL[safeguardStatus(meta.id, result.messages)]} |`);
    }
    lines.push('');
  }

  if (result.messages.length === 0) {
    lines.push('No findings.', '');
    return lines;
  }
  lines.push(`**Findings** (${plural(result.messages.length, 'finding')})`, '');
  lines.push('| Where | Severity | Rule | Message | Evidence |', '| --- | --- | --- | --- | --- |');
  for (const message of result.messages) {
    const rule = message.url ? `[\`${message.ruleId}\`](${message.url})` : `\`${message.ruleId}\``;
    const evidence = message.evidence ? `“${tableCell(clip(collapseSpaces(message.evidence), 300))}”` : '';
    lines.push(
      `| ${tableCell(where(message, result.format))} | ${SEVERITY_ICON[message.severity]} | ${rule} | ${tableCell(message.message)} | ${evidence} |`,
    );
  }
  lines.push('');
  return lines;
}

/** The job summary Markdown for `results` (append it to $GITHUB_STEP_SUMMARY). */
export function jobSummary(results: LintResult[], context: ReporterContext, options: JobSummaryOptions = {}): string {
  const workspace = path.resolve(context.cwd, options.workspace ?? process.env.GITHUB_WORKSPACE ?? context.cwd);
  const count = (pick: (result: LintResult) => number): number => results.reduce((sum, result) => sum + pick(result), 0);
  const errors = count((result) => result.errorCount);
  const warnings = count((result) => result.warningCount);
  const infos = count((result) => result.infoCount);
  const total = errors + warnings + infos;

  const head = [
    `## ${options.title ?? 'clauselint'}`,
    '',
    total === 0
      ? `✅ No problems in ${plural(results.length, 'file')}.`
      : `**${plural(total, 'problem')}** (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(results.length, 'file')} linted.`,
    '',
  ].join('\n');

  let text = `${head}\n`;
  let omitted = 0;
  for (const result of results) {
    const section = `${fileSection(result, context, options, workspace).join('\n')}\n`;
    if (Buffer.byteLength(text) + Buffer.byteLength(section) > SUMMARY_BYTE_BUDGET) {
      omitted += 1;
      continue;
    }
    text += section;
  }
  if (omitted > 0) {
    text += `_${plural(omitted, 'more file')} left out to stay under GitHub's 1 MiB summary limit; see the SARIF results._\n`;
  }
  return text;
}
