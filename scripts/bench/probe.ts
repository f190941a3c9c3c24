/**
 * Preloaded with `node --import <this file>` into a child process. On exit it writes JSON to:
 * - CLAUSELINT_PROBE_USAGE_OUT: the process's CPU time and peak RSS (cheap: no hooks);
 * - CLAUSELINT_PROBE_OUT: the same plus every module loaded (ESM through a load hook on the
 *   loader thread, CommonJS through `require.cache`). The hook thread costs time: time other runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

export interface ProbeUsage {
  /** User + system CPU time of the whole process, ms. */
  cpuMs: number;
  /** Peak resident set size of the process, KiB. */
  maxRssKiB: number;
}

export interface ProbeReport extends ProbeUsage {
  /** URLs or paths of every module loaded (ESM and CommonJS). */
  modules: string[];
}

function usage(): ProbeUsage {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  return { cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKiB: maxRSS };
}

const usageOut = process.env.CLAUSELINT_PROBE_USAGE_OUT;
if (usageOut) process.on('exit', () => writeFileSync(usageOut, JSON.stringify(usage())));

const out = process.env.CLAUSELINT_PROBE_OUT;
if (out) {
  const esmLog = `${out}.esm`;
  writeFileSync(esmLog, '');
  register(new URL('./probe-hooks.js', import.meta.url), { data: { logFile: esmLog } });
  process.on('exit', () => {
    const cjs = Object.keys(createRequire(import.meta.url).cache);
    const esm = readFileSync(esmLog, 'utf8').split('\n').filter(Boolean);
    rmSync(esmLog, { force: true });
    const report: ProbeReport = { ...usage(), modules: [...new Set([...esm, ...cjs])] };
    writeFileSync(out, JSON.stringify(report));
  });
}
