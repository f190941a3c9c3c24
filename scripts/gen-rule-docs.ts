/**
 * Writes docs/rules/<rule-id>.md for every built-in rule, from the rule's metadata (the same
 * facts `clauselint --explain` prints), plus docs/rules/README.md as an index. SARIF `helpUri`
 * points at these files in the repository.
 *
 *   npm run build && node dist/scripts/gen-rule-docs.js           # write
 *   npm run build && node dist/scripts/gen-rule-docs.js --check   # exit 1 when a file is stale
 *
 * The model clause on each page is the rule's own suggestion, produced by linting an empty
 * agreement with only that rule on, so it uses neutral party names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinRules, createLinter, type RuleMeta } from '../src/index.js';
import { ruleDocsPath } from '../src/reporters/package-info.js';
import { ruleDocsMarkdown } from '../src/reporters/rule-docs.js';

/** Marks a file as generated (so stale ones may be removed). */
const GENERATED = '<!-- Generated from the rule';

/** The repository root: the folder whose package.json is clauselint's (works from scripts/ and dist/scripts/). */
export function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (manifest.name === 'clauselint') return dir;
    } catch {
      // keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the clauselint repository root');
    dir = parent;
  }
}

/** The model clause a rule suggests for an agreement that has none of its safeguard. */
async function modelClause(meta: RuleMeta): Promise<string | undefined> {
  const cwd = tmpdir();
  const linter = createLinter({ cwd, overrideConfig: { rules: { [meta.id]: 'error' } } });
  const text = '# Agreement\n\nThis Agreement is made between the parties named below.\n\n## 1. Term\n\n1.1 This Agreement runs for three years.\n';
  const result = await linter.lintText(text, path.join(cwd, 'clauselint-model-clause.md'));
  return result.messages.find((message) => message.ruleId === meta.id && message.suggestion)?.suggestion;
}

/** File name (relative to the repository root) → content, for every built-in rule and the index. */
export async function generateRuleDocs(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const metas = builtinRules.map((rule) => rule.meta).sort((a, b) => a.id.localeCompare(b.id));
  for (const meta of metas) {
    const clause = await modelClause(meta);
    files.set(
      ruleDocsPath(meta.id),
      ruleDocsMarkdown(meta, {
        ...(clause
          ? {
              modelClause: clause,
              modelClauseNote: 'Worded here with neutral party names; each finding carries it in the contract’s own party names.',
            }
          : {}),
      }),
    );
  }
  const index = [
    `${GENERATED}s' metadata by scripts/gen-rule-docs.ts. Do not edit. -->`,
    '',
    '# Built-in rules',
    '',
    '`clauselint --explain <rule>` prints the same documentation in a terminal.',
    '',
    '| rule | safeguard | type | default | recommended | what it does |',
    '| --- | --- | --- | --- | --- | --- |',
    ...metas.map((meta) =>
      [
        `[${meta.id}](${meta.id}.md)`,
        meta.safeguard ?? '',
        meta.type,
        meta.defaultSeverity,
        meta.recommended ? 'yes' : 'no',
        meta.description.replace(/\s+/g, ' ').replace(/\|/g, '\\|'),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
    '',
  ].join('\n');
  files.set('docs/rules/README.md', index);
  return files;
}

/** Generated files on disk that no rule produces any more. */
function staleFiles(root: string, wanted: Map<string, string>): string[] {
  const dir = path.join(root, 'docs/rules');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names
    .map((name) => `docs/rules/${name}`)
    .filter((file) => !wanted.has(file) && readFileSync(path.join(root, file), 'utf8').startsWith(GENERATED));
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const root = repositoryRoot();
  const files = await generateRuleDocs();
  const differing: string[] = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    if (current === content) continue;
    differing.push(file);
    if (!check) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    }
  }
  const stale = staleFiles(root, files);
  if (!check) for (const file of stale) await rm(path.join(root, file));

  if (check) {
    if (differing.length === 0 && stale.length === 0) {
      process.stdout.write(`docs/rules is up to date (${files.size} files).\n`);
      return 0;
    }
    process.stderr.write(
      `docs/rules is out of date: ${[...differing, ...stale.map((file) => `${file} (no such rule)`)].join(', ')}\n` +
        'Run `npm run build && node dist/scripts/gen-rule-docs.js`.\n',
    );
    return 1;
  }
  process.stdout.write(`Wrote ${differing.length} of ${files.size} files in docs/rules${stale.length ? `, removed ${stale.join(', ')}` : ''}.\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
