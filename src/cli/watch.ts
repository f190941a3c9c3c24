/**
 * `--watch`: lint the given paths, then lint again whenever a contract changes, printing on
 * every round the complete current findings (all files, stylish) between two fixed lines:
 *
 *   clauselint: lint started
 *   /abs/contracts/nda.md
 *     12:3  error  …  data-access-list
 *
 *   ✖ 1 problem (1 error, 0 warnings, 0 infos)
 *   clauselint: lint finished: 1 problem
 *
 * A VS Code background task reads these with `background.beginsPattern` / `endsPattern` (the
 * begin line resets the Problems panel; see vscode.ts). Folders are watched, not files, so an
 * editor that saves by writing a temp file and renaming it over the contract is seen too; events
 * are debounced (~150 ms) and only the files that changed are parsed again. A change to a config
 * or ignore file re-lints everything. Ctrl-C (SIGINT) or SIGTERM ends the watch with exit code 0.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Linter, LintResult } from '../index.js';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { discoverFiles, DiscoveryError, type DiscoveredFile } from '../io/discover.js';
import { DEFAULT_IGNORE_FILE, loadIgnoreFile } from '../io/ignore-file.js';
import { stylish } from '../reporters/stylish.js';
import { plural } from '../reporters/text.js';
import { ignoredFileResult } from './ignored-result.js';
import type { OutputStream } from './main.js';

export const WATCH_BEGIN_LINE = 'clauselint: lint started';
export const watchEndLine = (problems: number): string => `clauselint: lint finished: ${plural(problems, 'problem')}`;
/** The regexes a VS Code background problem matcher uses (tasks.json strings). */
export const WATCH_BEGINS_PATTERN = '^clauselint: lint started$';
export const WATCH_ENDS_PATTERN = '^clauselint: lint finished: \\d+ problems?$';

export const WATCH_DEBOUNCE_MS = 150;

/** Folders never walked (as discovery skips them): node_modules, .git and hidden folders. */
const SKIPPED_FOLDER = /^(node_modules|\..*)$/;

export interface WatchOptions {
  cwd: string;
  patterns: readonly string[];
  ignore: boolean;
  ignorePath?: string;
  color: boolean;
  /** A fresh linter (called again after a config file changes). */
  makeLinter: () => Linter;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Ends the watch (the CLI wires SIGINT and SIGTERM to it). */
  signal?: AbortSignal;
}

