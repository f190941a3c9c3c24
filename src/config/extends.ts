/**
 * Flatten a config and everything it extends into layers, farthest base first, the config
 * itself last, so later layers override earlier ones.
 */
import { dirname, isAbsolute, join, relative } from 'node:path';
import { PRESET_PREFIX, PRESETS } from './presets.js';
import { isPathSpecifier, resolveModule } from './resolve-module.js';
import { ConfigError, type ConfigObject } from './types.js';

export interface ConfigLayer {
  /** Absolute config path, "clauselint:<preset>", or "--rule" for the CLI's overrideConfig. */
  source: string;
  kind: 'file' | 'preset' | 'cli';
  /** The folder that globs, ignores, plugins and extends resolve from. */
  baseDir: string;
  config: ConfigObject;
}

export type ConfigReader = (file: string) => Promise<ConfigObject | undefined>;

/** A file path to resolve modules from: the config itself, or a stand-in in its base folder. */
export const resolveBase = (layer: ConfigLayer): string =>
  layer.kind === 'file' ? layer.source : join(layer.baseDir, '<clauselint>');

/** The file a layer's errors name (none for the CLI's own options). */
export const errorSource = (layer: ConfigLayer): string | undefined =>
  layer.kind === 'cli' ? undefined : layer.source;

export async function expandConfig(layer: ConfigLayer, read: ConfigReader, stack: string[] = []): Promise<ConfigLayer[]> {
  const chain = [...stack, layer.source];
  const layers: ConfigLayer[] = [];
  const targets = layer.config.extends === undefined ? [] : [layer.config.extends].flat();
  for (const target of targets) {
    const base = await loadExtendsTarget(target, layer, read);
    if (chain.includes(base.source)) {
      throw new ConfigError(`extends cycle: ${[...chain, base.source].map((s) => display(s, chain[0]!)).join(' → ')}`, errorSource(layer));
    }
    layers.push(...(await expandConfig(base, read, chain)));
  }
  layers.push(layer);
  return layers;
}

async function loadExtendsTarget(target: string, from: ConfigLayer, read: ConfigReader): Promise<ConfigLayer> {
  if (target.startsWith(PRESET_PREFIX)) {
    const preset = PRESETS[target];
    if (!preset) {
      throw new ConfigError(`unknown preset "${target}" in extends; available: ${Object.keys(PRESETS).join(', ')}`, errorSource(from));
    }
    return { source: target, kind: 'preset', baseDir: from.baseDir, config: preset };
  }
  const resolved = resolveModule(target, resolveBase(from), 'clauselint-config-');
  if (!resolved) {
    const looked = isPathSpecifier(target) ? ` (no file ${join(from.baseDir, target)})` : ` (no such package from ${from.baseDir})`;
    throw new ConfigError(`extends target "${target}" not found${looked}`, errorSource(from));
  }
  const config = await read(resolved.file);
  if (!config) throw new ConfigError(`extends target "${target}" has no "clauselint" key`, errorSource(from));
  return { source: resolved.file, kind: 'file', baseDir: dirname(resolved.file), config };
}

/** Paths relative to the first config's folder keep a cycle message on one readable line. */
const display = (source: string, first: string): string =>
  isAbsolute(source) && isAbsolute(first) ? relative(dirname(first), source) : source;
