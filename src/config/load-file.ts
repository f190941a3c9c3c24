/** Read and parse one config file, whatever its format, into a shape-checked ConfigObject. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkConfigShape, describe } from './shape.js';
import { ConfigError, type ConfigObject } from './types.js';

/** The key read from package.json. */
export const PACKAGE_JSON_KEY = 'clauselint';

/**
 * The config in `file`, or undefined for a package.json without a `clauselint` key
 * (a package.json is only a config when it says so).
 */
export async function loadConfigFile(file: string): Promise<ConfigObject | undefined> {
  const name = basename(file);
  const extension = extname(name).toLowerCase();
  if (['.js', '.mjs', '.cjs'].includes(extension)) return checkConfigShape(await importDefault(file), file);

  const text = await readText(file);
  if (name === 'package.json') {
    const pkg = parseJson(text, file);
    if (typeof pkg !== 'object' || pkg === null || !(PACKAGE_JSON_KEY in pkg)) return undefined;
    return checkConfigShape((pkg as Record<string, unknown>)[PACKAGE_JSON_KEY], `${file}#${PACKAGE_JSON_KEY}`);
  }
  // `.clauselintrc` and other extension-less files are YAML, which also reads JSON.
  const value = extension === '.json' ? parseJson(text, file) : await parseYaml(text, file);
  return checkConfigShape(value ?? {}, file);
}

async function readText(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? error})`, file);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`invalid JSON: ${describeJsonError((error as Error).message, text)}`, file);
  }
}

/** V8's messages either give a position ("... in JSON at position 12") or quote the source. */
function describeJsonError(message: string, text: string): string {
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const where = `line ${before.length}, column ${before.at(-1)!.length + 1}`;
    return `${message.replace(/\s*in JSON at position \d+.*$/s, '')} at ${where}`;
  }
  return message.replace(/, .*is not valid JSON$/s, '').replace(/\s+/g, ' ');
}

/**
 * `yaml` is imported only when a YAML config is read: it is the largest module of a cold start.
 * A bundler may hand the CommonJS build to `import()` as `{ default: module.exports }`, so the
 * named export is looked up on both (the Action bundle is tested with a YAML config).
 */
async function parseYaml(text: string, file: string): Promise<unknown> {
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const parseDocument = yaml.parseDocument ?? yaml.default!.parseDocument;
  const document = parseDocument(text, { prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    // The pretty message repeats the source after a colon and newline; keep the first line.
    const headline = error.message.split('\n')[0]!.replace(/:$/, '');
    throw new ConfigError(`invalid YAML: ${headline}`, file);
  }
  return document.toJS();
}

async function importDefault(file: string): Promise<unknown> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes(file)) {
      throw new ConfigError('config file not found', file);
    }
    throw new ConfigError(`cannot load config module: ${oneLine((error as Error).message)}`, file);
  }
  if (!('default' in module)) throw new ConfigError('a JS config must have a default export', file);
  if (typeof module.default !== 'object') {
    throw new ConfigError(`the default export must be a config object, got ${describe(module.default)}`, file);
  }
  return module.default;
}

export const oneLine = (message: string): string => message.split('\n')[0]!.trim();
