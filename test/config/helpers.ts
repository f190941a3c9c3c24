/** Temp-directory projects and tiny rules for the config tests. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createConfigLoader } from '../../src/config/loader.js';
import type { ConfigLoaderOptions, ConfigObject, FileConfig } from '../../src/config/types.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';

const roots: string[] = [];

/** Write `files` (strings verbatim, anything else as JSON) under a fresh temp folder. */
export function project(files: Record<string, unknown>): string {
  // realpath: on some systems tmpdir is a symlink, and paths in results are resolved.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'clauselint-config-')));
  roots.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, unknown>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

export function removeProjects(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export function testRule(id: string, extra: Partial<Rule['meta']> = {}): Rule {
  return defineRule({
    meta: {
      id,
      type: 'safeguard',
      description: `Require ${id}.`,
      rationale: 'Test rule.',
      sources: ['Test'],
      recommended: false,
      defaultSeverity: 'error',
      messages: { missing: `${id} is missing.` },
      docs: '',
      examples: { valid: [], invalid: [] },
      ...extra,
    },
    create: () => ({}),
  });
}

/** The four recommended ids, one with an options schema, plus one rule no preset names. */
export const builtinRules: Rule[] = [
  testRule('data-access-list'),
  testRule('processing-limits', {
    schema: {
      type: 'object',
      properties: {
        minTerms: { type: 'integer', minimum: 1 },
        mode: { enum: ['strict', 'lenient'] },
        carveOuts: { type: 'object', properties: { allowLaw: { type: 'boolean' } }, additionalProperties: false },
      },
      additionalProperties: false,
    },
    defaultOptions: { minTerms: 2, mode: 'strict', carveOuts: { allowLaw: true } },
  }),
  testRule('impact-assessment'),
  testRule('transparency'),
  testRule('defined-terms', { type: 'drafting' }),
];

export function loader(cwd: string, options: Partial<ConfigLoaderOptions> = {}) {
  return createConfigLoader({ cwd, builtinRules, ...options });
}

/** `{ruleId: severity}` of the enabled rules, for compact assertions. */
export function enabled(config: FileConfig): Record<string, string> {
  return Object.fromEntries(config.rules.map(({ rule, severity }) => [rule.meta.id, severity]));
}

export function optionsOf(config: FileConfig, id: string): Record<string, unknown> | undefined {
  return config.rules.find(({ rule }) => rule.meta.id === id)?.options;
}

export type { ConfigObject };
