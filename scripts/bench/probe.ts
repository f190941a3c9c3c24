/**
 * Preloaded with `node --import <this file>` in a child process when CLAUSELINT_PROBE_OUT is set:
 * records every module the process loads (ESM through a load hook, CommonJS through
 * `require.cache`) and the peak RSS, and writes them as JSON to that path on exit.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

export interface ProbeReport {
  /** Peak resident set size of the process, KiB. */
  maxRssKiB: number;
  /** URLs or paths of every module loaded (ESM and CommonJS). */
  modules: string[];
}

const out = process.env.CLAUSELINT_PROBE_OUT;
if (out) {
  const esmLog = `${out}.esm`;
  writeFileSync(esmLog, '');
  register(new URL('./probe-hooks.js', import.meta.url), { data: { logFile: esmLog } });
  process.on('exit', () => {
    const cjs = Object.keys(createRequire(import.meta.url).cache);
    const esm = readFileSync(esmLog, 'utf8').split('\n').filter(Boolean);
    rmSync(esmLog, { force: true });
    const report: ProbeReport = { maxRssKiB: process.resourceUsage().maxRSS, modules: [...new Set([...esm, ...cjs])] };
    writeFileSync(out, JSON.stringify(report));
  });
}
