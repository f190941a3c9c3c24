/** Fold a resolved chain into the FileConfig of one file. */
import type { ConfiguredRule } from '../engine/linter.js';
import type { ResolvedChain } from './chain.js';
import { relativeInside } from './globs.js';
import { mergeOptions } from './options.js';
import type { RuleSetting } from './rule-settings.js';
import type { FileConfig } from './types.js';

export function fileConfig(chain: ResolvedChain, filePath: string): FileConfig {
  const effective = new Map<string, RuleSetting>();
  const apply = (setting: RuleSetting): void => {
    // A severity-only entry keeps the options an earlier layer gave (ESLint's `["warn"]`).
    const options = setting.options ?? effective.get(setting.id)?.options;
    effective.set(setting.id, options ? { ...setting, options } : setting);
  };

  let ignored = false;
  for (const layer of chain.layers) {
    layer.settings.forEach(apply);
    // Globs and ignores are relative to the config's folder; files outside it never match.
    const path = relativeInside(layer.baseDir, filePath);
    if (path === undefined) continue;
    for (const override of layer.overrides) {
      if (override.matches(path) && !override.excluded?.(path)) override.settings.forEach(apply);
    }
    if (layer.ignores?.ignores(path)) ignored = true;
  }

  const rules: ConfiguredRule[] = [];
  const settings: FileConfig['settings'] = {};
  for (const [id, rule] of chain.knownRules) {
    const setting = effective.get(id);
    if (!setting || setting.level === 'off') {
      settings[id] = 'off';
      continue;
    }
    const options = setting.options ?? mergeOptions(rule.meta.defaultOptions, {});
    settings[id] = [setting.level, options];
    rules.push({ rule, severity: setting.level, options });
  }
  return { configFiles: [...chain.configFiles], ignored, rules, settings };
}
