/** Which config files a folder holds, in the order discovery tries them. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Per folder, the first of these that exists (and, for package.json, has the key) is the config. */
export const CONFIG_FILE_NAMES = [
  'clauselint.config.json',
  'clauselint.config.yaml',
  'clauselint.config.yml',
  'clauselint.config.js',
  'clauselint.config.mjs',
  'clauselint.config.cjs',
  '.clauselintrc',
  '.clauselintrc.json',
  '.clauselintrc.yaml',
  '.clauselintrc.yml',
  '.clauselintrc.js',
  '.clauselintrc.mjs',
  '.clauselintrc.cjs',
  'package.json',
] as const;

/**
 * Absolute paths of the candidate config files in `dir`, in priority order. One readdir per
 * folder instead of a stat per name; an unreadable folder simply holds no config.
 */
export async function configCandidates(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files = new Set(entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name));
  return CONFIG_FILE_NAMES.filter((name) => files.has(name)).map((name) => join(dir, name));
}
