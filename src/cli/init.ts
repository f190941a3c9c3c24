/**
 * `--init`: write a starter config. Plain JSON (no comments), so every JSON tool reads it.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { UsageError } from './errors.js';

export const STARTER_CONFIG_NAME = 'clauselint.config.json';

export const STARTER_CONFIG = {
  extends: ['clauselint:recommended'],
  rules: {},
  ignores: [],
};

/** Writes the starter config into `cwd` and returns what to print. Refuses to overwrite. */
export async function writeStarterConfig(cwd: string): Promise<string> {
  // Any config already here would compete with (or shadow) the new one.
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(cwd, name);
    if (name === 'package.json' ? await hasClauselintKey(file) : await exists(file)) {
      const what = name === 'package.json' ? 'package.json already has a "clauselint" key' : `${name} already exists here`;
      throw new UsageError(`${what}; --init does not overwrite a config`);
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

async function hasClauselintKey(file: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    return manifest !== null && typeof manifest === 'object' && 'clauselint' in manifest;
  } catch {
    return false;
  }
}
