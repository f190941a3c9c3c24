/**
 * Shell side of the GitHub job summary: ask the linter which rules ran on each file, build the
 * Markdown (reporters/job-summary.ts) and append it to $GITHUB_STEP_SUMMARY. Used by the Action
 * and by the CLI with `--format github`.
 */
import { appendFile } from 'node:fs/promises';
import type { Linter, LintResult } from '../index.js';
import { jobSummary } from '../reporters/job-summary.js';

/** File path → ids of the rules enabled for it (empty for a file whose config fails). */
export async function rulesRunFor(linter: Linter, results: LintResult[]): Promise<Map<string, string[]>> {
  const rulesRun = new Map<string, string[]>();
  for (const result of results) {
    try {
      rulesRun.set(result.filePath, (await linter.configFor(result.filePath)).rules.map(({ rule }) => rule.meta.id));
    } catch {
      rulesRun.set(result.filePath, []);
    }
  }
  return rulesRun;
}

/** Appends the job summary when GITHUB_STEP_SUMMARY is set; returns the file written, if any. */
export async function appendStepSummary(
  results: LintResult[],
  linter: Linter,
  options: { cwd: string; env: Record<string, string | undefined> },
): Promise<string | undefined> {
  const file = options.env.GITHUB_STEP_SUMMARY;
  if (!file) return undefined;
  const markdown = jobSummary(
    results,
    { cwd: options.cwd, rulesMeta: linter.rulesMeta(), color: false },
    { rulesRun: await rulesRunFor(linter, results), ...(options.env.GITHUB_WORKSPACE ? { workspace: options.env.GITHUB_WORKSPACE } : {}) },
  );
  await appendFile(file, `${markdown}\n`);
  return file;
}
