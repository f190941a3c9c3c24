/**
 * Resolve what a config names (an extends target or a plugin) from the config's own folder:
 * a relative or absolute path, or an npm package as Node would find it from there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface ResolvedModule {
  file: string;
  /** The npm package it came from (undefined for a path). */
  packageName?: string;
}

export const isPathSpecifier = (specifier: string): boolean =>
  specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || isAbsolute(specifier);

/**
 * `prefix` adds ESLint's shorthand: "foo" also tries "clauselint-plugin-foo", and "@org/foo"
 * tries "@org/clauselint-plugin-foo". The exact name wins when both exist.
 */
export function resolveModule(specifier: string, fromFile: string, prefix?: string): ResolvedModule | undefined {
  if (isPathSpecifier(specifier)) {
    // require.resolve adds what Node would: "./rules" → ./rules.js or ./rules/index.js.
    const file = resolve(dirname(fromFile), specifier);
    if (existsSync(file) && !statSync(file).isDirectory()) return { file };
    try {
      return { file: createRequire(fromFile).resolve(file) };
    } catch {
      return undefined;
    }
  }
  for (const packageName of withPrefix(specifier, prefix)) {
    const file = resolvePackage(packageName, fromFile);
    if (file) return { file, packageName };
  }
  return undefined;
}

function withPrefix(name: string, prefix: string | undefined): string[] {
  if (!prefix || name.includes(prefix)) return [name];
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  return [name, scoped ? `${scoped[1]}/${prefix}${scoped[2]}` : `${prefix}${name}`];
}

function resolvePackage(name: string, fromFile: string): string | undefined {
  try {
    return createRequire(fromFile).resolve(name);
  } catch {
    // ESM-only packages export no "require" entry; read their package.json like Node's ESM resolver.
    return resolveEsmPackage(name, dirname(fromFile));
  }
}

function resolveEsmPackage(name: string, fromDir: string): string | undefined {
  const [packageName, subpath] = splitPackageName(name);
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', packageName);
    const manifest = join(root, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
      const entry = pkg.exports !== undefined ? exportsEntry(pkg.exports, subpath) : subpath === '.' ? (pkg.main ?? 'index.js') : subpath;
      const file = entry ? join(root, entry) : undefined;
      return file && existsSync(file) ? file : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function splitPackageName(name: string): [string, string] {
  const parts = name.split('/');
  const size = name.startsWith('@') ? 2 : 1;
  const rest = parts.slice(size).join('/');
  return [parts.slice(0, size).join('/'), rest ? `./${rest}` : '.'];
}

function exportsEntry(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (Array.isArray(exports)) return exports.map((e) => exportsEntry(e, subpath)).find(Boolean);
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  if (Object.keys(map).some((key) => key.startsWith('.'))) {
    return subpath in map ? conditionEntry(map[subpath]) : undefined;
  }
  return subpath === '.' ? conditionEntry(map) : undefined;
}

function conditionEntry(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(conditionEntry).find(Boolean);
  if (typeof target !== 'object' || target === null) return undefined;
  const map = target as Record<string, unknown>;
  for (const condition of ['import', 'node', 'default']) {
    if (condition in map) {
      const entry = conditionEntry(map[condition]);
      if (entry) return entry;
    }
  }
  return undefined;
}
