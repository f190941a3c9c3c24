/** Load a plugin module and name its rules "<plugin>/<rule>". */
import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule.js';
import { oneLine } from './load-file.js';
import { resolveModule } from './resolve-module.js';
import { ConfigError, type Plugin } from './types.js';

export const PLUGIN_PREFIX = 'clauselint-plugin-';

export interface LoadedPlugin {
  name: string;
  file: string;
  /** Full rule id ("name/rule") → the rule, its `meta.id` rewritten to the full id. */
  rules: Map<string, Rule<any>>;
}

/**
 * `source` names the config that asked for the plugin (for errors); `fromFile` is the path
 * the specifier resolves from.
 */
export async function loadPlugin(specifier: string, fromFile: string, source: string): Promise<LoadedPlugin> {
  const fail = (message: string): never => {
    throw new ConfigError(message, source);
  };
  const resolved = resolveModule(specifier, fromFile, PLUGIN_PREFIX);
  if (!resolved) return fail(`plugin "${specifier}" not found from ${dirname(fromFile)}`);

  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolved.file).href)) as Record<string, unknown>;
  } catch (error) {
    return fail(`plugin "${specifier}" cannot be loaded: ${oneLine((error as Error).message)}`);
  }
  const plugin = (module.default ?? module) as Partial<Plugin>;
  const entries = ruleEntries(plugin);
  if (entries.length === 0) return fail(`plugin "${specifier}" exports no rules (expected a default export { rules })`);

  const name = plugin.name ?? pluginName(resolved.packageName) ?? basename(resolved.file, extname(resolved.file));
  if (typeof name !== 'string' || !/^[@\w][\w@./-]*$/.test(name)) fail(`plugin "${specifier}" has an invalid name ${JSON.stringify(name)}`);

  const rules = new Map<string, Rule<any>>();
  for (const [localId, rule] of entries) {
    if (!isRule(rule)) return fail(`plugin "${specifier}": rule "${localId}" is not a rule (needs meta and create)`);
    const id = localId.startsWith(`${name}/`) ? localId : `${name}/${localId}`;
    rules.set(id, { ...rule, meta: { ...rule.meta, id } });
  }
  return { name, file: resolved.file, rules };
}

function ruleEntries(plugin: Partial<Plugin>): Array<[string, unknown]> {
  const { rules } = plugin;
  if (Array.isArray(rules)) return rules.map((rule) => [String((rule as Rule | undefined)?.meta?.id), rule]);
  return typeof rules === 'object' && rules !== null ? Object.entries(rules) : [];
}

const isRule = (value: unknown): value is Rule<any> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Rule).create === 'function' &&
  typeof (value as Rule).meta === 'object' &&
  (value as Rule).meta !== null;

/** "clauselint-plugin-foo" → "foo"; "@org/clauselint-plugin-foo" → "@org/foo"; "@org/clauselint-plugin" → "@org". */
function pluginName(packageName: string | undefined): string | undefined {
  if (!packageName) return undefined;
  return packageName.replace(/\/clauselint-plugin$/, '').replace(PLUGIN_PREFIX, '');
}