/** Watches until the signal (or SIGINT/SIGTERM) ends it; resolves to the exit code 0. */
export async function runWatch(options: WatchOptions): Promise<number> {
  const { cwd, stdout, stderr } = options;
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  let linter = options.makeLinter();
  const results = new Map<string, LintResult>();
  let pending = new Set<string>();
  let everything = true;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const round = async (): Promise<void> => {
    const changed = pending;
    const all = everything;
    pending = new Set();
    everything = false;
    if (all) {
      linter = options.makeLinter();
      results.clear();
    }
    let files: DiscoveredFile[] = [];
    let problem: string | undefined;
    try {
      const isIgnored = options.ignore
        ? await loadIgnoreFile({ cwd, ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}) })
        : undefined;
      files = await discoverFiles({ cwd, patterns, ...(isIgnored ? { isIgnored } : {}) });
    } catch (error) {
      if (!(error instanceof DiscoveryError)) throw error;
      problem = error.message;
    }
    const current = new Set(files.map((file) => file.filePath));
    for (const filePath of results.keys()) if (!current.has(filePath)) results.delete(filePath);
    for (const file of files) {
      if (!all && results.has(file.filePath) && !changed.has(file.filePath)) continue;
      const result = await lintOne(linter, file, options);
      if (result) results.set(file.filePath, result);
      else results.delete(file.filePath);
    }

    const shown = files.map((file) => results.get(file.filePath)).filter((result): result is LintResult => result !== undefined);
    const problems = shown.reduce((sum, result) => sum + result.messages.length, 0);
    const report = [WATCH_BEGIN_LINE];
    if (problem) report.push(`clauselint: ${problem}`);
    report.push(stylish(shown, { cwd, rulesMeta: linter.rulesMeta(), color: options.color, hints: false }).trimEnd());
    report.push(watchEndLine(problems), '');
    stdout.write(report.join('\n'));
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) return void running.then(schedule);
      running = round()
        .catch((error: unknown) => {
          stderr.write(`clauselint: ${error instanceof Error ? error.message : String(error)}\n`);
        })
        .finally(() => {
          running = undefined;
        });
    }, WATCH_DEBOUNCE_MS);
  };

  let addFolder: (dir: string, recursive: boolean) => Promise<void> = async () => undefined;
  let recursiveRoots: string[] = [];
  const onChange = (dir: string) => (_event: string, filename: string | Buffer | null): void => {
    if (filename === null) {
      everything = true;
    } else {
      const file = path.resolve(dir, filename.toString());
      const base = path.basename(file);
      if ((CONFIG_FILE_NAMES as readonly string[]).includes(base) || base === path.basename(options.ignorePath ?? DEFAULT_IGNORE_FILE)) {
        everything = true;
      }
      pending.add(file);
      // A new folder inside a recursively watched one: watch it too.
      if (recursiveRoots.some((root) => file.startsWith(root + path.sep)) && !SKIPPED_FOLDER.test(base)) {
        void stat(file).then(
          (info) => (info.isDirectory() ? addFolder(file, true).then(schedule) : undefined),
          () => undefined,
        );
      }
    }
    schedule();
  };

  // Listen for Ctrl-C from the start: a signal during the first round still ends with 0.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
  });

  // Watch before the first round, so a save during it is not missed. Every folder gets its own
  // non-recursive watch (inotify on the folder: creations, deletions and renames included);
  // folders that appear later are added as their events arrive.
  const watchers = new Map<string, FSWatcher>();
  const watchFolder = (dir: string): void => {
    if (watchers.has(dir)) return;
    try {
      const watcher = watch(dir, onChange(dir));
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch (error) {
      stderr.write(`clauselint: cannot watch ${dir}: ${(error as Error).message}\n`);
    }
  };
  addFolder = async (dir: string, recursive: boolean): Promise<void> => {
    watchFolder(dir);
    if (!recursive) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIPPED_FOLDER.test(entry.name)) await addFolder(path.join(dir, entry.name), true);
    }
  };
  for (const folder of await watchedFolders(patterns, cwd)) await addFolder(folder.path, folder.recursive);
  recursiveRoots = (await watchedFolders(patterns, cwd)).filter((folder) => folder.recursive).map((folder) => folder.path);

  const close = (): void => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
  };

  running = round().finally(() => {
    running = undefined;
  });
  try {
    await running;
  } catch (error) {
    // A broken config on the first round: report it as a one-off run would (exit 2).
    close();
    throw error;
  }

  await stopped;
  close();
  await running;
  return 0;
}

async function lintOne(linter: Linter, file: DiscoveredFile, options: WatchOptions): Promise<LintResult | undefined> {
  if (file.ignoredByIgnoreFile) return ignoredFileResult(file.filePath, `File ignored by ${options.ignorePath ?? DEFAULT_IGNORE_FILE}`);
  if (options.ignore && (await linter.configFor(file.filePath)).ignored) {
    return file.explicit ? ignoredFileResult(file.filePath, 'File ignored by configuration') : undefined;
  }
  return linter.lintFile(file.filePath);
}

/**
 * The folders to watch: a folder pattern recursively, a file's own folder (not the file: a save
 * by rename replaces the inode a file watch holds), a glob's fixed leading folders recursively.
 * The working folder is always watched (non-recursively) for config and ignore files.
 */
async function watchedFolders(patterns: readonly string[], cwd: string): Promise<Array<{ path: string; recursive: boolean }>> {
  const folders = new Map<string, boolean>([[cwd, false]]);
  const add = (dir: string, recursive: boolean): void => {
    folders.set(dir, (folders.get(dir) ?? false) || recursive);
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const kind = await stat(absolute).then(
      (info) => (info.isDirectory() ? 'directory' : 'file'),
      () => 'missing',
    );
    if (kind === 'directory') add(absolute, true);
    else if (kind === 'file') add(path.dirname(absolute), false);
    else {
      const fixed = pattern.split(/[\\/]/);
      const firstGlob = fixed.findIndex((part) => /[*?{}[\]!]/.test(part));
      add(path.resolve(cwd, ...fixed.slice(0, firstGlob < 0 ? -1 : firstGlob)), true);
    }
  }
  return [...folders].map(([dir, recursive]) => ({ path: dir, recursive }));
}
