/**
 * `npm run eval [corpusDir] [--json]`: lint every labelled document of the corpus and compare
 * each safeguard rule's verdict with the human labels. A report, never a gate: exit 0 whatever
 * the numbers; exit 2 only when the corpus (or its labels folder) cannot be read.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, createLinter, type Rule } from '../src/index.js';
import { formatReport } from './eval/format-report.js';
import { finish } from './finish.js';
import { describeRevision } from './revision.js';
import { loadLabels, SAFEGUARD_RULES, type Label } from './eval/labels.js';
import { outcomeOf } from './eval/outcome.js';
import { buildReport, type FileRun, type RunOutcome } from './eval/score.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const USAGE = 'usage: npm run eval -- [corpusDir] [--json]';

async function main(argv: readonly string[]): Promise<{ output: string; exitCode: number }> {
  const json = argv.includes('--json');
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown.length > 0 || positional.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return { output: '', exitCode: 2 };
  }
  const corpusDir = positional[0] ? path.resolve(positional[0]) : DEFAULT_CORPUS;

  let loaded;
  try {
    if (!(await stat(corpusDir)).isDirectory()) throw new Error('not a folder');
    loaded = await loadLabels(corpusDir);
  } catch (error) {
    process.stderr.write(
      `clauselint eval: cannot read the corpus at ${corpusDir} (${describe(error)}).\n` +
        `It must be a folder with a labels/ subfolder of <name>.json files (see labels/README.md).\n${USAGE}\n`,
    );
    return { output: '', exitCode: 2 };
  }

  const safeguardRuleIds: readonly string[] = Object.values(SAFEGUARD_RULES);
  const implemented = new Set<string>(
    builtinRules.map((rule: Rule) => rule.meta.id).filter((id: string) => safeguardRuleIds.includes(id)),
  );
  const linter = createLinter({
    cwd: corpusDir,
    // Evaluate every implemented safeguard rule whatever a discovered config says.
    overrideConfig: { rules: Object.fromEntries([...implemented].map((id) => [id, 'warn' as const])) },
  });

  const runs: FileRun[] = [];
  for (const label of loaded.labels) runs.push({ label, outcome: await lintLabelled(linter, corpusDir, label) });

  const report = buildReport(runs, implemented);
  const date = new Date().toISOString().slice(0, 10);
  const revision = describeRevision(REPO_ROOT);
  if (json) {
    const output = { corpusDir, date, revision, node: process.version, labelProblems: loaded.problems, ...report };
    return { output: `${JSON.stringify(output, null, 2)}\n`, exitCode: 0 };
  }
  return { output: formatReport(report, { corpusDir, date, revision, node: process.version, labelProblems: loaded.problems }), exitCode: 0 };
}

async function lintLabelled(
  linter: ReturnType<typeof createLinter>,
  corpusDir: string,
  label: Label,
): Promise<RunOutcome> {
  const filePath = path.join(corpusDir, label.file);
  try {
    await stat(filePath);
  } catch {
    return { status: 'error', reason: `labelled in labels/${label.name}.json but not found in the corpus` };
  }
  try {
    return outcomeOf(await linter.lintFile(filePath));
  } catch (error) {
    return { status: 'error', reason: `the linter threw: ${describe(error)}` };
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const { output, exitCode } = await main(process.argv.slice(2));
await finish(output, exitCode);
