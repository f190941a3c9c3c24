/**
 * Structural check of a parsed config file, so later stages can trust the types. Rule entries
 * are checked later (they need the known rule ids); this only checks containers and keys.
 */
import { didYouMean } from './suggest.js';
import { ConfigError, type ConfigObject } from './types.js';

const TOP_LEVEL_KEYS = ['$schema', 'root', 'extends', 'plugins', 'rules', 'overrides', 'ignores'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules'];

export function checkConfigShape(value: unknown, file: string): ConfigObject {
  const fail = (message: string): never => {
    throw new ConfigError(message, file);
  };
  if (!isPlainObject(value)) fail(`a config must be an object, got ${describe(value)}`);
  const config = value as Record<string, unknown>;

  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      fail(`unknown key "${key}"${didYouMean(key, TOP_LEVEL_KEYS)}; expected ${TOP_LEVEL_KEYS.slice(1).join(', ')}`);
    }
  }
  if (config.root !== undefined && typeof config.root !== 'boolean') fail(`"root" must be true or false`);
  if (config.extends !== undefined && !isStringOrStrings(config.extends)) {
    fail(`"extends" must be a string or an array of strings`);
  }
  for (const key of ['plugins', 'ignores'] as const) {
    if (config[key] !== undefined && !isStrings(config[key])) fail(`"${key}" must be an array of strings`);
  }
  if (config.rules !== undefined && !isPlainObject(config.rules)) fail(`"rules" must be an object`);
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail(`"overrides" must be an array`);
    (config.overrides as unknown[]).forEach((override, index) => {
      const where = `overrides[${index}]`;
      if (!isPlainObject(override)) return fail(`"${where}" must be an object`);
      for (const key of Object.keys(override)) {
        if (!OVERRIDE_KEYS.includes(key)) {
          fail(`unknown key "${key}" in ${where}${didYouMean(key, OVERRIDE_KEYS)}; expected ${OVERRIDE_KEYS.join(', ')}`);
        }
      }
      if (!isStringOrStrings(override.files) || (Array.isArray(override.files) && override.files.length === 0)) {
        fail(`"${where}.files" must be a glob or a non-empty array of globs`);
      }
      if (override.excludedFiles !== undefined && !isStringOrStrings(override.excludedFiles)) {
        fail(`"${where}.excludedFiles" must be a glob or an array of globs`);
      }
      if (override.rules !== undefined && !isPlainObject(override.rules)) fail(`"${where}.rules" must be an object`);
    });
  }
  return config as ConfigObject;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isStringOrStrings = (value: unknown): value is string | string[] =>
  typeof value === 'string' || isStrings(value);

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
