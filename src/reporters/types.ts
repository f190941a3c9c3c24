import type { LintResult } from '../engine/diagnostic.js';
import type { RuleMeta } from '../engine/rule.js';

export interface ReporterContext {
  /** The folder the run started in. */
  cwd: string;
  /** Metadata of every rule that may appear in the results (built-in and plugin rules). */
  rulesMeta: Map<string, RuleMeta>;
  /** Emit ANSI colours. */
  color: boolean;
  /** Human formats may add fix guidance (stylish's "How to fix" section). Default true. */
  hints?: boolean;
}

/** A reporter is pure: results in, the full report text out. */
export type Reporter = (results: LintResult[], context: ReporterContext) => string;
