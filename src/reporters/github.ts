/**
 * GitHub Actions workflow commands, one annotation per finding:
 *
 *   ::error file=contracts/nda.md,line=12,col=3,endLine=12,endColumn=9,title=clauselint data-access-list (S1)::The contract …
 *
 * error → `::error`, warning → `::warning`, info → `::notice`. Data and properties are escaped
 * exactly as @actions/core's escapeData / escapeProperty do (`%`, `\r`, `\n`; properties also
 * `:` and `,`), so a title or message can never end the command early.
 *
 * Paths are relative to GITHUB_WORKSPACE (the repository root GitHub resolves `file=`
 * against), else to the working folder. A DOCX or PDF has no line GitHub could show, so its
 * annotations carry only `file=` and the message starts with the anchor ("¶ 17, clause 4.2: …").
 *
 * GitHub shows only 10 error and 10 warning annotations per step. Every finding is still
 * emitted (the raw log keeps them), followed by one plain summary line that gives the counts
 * and points to the job summary and the code-scanning (SARIF) results for the full list.
 *
 * Pure: the job summary Markdown comes from `jobSummary` (job-summary.ts); appending it to
 * $GITHUB_STEP_SUMMARY is the shell's job (CLI with `-f github`, or the Action).
 */
import path from 'node:path';
import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import type { RuleMeta } from '../engine/rule.js';
import { displayPosition, hasTextPositions } from './positions.js';
import { collapseSpaces, plural } from './text.js';
import type { Reporter, ReporterContext } from './types.js';

/** Annotations GitHub displays per step and level (errors, warnings). */
export const GITHUB_ANNOTATION_LIMIT = 10;

/** @actions/core escapeData: the message after `::`. */
export const escapeData = (value: string): string =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** @actions/core escapeProperty: a `key=value` property. */
export const escapeProperty = (value: string): string =>
  escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface GithubReporterOptions {
  /** Folder that `file=` paths are relative to. Default: $GITHUB_WORKSPACE, else context.cwd. */
  workspace?: string;
}

/** The repository-relative path GitHub expects (`/` separators); absolute when outside. */
export function workspacePath(filePath: string, workspace: string): string {
  const relative = path.relative(workspace, filePath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return filePath.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

export const annotationLevel = (severity: Diagnostic['severity']): AnnotationLevel =>
  severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';

/** The title: tool, rule and safeguard number ("clauselint data-access-list (S1)"). */
function annotationTitle(message: Diagnostic, meta: RuleMeta | undefined): string {
  const safeguard = meta?.safeguard ? ` (${meta.safeguard})` : '';
  return `clauselint ${message.ruleId}${safeguard}`;
}

/** The annotation body: anchor for DOCX/PDF, the message, then the quoted evidence on a new line. */
function annotationMessage(message: Diagnostic, format: string | null): string {
  const anchored = !message.fatal && !hasTextPositions(format) && message.anchor.label;
  const text = collapseSpaces(anchored ? `${message.anchor.label}: ${message.message}` : message.message) || message.ruleId;
  return message.evidence ? `${text}\nEvidence: “${collapseSpaces(message.evidence)}”` : text;
}

/** One workflow command for one finding. */
export function annotation(result: LintResult, message: Diagnostic, file: string, meta: RuleMeta | undefined): string {
  const properties: Array<[string, string | number]> = [['file', file]];
  if (message.fatal || hasTextPositions(result.format)) {
    const { line, column } = displayPosition(message, result.format);
    const endLine = Math.max(line, message.location.endLine);
    properties.push(['line', line], ['col', column], ['endLine', endLine]);
    // GitHub refuses col/endColumn on a multi-line range; its endColumn is inclusive, ours exclusive.
    if (endLine === line) properties.push(['endColumn', Math.max(column, message.location.endColumn - 1)]);
    else properties.splice(2, 1);
  }
  properties.push(['title', annotationTitle(message, meta)]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${annotationLevel(message.severity)} ${props}::${escapeData(annotationMessage(message, result.format))}`;
}

export interface AnnotationCounts {
  error: number;
  warning: number;
  notice: number;
  files: number;
}

export function countAnnotations(results: LintResult[]): AnnotationCounts {
  const counts: AnnotationCounts = { error: 0, warning: 0, notice: 0, files: 0 };
  for (const result of results) {
    if (result.messages.length > 0) counts.files += 1;
    for (const message of result.messages) counts[annotationLevel(message.severity)] += 1;
  }
  return counts;
}

/** The plain line after the annotations (not a workflow command, so it is never capped). */
export function summaryLine(results: LintResult[]): string {
  const counts = countAnnotations(results);
  const total = counts.error + counts.warning + counts.notice;
  if (total === 0) return `clauselint: no problems in ${plural(results.length, 'file')}.`;
  const head = `clauselint: ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}) in ${plural(counts.files, 'file')}.`;
  const capped = counts.error > GITHUB_ANNOTATION_LIMIT || counts.warning > GITHUB_ANNOTATION_LIMIT;
  return capped
    ? `${head} GitHub shows only the first ${GITHUB_ANNOTATION_LIMIT} errors and ${GITHUB_ANNOTATION_LIMIT} warnings of a step as annotations; all of them are in the job summary and in the code-scanning results (SARIF).`
    : `${head} Details: the job summary and the code-scanning results (SARIF).`;
}

export function createGithubReporter(options: GithubReporterOptions = {}): Reporter {
  return (results: LintResult[], context: ReporterContext): string => {
    const workspace = path.resolve(context.cwd, options.workspace ?? process.env.GITHUB_WORKSPACE ?? context.cwd);
    const lines: string[] = [];
    for (const result of results) {
      const file = workspacePath(result.filePath, workspace);
      for (const message of result.messages) {
        lines.push(annotation(result, message, file, context.rulesMeta.get(message.ruleId)));
      }
    }
    lines.push(summaryLine(results));
    return `${lines.join('\n')}\n`;
  };
}

/** `--format github`: paths relative to $GITHUB_WORKSPACE when set, else to the working folder. */
export const github: Reporter = (results, context) => createGithubReporter()(results, context);

export { jobSummary, type JobSummaryOptions } from './job-summary.js';
