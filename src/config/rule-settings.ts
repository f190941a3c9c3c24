/** One `rules` entry (`"warn"`, `2`, `["error", {...}]`) checked and normalized. */
import type { Rule } from '../engine/rule.js';
import { InvalidOptions, resolveOptions } from './options.js';
import { SEVERITY_HINT, toLevel, type Level } from './severity.js';
import { didYouMean } from './suggest.js';
import { ConfigError } from './types.js';

export interface RuleSetting {
  id: string;
  level: Level;
  /** Validated and merged over the defaults; undefined keeps earlier options (ESLint's `["warn"]`). */
  options?: Record<string, unknown>;
}

export interface EntryContext {
  knownRules: ReadonlyMap<string, Rule<any>>;
  /** Presets may name rules that are not registered yet; they are skipped, not errors. */
  skipUnknown: boolean;
  /** Where the entry sits, for messages: "rules", "overrides[1].rules", "--rule". */
  where: string;
  file: string | undefined;
}

export function normalizeRules(rules: Record<string, unknown> | undefined, context: EntryContext): RuleSetting[] {
  const settings: RuleSetting[] = [];
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const setting = normalizeEntry(id, entry, context);
    if (setting) settings.push(setting);
  }
  return settings;
}

function normalizeEntry(id: string, entry: unknown, context: EntryContext): RuleSetting | undefined {
  const fail = (message: string): never => {
    throw new ConfigError(message, context.file);
  };
  const rule = context.knownRules.get(id);
  if (!rule) {
    if (context.skipUnknown) return undefined;
    return fail(`unknown rule "${id}" in ${context.where}${didYouMean(id, context.knownRules.keys())}`);
  }
  if (Array.isArray(entry) && (entry.length < 1 || entry.length > 2)) {
    fail(`rule "${id}": expected a severity or [severity, options], got an array of ${entry.length}`);
  }
  const [severity, options] = Array.isArray(entry) ? entry : [entry];
  const level = toLevel(severity);
  if (level === undefined) fail(`rule "${id}": invalid severity ${JSON.stringify(severity)}; expected ${SEVERITY_HINT}`);
  if (!Array.isArray(entry) || entry.length === 1) return { id, level: level! };
  try {
    return { id, level: level!, options: resolveOptions(rule, options) };
  } catch (error) {
    if (error instanceof InvalidOptions) return fail(`rule "${id}": ${error.message}`);
    throw error;
  }
}
