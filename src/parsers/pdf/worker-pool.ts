/**
 * The pool of pdf.js worker threads (./worker-source.ts) that ./extract.ts runs its jobs on.
 *
 * At most POOL_SIZE workers run at once; a job beyond that waits its turn. A worker that a job
 * gives back is either kept idle, warm, for the next job (pdf.js loaded; its place is handed to a
 * waiting job if there is one), or ended at once to free its memory. An idle worker is unref'd:
 * it never keeps the process alive, and one that dies while idle leaves the pool.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_SOURCE } from './worker-source.js';

export interface Slot {
  worker: Worker;
  /** The worker's heap limit, in MiB: a job with another limit gets a new worker. */
  heapMb: number;
}

/** Workers at most at once: one per core, up to four. */
export const POOL_SIZE = Math.max(1, Math.min(4, availableParallelism()));

const idle: Slot[] = [];
let running = 0;
const waiting: Array<() => void> = [];

/** pdf.js workers waiting, warm, for the next PDF. */
export function idleWorkerCount(): number {
  return idle.length;
}

/** Whether a job waits for a place in the pool. */
export function jobsWaiting(): boolean {
  return waiting.length > 0;
}

function spawn(heapMb: number): Slot {
  // No piped stdout/stderr: a read stream would keep an idle worker (and the process) alive.
  // The worker mutes its own console and process output instead.
  const worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const slot = { worker, heapMb };
  // A worker that dies while idle leaves the pool (a running job has its own handlers).
  worker.on('exit', () => {
    const at = idle.indexOf(slot);
    if (at >= 0) idle.splice(at, 1);
  });
  worker.on('error', () => {});
  return slot;
}

/** A place in the pool, once one is free. Pair with `release` (or `putBack`). */
export async function acquire(): Promise<void> {
  if (running < POOL_SIZE) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

/** Frees a place: handed to the first waiting job, if any. */
export function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** For a job that holds a place: an idle worker with this heap limit, or a new one. Throws when a worker cannot start. */
export function takeSlot(heapMb: number): Slot {
  let slot = idle.pop();
  if (slot && slot.heapMb !== heapMb) {
    void slot.worker.terminate();
    slot = undefined;
  }
  slot ??= spawn(heapMb);
  slot.worker.ref();
  return slot;
}

/** Back to the pool, warm, or ended; either way its place is free again. */
export function putBack(slot: Slot, keep: boolean): void {
  if (keep) {
    slot.worker.unref();
    idle.push(slot);
  } else {
    void slot.worker.terminate();
  }
  release();
}

/** A second worker, now, if the pool has a place to spare: no job may wait for it. */
export function spareSlot(heapMb: number): Slot | undefined {
  if (running >= POOL_SIZE || waiting.length > 0) return undefined;
  running++;
  try {
    return takeSlot(heapMb);
  } catch {
    running--;
    return undefined;
  }
}
