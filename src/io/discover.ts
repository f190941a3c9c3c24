/**
 * Command-line paths, folders and globs → the files to lint.
 *
 * - A file named explicitly is always linted, whatever its extension (the linter reports a
 *   type it cannot read as a per-file fatal error).
 * - A folder is walked, and a glob expanded, collecting only document files (see
 *   extensions.ts); `node_modules`, `.git`, hidden entries and what the ignore file says are
 *   skipped.
 * - A pattern that yields nothing is an error, as in ESLint.
 * - A file reached through several paths (symbolic links) is linted once.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DiscoveryError } from './errors.js';
import { isDocumentFile } from './extensions.js';
import type { IgnoreFilter } from './ignore-file.js';

export { DiscoveryError } from './errors.js';

/** Never walked into, even without an ignore file. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  patterns: readonly string[];
  /** From `loadIgnoreFile`; omit for `--no-ignore`. */
  isIgnored?: IgnoreFilter;
}

export interface DiscoveredFile {
  /** Absolute path. */
  filePath: string;
  /** Named on the command line (not found by a walk or glob). */
  explicit: boolean;
  /**
   * An explicit file the ignore file excludes: the caller reports a warning instead of
   * linting it (as ESLint does), so the user learns why nothing was checked.
   */
  ignoredByIgnoreFile: boolean;
}

/**
 * Sorted by path, without duplicates. Throws DiscoveryError for a pattern that yields nothing.
 *
 * Walks follow symbolic links to folders, but a file reached by several paths (a linked folder
 * inside the tree, a link back up) is linted once: by the path named on the command line, else
 * its own path, else the shortest.
 */
export async function discoverFiles({ cwd, patterns, isIgnored = () => false }: DiscoverOptions): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  for (const pattern of patterns) {
    for (const file of await expandPattern(pattern, cwd, isIgnored)) {
      const seen = found.get(file.filePath);
      if (!seen || (file.explicit && !seen.explicit)) found.set(file.filePath, file);
    }
  }
  const files = [...found.values()].sort((a, b) => compareStrings(a.filePath, b.filePath));
  return onePathPerFile(files);
}

async function onePathPerFile(files: DiscoveredFile[]): Promise<DiscoveredFile[]> {
  const targets = await Promise.all(files.map((file) => realpath(file.filePath).catch(() => file.filePath)));
  const named = new Set(targets.filter((_, i) => files[i]!.explicit));
  const kept: DiscoveredFile[] = [];
  const byTarget = new Map<string, DiscoveredFile>();
  files.forEach((file, i) => {
    const target = targets[i]!;
    if (file.explicit) kept.push(file);
    else if (!named.has(target)) {
      const best = byTarget.get(target);
      if (!best || rank(file, target) < rank(best, target)) byTarget.set(target, file);
    }
  });
  kept.push(...byTarget.values());
  return kept.sort((a, b) => compareStrings(a.filePath, b.filePath));
}

/** Lower is better: the file's own path, then shorter paths. */
const rank = (file: DiscoveredFile, target: string): number => (file.filePath === target ? 0 : 1 + file.filePath.length);

async function expandPattern(pattern: string, cwd: string, isIgnored: IgnoreFilter): Promise<DiscoveredFile[]> {
  const absolute = path.resolve(cwd, pattern);
  const kind = await pathKind(absolute);

  if (kind === 'file') {
    return [{ filePath: absolute, explicit: true, ignoredByIgnoreFile: isIgnored(absolute) }];
  }

  let candidates: string[];
  if (kind === 'directory') {
    candidates = await glob('**/*', { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_SKIPPED });
  } else if (isDynamicPattern(pattern)) {
    candidates = await glob(toGlobPattern(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED });
  } else {
    throw noMatch(pattern);
  }

  const documents = candidates.map((file) => path.resolve(file)).filter(isDocumentFile);
  if (documents.length === 0) throw noMatch(pattern);
  const kept = documents.filter((file) => !isIgnored(file));
  if (kept.length === 0) throw new DiscoveryError(`All files matched by "${pattern}" are ignored.`);
  return kept.map((filePath) => ({ filePath, explicit: false, ignoredByIgnoreFile: false }));
}

const noMatch = (pattern: string): DiscoveryError =>
  new DiscoveryError(`No files matching the pattern "${pattern}" were found.`);

async function pathKind(absolute: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(absolute);
    // Sockets and devices count as files: the linter then reports "not a regular file".
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Globs use forward slashes, even on Windows. */
const toGlobPattern = (pattern: string): string => (path.sep === '\\' ? pattern.replaceAll('\\', '/') : pattern);

/** Code-point order, so the file order is the same on every machine and locale. */
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
