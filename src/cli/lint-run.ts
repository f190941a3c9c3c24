/**
 * The lint part of a CLI run: discover files (or read stdin), apply ignores, lint each file
 * through the public API. A file that cannot be read or parsed comes back as a result with a
 * fatal diagnostic; only config errors abort the run.
 */
import path from 'node:path';
import type { Linter, LintResult } from '../index.js';
import { discoverFiles, DiscoveryError, type DiscoveredFile } from '../io/discover.js';
import { DEFAULT_IGNORE_FILE, loadIgnoreFile, type IgnoreFilter } from '../io/ignore-file.js';
import { stdinNameFor } from '../parsers/detect.js';
import { ignoredFileResult } from './ignored-result.js';

/** Files linted at once: parsing is mostly CPU-bound, reading is not. */
const CONCURRENCY = 8;

export interface LintRunOptions {
  cwd: string;
  patterns: readonly string[];
  /** False for --no-ignore: neither the ignore file nor config `ignores` apply. */
  ignore: boolean;
  ignorePath?: string;
}

export async function lintFiles(linter: Linter, options: LintRunOptions): Promise<LintResult[]> {
  const { cwd } = options;
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const isIgnored = options.ignore ? await loadIgnoreFile(ignoreFileOptions(options)) : undefined;
  const files = await discoverFiles({ cwd, patterns, ...(isIgnored ? { isIgnored } : {}) });
  const ignoreFileName = options.ignorePath ?? DEFAULT_IGNORE_FILE;

  const lintOne = async (file: DiscoveredFile): Promise<LintResult | undefined> => {
    if (file.ignoredByIgnoreFile) return ignoredFileResult(file.filePath, `File ignored by ${ignoreFileName}`);
    if (options.ignore && (await linter.configFor(file.filePath)).ignored) {
      return file.explicit ? ignoredFileResult(file.filePath, 'File ignored by configuration') : undefined;
    }
    return linter.lintFile(file.filePath);
  };
  const results = (await mapInOrder(files, CONCURRENCY, lintOne)).filter((result) => result !== undefined);
  if (results.length === 0) {
    throw new DiscoveryError(`All files matched by ${patterns.map((pattern) => `"${pattern}"`).join(', ')} are ignored.`);
  }
  return results;
}

export interface StdinRunOptions {
  cwd: string;
  /** Without it, the name follows the content: stdin.docx, stdin.pdf or stdin.md. */
  stdinFilename?: string;
  ignore: boolean;
  ignorePath?: string;
}

/** Lints stdin as if it were the file `stdinFilename` (which picks the format and config). */
export async function lintStdin(linter: Linter, bytes: Uint8Array, options: StdinRunOptions): Promise<LintResult> {
  const filePath = path.resolve(options.cwd, options.stdinFilename ?? stdinNameFor(bytes));
  if (options.ignore) {
    const isIgnored: IgnoreFilter = await loadIgnoreFile(ignoreFileOptions(options));
    if (isIgnored(filePath)) {
      return ignoredFileResult(filePath, `File ignored by ${options.ignorePath ?? DEFAULT_IGNORE_FILE}`);
    }
    if ((await linter.configFor(filePath)).ignored) return ignoredFileResult(filePath, 'File ignored by configuration');
  }
  return linter.lintText(bytes, filePath);
}

const ignoreFileOptions = (options: { cwd: string; ignorePath?: string }) => ({
  cwd: options.cwd,
  ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
});

/** Like Promise.all over `items.map(task)`, with at most `limit` tasks running. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
