export { createConfigLoader } from './loader.js';
export { CONFIG_FILE_NAMES } from './discover.js';
export { PRESETS } from './presets.js';
export * from './types.js';
