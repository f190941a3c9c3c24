/**
 * A folder's config chain made ready for per-file use: plugins loaded, rule entries checked
 * once, globs and ignore patterns compiled once. Per file only matching and folding remain.
 */
import ignore, { type Ignore } from 'ignore';
import type { Rule } from '../engine/rule.js';
import { errorSource, resolveBase, type ConfigLayer } from './extends.js';
import { globMatcher, type PathMatcher } from './globs.js';
import type { LoadedPlugin } from './plugins.js';
import { loadOptionValidator, setsRuleOptions } from './options.js';
import { normalizeRules, type RuleSetting } from './rule-settings.js';
import { ConfigError } from './types.js';

export interface ResolvedOverride {
  matches: PathMatcher;
  excluded?: PathMatcher;
  settings: RuleSetting[];
}

export interface ResolvedLayer {
  source: string;
  baseDir: string;
  settings: RuleSetting[];
  overrides: ResolvedOverride[];
  ignores?: Ignore;
}

export interface ResolvedChain {
  layers: ResolvedLayer[];
  /** Real config files, nearest (last applied) first. */
  configFiles: string[];
  /** Built-in and plugin rules by id, sorted by id. */
  knownRules: ReadonlyMap<string, Rule<any>>;
}

export type PluginLoader = (specifier: string, fromFile: string, source: string) => Promise<LoadedPlugin>;

export async function resolveChain(
  layers: readonly ConfigLayer[],
  builtinRules: ReadonlyMap<string, Rule<any>>,
  loadPlugin: PluginLoader,
): Promise<ResolvedChain> {
  const knownRules = new Map(builtinRules);
  const pluginFiles = new Map<string, string>();
  for (const layer of layers) {
    for (const specifier of layer.config.plugins ?? []) {
      const plugin = await loadPlugin(specifier, resolveBase(layer), layer.source);
      const previous = pluginFiles.get(plugin.name);
      if (previous === plugin.file) continue;
      if (previous) {
        throw new ConfigError(`plugin "${specifier}" is named "${plugin.name}", like the plugin in ${previous}`, errorSource(layer));
      }
      pluginFiles.set(plugin.name, plugin.file);
      for (const [id, rule] of plugin.rules) knownRules.set(id, rule);
    }
  }
  const configs = layers.map((layer) => layer.config);
  if (configs.some((config) => setsRuleOptions(config.rules) || (config.overrides ?? []).some((o) => setsRuleOptions(o.rules)))) {
    await loadOptionValidator();
  }
  const sortedRules = new Map([...knownRules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const resolved = layers.map((layer): ResolvedLayer => {
    const context = (where: string) => ({
      knownRules: sortedRules,
      skipUnknown: layer.kind === 'preset',
      where: layer.kind === 'cli' ? '--rule' : where,
      file: errorSource(layer),
    });
    const { rules, overrides = [], ignores = [] } = layer.config;
    return {
      source: layer.source,
      baseDir: layer.baseDir,
      settings: normalizeRules(rules, context('rules')),
      overrides: overrides.map((override, index) => ({
        matches: globMatcher(override.files),
        ...(override.excludedFiles === undefined ? {} : { excluded: globMatcher(override.excludedFiles) }),
        settings: normalizeRules(override.rules, context(`overrides[${index}].rules`)),
      })),
      ...(ignores.length > 0 ? { ignores: ignore().add(ignores) } : {}),
    };
  });

  const configFiles = [...new Set(layers.filter((l) => l.kind === 'file').map((l) => l.source).reverse())];
  return { layers: resolved, configFiles, knownRules: sortedRules };
}
