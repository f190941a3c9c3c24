import type { Severity } from '../engine/diagnostic.js';

/** A rule's effective level: a diagnostic severity, or switched off. */
export type Level = Severity | 'off';

const LEVELS: ReadonlyMap<unknown, Level> = new Map<unknown, Level>([
  ['off', 'off'],
  [0, 'off'],
  ['info', 'info'],
  ['warn', 'warning'],
  ['warning', 'warning'],
  [1, 'warning'],
  ['error', 'error'],
  [2, 'error'],
]);

export const SEVERITY_HINT = '"off", "info", "warn", "error", 0, 1 or 2';

/** The level for a severity as users write it (ESLint-compatible), or undefined if invalid. */
export function toLevel(input: unknown): Level | undefined {
  return LEVELS.get(typeof input === 'string' ? input.toLowerCase() : input);
}
