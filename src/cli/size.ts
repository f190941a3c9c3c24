import { UsageError } from './errors.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** "50mb", "512 KB", "1.5g", "2000" → bytes. Units are binary (1 mb = 1024 × 1024 bytes). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const multiplier = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || multiplier === undefined || Number(match[1]) <= 0) {
    throw new UsageError(`--max-file-size expects a size such as 50mb, 512kb or 2000000, not "${value}"`);
  }
  return Math.floor(Number(match[1]) * multiplier);
}
