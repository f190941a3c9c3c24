/** Warm, in-process timing: warm-up runs, then timed runs until enough runs and enough time. */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Milliseconds: median and range over the timed runs. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  warmup?: number;
  minRuns?: number;
  /** Keep running until the timed runs add up to this many ms (or maxRuns). */
  minTotalMs?: number;
  maxRuns?: number;
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Time `run` as a whole: median (min–max) in ms. */
export async function measure(
  run: () => unknown | Promise<unknown>,
  { warmup = 2, minRuns = 5, minTotalMs = 1000, maxRuns = 30 }: MeasureOptions = {},
): Promise<Timing> {
  for (let index = 0; index < warmup; index++) await run();
  collectGarbage();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || total < minTotalMs)) {
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return summarize(samples);
}

/**
 * Time only the second step of each run: `prepare` builds fresh input (untimed), `timed` uses it.
 * For stages that need a fresh cache every run (analyses).
 */
export async function measureStep<T>(
  prepare: () => T | Promise<T>,
  timed: (input: T) => unknown,
  { warmup = 2, minRuns = 5, minTotalMs = 500, maxRuns = 100 }: MeasureOptions = {},
): Promise<Timing> {
  for (let index = 0; index < warmup; index++) timed(await prepare());
  collectGarbage();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || total < minTotalMs)) {
    const input = await prepare();
    const start = performance.now();
    timed(input);
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return summarize(samples);
}

/** Alternate A and B runs (pairs), so drift hits both; returns the ratio of medians B/A. */
export async function pairedRatio(
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
  pairs = 9,
): Promise<{ a: Timing; b: Timing; ratio: number }> {
  await a();
  await b();
  collectGarbage();
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let index = 0; index < pairs; index++) {
    let start = performance.now();
    await a();
    samplesA.push(performance.now() - start);
    start = performance.now();
    await b();
    samplesB.push(performance.now() - start);
  }
  const timingA = summarize(samplesA);
  const timingB = summarize(samplesB);
  return { a: timingA, b: timingB, ratio: timingB.median / timingA.median };
}

let gc: (() => void) | undefined;

/** A full GC between batches, so one stage's garbage is not collected on the next one's clock. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
