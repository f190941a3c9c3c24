/**
 * The public API. Shells (CLI, watch mode, GitHub Action) and programmatic users call these;
 * they read files and config, then hand bytes and resolved rules to the pure engine.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import { createConfigLoader } from './config/loader.js';
import type { ConfigObject, FileConfig } from './config/types.js';
import type { LintResult } from './engine/diagnostic.js';
import { fatalResult, lintBytes } from './engine/lint-bytes.js';
import type { Rule, RuleMeta } from './engine/rule.js';

export type * from './engine/diagnostic.js';
export type * from './engine/rule.js';
export type * from './config/types.js';
export type * from './tree/types.js';
export { ConfigError } from './config/types.js';
export { defineRule } from './engine/rule.js';
export { lintTree } from './engine/linter.js';
export { builtinRules };

/** Files larger than this are refused before reading (override with `maxFileBytes`). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface LinterOptions {
  /** Folder that relative paths and config globs start from. Default: process.cwd(). */
  cwd?: string;
  /** Use this config file instead of discovering one per file. */
  configFile?: string;
  /** Applied over every discovered config (the CLI's `--rule`). */
  overrideConfig?: ConfigObject;
  maxFileBytes?: number;
  /**
   * Keep the pdf.js worker warm between PDFs (a long-lived process: watch mode, an editor
   * integration); the CLI's one-shot runs end it after each PDF to keep peak memory down.
   */
  keepPdfWorker?: boolean;
}

export interface Linter {
  /** Lint one file on disk. Never throws for a bad file: the result carries a fatal diagnostic. */
  lintFile(filePath: string): Promise<LintResult>;
  /** Lint text or bytes as if it were the file `filePath` (for stdin and editors). */
  lintText(input: string | Uint8Array, filePath: string): Promise<LintResult>;
  /** The config that applies to a file. Throws ConfigError. */
  configFor(filePath: string): Promise<FileConfig>;
  /** Metadata of every rule known so far (built-in and loaded plugins), for reporters. */
  rulesMeta(): Map<string, RuleMeta>;
}

export function createLinter(options: LinterOptions = {}): Linter {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const loader = createConfigLoader({
    cwd,
    builtinRules,
    ...(options.configFile ? { configFile: path.resolve(cwd, options.configFile) } : {}),
    ...(options.overrideConfig ? { overrideConfig: options.overrideConfig } : {}),
  });
  const seenRules = new Map<string, RuleMeta>(builtinRules.map((rule) => [rule.meta.id, rule.meta]));

  const configFor = async (filePath: string): Promise<FileConfig> => {
    const config = await loader.forFile(path.resolve(cwd, filePath));
    for (const { rule } of config.rules) seenRules.set(rule.meta.id, (rule as Rule).meta);
    return config;
  };

  const lintWithConfig = async (bytes: Uint8Array, filePath: string): Promise<LintResult> => {
    const config = await configFor(filePath);
    return lintBytes(bytes, {
      filePath,
      rules: config.rules,
      knownRuleIds: new Set(Object.keys(config.settings)),
      ...(options.keepPdfWorker ? { parserOptions: { keepPdfWorker: true } } : {}),
    });
  };

  return {
    async lintFile(file) {
      const filePath = path.resolve(cwd, file);
      const bytes = await readBytes(filePath, maxFileBytes);
      if (!(bytes instanceof Uint8Array)) return fatalResult(filePath, null, bytes);
      return lintWithConfig(bytes, filePath);
    },
    async lintText(input, file) {
      const filePath = path.resolve(cwd, file);
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      // The same limit as for files, so `--stdin` cannot be used to feed an oversized document.
      if (bytes.length > maxFileBytes) return fatalResult(filePath, null, tooLarge('input', bytes.length, maxFileBytes));
      return lintWithConfig(bytes, filePath);
    },
    configFor,
    rulesMeta: () => seenRules,
  };
}

/** Read a file, refusing what is not a regular file or is over the size limit. */
async function readBytes(
  filePath: string,
  maxFileBytes: number,
): Promise<Uint8Array | { code: string; message: string }> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { code: 'not-a-file', message: 'not a regular file' };
    if (info.size > maxFileBytes) return tooLarge('file', info.size, maxFileBytes);
    return new Uint8Array(await readFile(filePath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const cause =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { code: 'unreadable', message: `cannot read the file: ${cause}` };
  }
}

const tooLarge = (what: 'file' | 'input', size: number, maxFileBytes: number): { code: string; message: string } => ({
  code: 'too-large',
  message: `${what} is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit (--max-file-size)`,
});

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
