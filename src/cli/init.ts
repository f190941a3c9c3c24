/**
 * `--init`: write a starter config. Plain JSON (no comments), so every JSON tool reads it.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

export const STARTER_CONFIG_NAME = 'clauselint.config.json';

export const STARTER_CONFIG = {
  extends: ['clauselint:recommended'],
  rules: {},
  ignores: [],
};

/** Config files that would compete with (or be shadowed by) a new one in the same folder. */
const EXISTING_CONFIG_NAMES = [
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
];

/** Writes the starter config into `cwd` and returns what to print. Refuses to overwrite. */
export async function writeStarterConfig(cwd: string): Promise<string> {
  for (const name of EXISTING_CONFIG_NAMES) {
    if (await exists(path.join(cwd, name))) {
      throw new UsageError(`${name} already exists here; --init does not overwrite a config`);
    }
  }
  const text = `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`;
  try {
    // "wx" fails if the file appeared meanwhile: never overwrite.
    await writeFile(path.join(cwd, STARTER_CONFIG_NAME), text, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${STARTER_CONFIG_NAME}: ${(error as Error).message}`);
  }
  return [
    `Wrote ${STARTER_CONFIG_NAME}:`,
    '',
    text.trimEnd(),
    '',
    'Next: run `clauselint <folder with your contracts>`; turn rules off or change their',
    'severity under "rules", e.g. "data-access-list": "warn".',
    '',
  ].join('\n');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
