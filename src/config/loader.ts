/**
 * Config resolution for the shells (CLI, API, Action): discovery upward from each file,
 * eslintrc-style cascade, extends, plugins, overrides and ignores. Everything is cached per
 * folder, so linting 1,000 files in one folder reads its configs once.
 *
 * With no config file anywhere above a file (and no --config), `clauselint:recommended`
 * applies, so a first run with zero setup already reports the core safeguards.
 */
import { dirname, resolve } from 'node:path';
import type { Rule } from '../engine/rule.js';
import { resolveChain, type ResolvedChain } from './chain.js';
import { configCandidates } from './discover.js';
import { expandConfig, type ConfigLayer } from './extends.js';
import { fileConfig } from './file-config.js';
import { loadConfigFile } from './load-file.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { DEFAULT_PRESET, PRESETS } from './presets.js';
import { ConfigError, type ConfigLoader, type ConfigLoaderOptions, type ConfigObject, type FileConfig } from './types.js';

export function createConfigLoader(options: ConfigLoaderOptions): ConfigLoader {
  const cwd = resolve(options.cwd);
  const builtinRules = new Map<string, Rule<any>>(options.builtinRules.map((rule) => [rule.meta.id, rule]));

  const parsed = new Map<string, Promise<ConfigObject | undefined>>();
  const folders = new Map<string, Promise<ConfigLayer[]>>();
  const chains = new WeakMap<ConfigLayer[], Promise<ResolvedChain>>();
  const plugins = new Map<string, Promise<LoadedPlugin>>();

  const read = (file: string) => memo(parsed, file, () => loadConfigFile(file));
  const fileLayer = (file: string, config: ConfigObject): ConfigLayer => ({ source: file, kind: 'file', baseDir: dirname(file), config });

  /** The layers that apply in `dir`: the nearest config, cascaded over farther ones until root. */
  const layersFor = (dir: string): Promise<ConfigLayer[]> =>
    memo(folders, dir, async () => {
      const parent = dirname(dir);
      const above = () => (parent === dir ? Promise.resolve([]) : layersFor(parent));
      for (const file of await configCandidates(dir)) {
        const config = await read(file);
        if (!config) continue; // a package.json without our key
        const own = await expandConfig(fileLayer(file, config), read);
        return config.root ? own : [...(await above()), ...own];
      }
      return above();
    });

  const explicit = once(async () => {
    const file = resolve(cwd, options.configFile!);
    const config = await read(file);
    if (!config) throw new ConfigError('has no "clauselint" key', file);
    return expandConfig(fileLayer(file, config), read);
  });
  const fallback = once(() =>
    expandConfig({ source: DEFAULT_PRESET, kind: 'preset', baseDir: cwd, config: PRESETS[DEFAULT_PRESET]! }, read),
  );
  const cli = once(async () =>
    options.overrideConfig ? expandConfig({ source: '--rule', kind: 'cli', baseDir: cwd, config: options.overrideConfig }, read) : [],
  );

  const pluginLoader = (specifier: string, fromFile: string, source: string) =>
    memo(plugins, `${dirname(fromFile)}\u0000${specifier}`, () => loadPlugin(specifier, fromFile, source));

  const chainFor = async (dir: string): Promise<ResolvedChain> => {
    let base = options.configFile ? await explicit() : await layersFor(dir);
    if (base.length === 0) base = await fallback();
    let chain = chains.get(base);
    if (!chain) {
      // Set before any await, so concurrent files in one folder share a single resolution.
      chain = cli().then((last) => resolveChain([...base, ...last], builtinRules, pluginLoader));
      chains.set(base, chain);
    }
    return chain;
  };

  return {
    async forFile(filePath: string): Promise<FileConfig> {
      const absolute = resolve(cwd, filePath);
      return fileConfig(await chainFor(dirname(absolute)), absolute);
    },
  };
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}
