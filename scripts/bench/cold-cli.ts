/** Whole-process runs of the CLI: cold wall time (median of several), peak RSS and loaded modules. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { ProbeReport } from './probe.js';
import { summarize, type Timing } from './timing.js';

export interface CliRuns {
  wall: Timing;
  exitCodes: number[];
  /** The JSON reporter's stdout parsed as JSON (stray output such as dotenv tips would break it). */
  stdoutIsJson: boolean;
  /** From one more run with the probe preloaded. */
  probe?: ProbeReport;
  problem?: string;
}

export interface CliOptions {
  repoRoot: string;
  /** Timed runs after one untimed warm-up of the disk cache. */
  runs?: number;
  probeScript: string;
}

const MAX_BUFFER = 256 * 1024 * 1024;

export function cliPath(repoRoot: string): string {
  return path.join(repoRoot, 'dist/src/cli/bin.js');
}

/** `node -e ''` the same way, for the floor every CLI run pays. */
export function nodeStartup(runs = 5): Timing {
  const samples: number[] = [];
  spawnSync(process.execPath, ['-e', '']);
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function runCli(file: string, { repoRoot, runs = 5, probeScript }: CliOptions): CliRuns | { problem: string } {
  const bin = cliPath(repoRoot);
  if (!existsSync(bin)) return { problem: `${path.relative(repoRoot, bin)} is not built yet` };
  const args = [bin, file, '--format', 'json'];
  const spawn = (extraArgs: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, [...extraArgs, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: MAX_BUFFER, env });

  spawn();
  const samples: number[] = [];
  const exitCodes: number[] = [];
  let stdout = '';
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    const child = spawn();
    samples.push(performance.now() - start);
    exitCodes.push(child.status ?? -1);
    stdout = child.stdout;
  }
  const result: CliRuns = { wall: summarize(samples), exitCodes, stdoutIsJson: parsesAsJson(stdout) };

  const probeOut = path.join(path.dirname(file), `probe-${process.pid}-${path.basename(file)}.json`);
  const probed = spawn(['--import', pathToFileURL(probeScript).href], { ...process.env, CLAUSELINT_PROBE_OUT: probeOut });
  if (existsSync(probeOut)) {
    result.probe = JSON.parse(readFileSync(probeOut, 'utf8')) as ProbeReport;
    rmSync(probeOut, { force: true });
  } else {
    result.problem = `the probe run wrote nothing (exit ${probed.status}): ${probed.stderr.trim().slice(0, 300)}`;
  }
  if (exitCodes.some((code) => code !== 0 && code !== 1)) {
    result.problem = `the CLI exited with ${exitCodes.join(', ')}: ${probed.stderr.trim().slice(0, 300)}`;
  }
  return result;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
