/**
 * Whole-process runs of the CLI: cold wall and CPU time (median of several), peak RSS, and
 * which modules one run loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { ProbeReport, ProbeUsage } from './probe.js';
import { summarize, type Timing } from './timing.js';

export interface CliRuns {
  /** Wall time per run, with the CPU time of the child (from the usage probe) as `cpu`. */
  wall: Timing;
  /** Largest peak RSS over the timed runs, MiB. */
  peakRssMiB: number;
  exitCodes: number[];
  /** The JSON reporter's stdout parsed as JSON (stray output such as dotenv tips would break it). */
  stdoutIsJson: boolean;
  /** From one more run with the module probe preloaded. */
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
  return path.join(repoRoot, 'dist/cli/bin.js');
}

export interface Spawned {
  wallMs: number;
  status: number;
  stdout: string;
  stderr: string;
  usage?: ProbeUsage;
}

/** Run node with `args`, the usage probe preloaded; `env` adds variables. */
export function spawnNode(args: string[], probeScript: string, cwd: string, env: NodeJS.ProcessEnv = {}): Spawned {
  const usageOut = path.join(cwd, '.bench-tmp', `usage-${process.pid}.json`);
  rmSync(usageOut, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(probeScript).href, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    env: { ...process.env, ...env, CLAUSELINT_PROBE_USAGE_OUT: usageOut },
  });
  const wallMs = performance.now() - start;
  const spawned: Spawned = { wallMs, status: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
  if (existsSync(usageOut)) {
    spawned.usage = JSON.parse(readFileSync(usageOut, 'utf8')) as ProbeUsage;
    rmSync(usageOut, { force: true });
  }
  return spawned;
}

function timeRuns(args: string[], options: Required<CliOptions>): { runs: Spawned[]; wall: Timing } {
  spawnNode(args, options.probeScript, options.repoRoot);
  const runs = Array.from({ length: options.runs }, () => spawnNode(args, options.probeScript, options.repoRoot));
  const cpu = runs.flatMap((run) => (run.usage ? [run.usage.cpuMs] : []));
  return { runs, wall: summarize(runs.map((run) => run.wallMs), cpu) };
}

/** `node -e ''` the same way, for the floor every CLI run pays. */
export function nodeStartup(repoRoot: string, probeScript: string, runs = 5): Timing {
  return timeRuns(['-e', ''], { repoRoot, probeScript, runs }).wall;
}

export function runCli(file: string, { repoRoot, runs = 5, probeScript }: CliOptions): CliRuns | { problem: string } {
  const bin = cliPath(repoRoot);
  if (!existsSync(bin)) return { problem: `${path.relative(repoRoot, bin)} is not built yet` };
  const args = [bin, file, '--format', 'json'];
  const timed = timeRuns(args, { repoRoot, runs, probeScript });
  const exitCodes = timed.runs.map((run) => run.status);
  const result: CliRuns = {
    wall: timed.wall,
    peakRssMiB: Math.max(0, ...timed.runs.map((run) => (run.usage?.maxRssKiB ?? 0) / 1024)),
    exitCodes,
    stdoutIsJson: timed.runs.every((run) => parsesAsJson(run.stdout)),
  };

  const probeOut = path.join(repoRoot, '.bench-tmp', `probe-${process.pid}.json`);
  rmSync(probeOut, { force: true });
  const probed = spawnNode(args, probeScript, repoRoot, { CLAUSELINT_PROBE_OUT: probeOut });
  if (existsSync(probeOut)) {
    result.probe = JSON.parse(readFileSync(probeOut, 'utf8')) as ProbeReport;
    rmSync(probeOut, { force: true });
  } else {
    result.problem = `the probe run wrote nothing (exit ${probed.status}): ${probed.stderr.trim().slice(0, 300)}`;
  }
  const failed = timed.runs.find((run) => run.status !== 0 && run.status !== 1);
  if (failed) result.problem = `the CLI exited with ${failed.status}: ${failed.stderr.trim().slice(0, 300)}`;
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
