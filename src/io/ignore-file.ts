/**
 * The `.clauselintignore` file: gitignore syntax, patterns relative to the working folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { DiscoveryError } from './errors.js';

export const DEFAULT_IGNORE_FILE = '.clauselintignore';

/** Tells whether an absolute path is ignored. */
export type IgnoreFilter = (filePath: string) => boolean;

export interface IgnoreFileOptions {
  cwd: string;
  /** `--ignore-path`: must exist. The default file may be absent. */
  ignorePath?: string;
}

export async function loadIgnoreFile({ cwd, ignorePath }: IgnoreFileOptions): Promise<IgnoreFilter> {
  const file = path.resolve(cwd, ignorePath ?? DEFAULT_IGNORE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (ignorePath === undefined && code === 'ENOENT') return () => false;
    throw new DiscoveryError(`cannot read the ignore file "${ignorePath ?? DEFAULT_IGNORE_FILE}": ${code ?? (error as Error).message}`);
  }
  const matcher = ignore().add(text);
  return (filePath) => {
    const relative = path.relative(cwd, filePath);
    // The `ignore` package only accepts paths inside its base folder.
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return matcher.ignores(relative.split(path.sep).join('/'));
  };
}
