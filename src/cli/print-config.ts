/** `--print-config FILE`: the resolved config for one file, as JSON. */
import path from 'node:path';
import type { Linter } from '../index.js';

export async function printConfig(linter: Linter, file: string, cwd: string): Promise<string> {
  const filePath = path.resolve(cwd, file);
  const config = await linter.configFor(filePath);
  const printable = {
    filePath,
    configFiles: config.configFiles,
    ignored: config.ignored,
    rules: config.settings,
  };
  return `${JSON.stringify(printable, null, 2)}\n`;
}
