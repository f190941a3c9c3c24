/**
 * Warm, in-process timing: warm-up runs, then timed runs until enough runs and enough time.
 * Each run records wall time and the process's CPU time (user + system, all threads): on a
 * busy machine wall time includes waiting for a core, CPU time does not.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Milliseconds: wall-time median and range over the timed runs, and the CPU-time median. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Median CPU time (user + system) per run, when it was measured. */
  cpu?: number;
}

export interface MeasureOptions {
  warmup?: number;
  minRuns?: number;
  /** Keep running until the timed runs add up to this many ms (or maxRuns). */
  minTotalMs?: number;
  maxRuns?: number;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new RangeError('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function summarize(wall: readonly number[], cpu?: readonly number[]): Timing {
  if (wall.length === 0) throw new RangeError('no samples');
  const timing: Timing = { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), runs: wall.length };
  if (cpu && cpu.length > 0) timing.cpu = median(cpu);
  return timing;
}

interface Clock {
  wall: number[];
  cpu: number[];
  total: number;
}

async function timeOnce(clock: Clock, run: () => unknown): Promise<void> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await run();
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  clock.wall.push(elapsed);
  clock.cpu.push((cpu.user + cpu.system) / 1000);
  clock.total += elapsed;
}

const enough = (clock: Clock, { minRuns, minTotalMs, maxRuns }: Required<Omit<MeasureOptions, 'warmup'>>): boolean =>
  clock.wall.length >= maxRuns || (clock.wall.length >= minRuns && clock.total >= minTotalMs);

/** Time `run` as a whole. */
export async function measure(
  run: () => unknown,
  { warmup = 2, minRuns = 5, minTotalMs = 1000, maxRuns = 30 }: MeasureOptions = {},
): Promise<Timing> {
  for (let index = 0; index < warmup; index++) await run();
  collectGarbage();
  const clock: Clock = { wall: [], cpu: [], total: 0 };
  while (!enough(clock, { minRuns, minTotalMs, maxRuns })) await timeOnce(clock, run);
  return summarize(clock.wall, clock.cpu);
}

/**
 * Time only the second step of each run: `prepare` builds fresh input (untimed, followed by a
 * full GC and a pause so its garbage is not collected on the step's clock), `timed` uses it.
 * For stages that need a fresh cache every run (analyses).
 */
export async function measureStep<T>(
  prepare: () => T | Promise<T>,
  timed: (input: T) => unknown,
  { warmup = 2, minRuns = 5, minTotalMs = 300, maxRuns = 60 }: MeasureOptions = {},
): Promise<Timing> {
  for (let index = 0; index < warmup; index++) timed(await prepare());
  const clock: Clock = { wall: [], cpu: [], total: 0 };
  while (!enough(clock, { minRuns, minTotalMs, maxRuns })) {
    const input = await prepare();
    collectGarbage();
    await settle();
    await timeOnce(clock, () => timed(input));
  }
  return summarize(clock.wall, clock.cpu);
}

/** Alternate A and B runs (pairs), so drift hits both; the ratio is of the medians, B/A. */
export async function pairedRatio(
  a: () => unknown,
  b: () => unknown,
  pairs = 9,
): Promise<{ a: Timing; b: Timing; ratio: number; cpuRatio: number }> {
  await a();
  await b();
  collectGarbage();
  const clockA: Clock = { wall: [], cpu: [], total: 0 };
  const clockB: Clock = { wall: [], cpu: [], total: 0 };
  for (let index = 0; index < pairs; index++) {
    await timeOnce(clockA, a);
    await timeOnce(clockB, b);
  }
  const timingA = summarize(clockA.wall, clockA.cpu);
  const timingB = summarize(clockB.wall, clockB.cpu);
  return {
    a: timingA,
    b: timingB,
    ratio: timingB.median / timingA.median,
    cpuRatio: (timingB.cpu ?? 0) / (timingA.cpu ?? 1),
  };
}

/**
 * Let V8's concurrent sweeping after a forced GC finish: otherwise its helper threads bill CPU
 * time to the next timed step, more the bigger the heap (seen as false superlinear growth).
 */
const SETTLE_MS = 20;
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

let gc: (() => void) | undefined;

/** A full GC between batches, so one stage's garbage is not collected on the next one's clock. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
