/**
 * Reporter registry: built-in names, or a path to a module whose default export is a
 * reporter (ESLint's custom formatters work the same way).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';
import type { LintResult } from '../engine/diagnostic.js';
import type { ReporterContext } from './types.js';

export type { Reporter, ReporterContext } from './types.js';
export { stylish } from './stylish.js';
export { json } from './json.js';
export { sarif } from './sarif.js';
export { compact } from './compact.js';
export { unix } from './unix.js';
export { junit } from './junit.js';
export { checkstyle } from './checkstyle.js';
export { github, jobSummary } from './github.js';

/** A loaded reporter; a custom one may be async. */
export type LoadedReporter = (results: LintResult[], context: ReporterContext) => string | Promise<string>;

export const builtinReporters = { stylish, json, sarif, compact, unix, junit, checkstyle, github } as const;

export class ReporterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReporterError';
  }
}

/** Looks like a path rather than a format name. */
const isModulePath = (name: string): boolean => /[/\\]/.test(name) || /\.[cm]?js$/.test(name);

/** `cwd` resolves a formatter path. Throws ReporterError for an unknown name or a bad module. */
export async function getReporter(name: string, cwd: string): Promise<LoadedReporter> {
  if (Object.hasOwn(builtinReporters, name)) return builtinReporters[name as keyof typeof builtinReporters];
  if (!isModulePath(name)) {
    const known = Object.keys(builtinReporters).join(', ');
    throw new ReporterError(`unknown format "${name}" (built-in: ${known}; or a path to a formatter module such as ./my-formatter.js)`);
  }
  const file = path.resolve(cwd, name);
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ReporterError(`cannot load the formatter "${name}": ${(error as Error).message}`);
  }
  if (typeof loaded.default !== 'function') {
    throw new ReporterError(`the formatter "${name}" must default-export a function (results, context) => string`);
  }
  return loaded.default as LoadedReporter;
}
