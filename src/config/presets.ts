/**
 * The built-in presets, addressed as "clauselint:<name>" in `extends`. They are plain config
 * objects (rule ids only), so importing them does not pull the rule modules into the loader.
 */
import recommended from '../../rules/presets/recommended.js';
import strict from '../../rules/presets/strict.js';
import type { ConfigObject } from './types.js';

export const PRESET_PREFIX = 'clauselint:';
export const DEFAULT_PRESET = `${PRESET_PREFIX}recommended`;

export const PRESETS: Readonly<Record<string, ConfigObject>> = {
  [`${PRESET_PREFIX}recommended`]: recommended,
  [`${PRESET_PREFIX}strict`]: strict,
};
