/**
 * Text items with positions from a PDF, extracted by pdf.js in a worker thread under a time limit.
 *
 * A PDF can keep pdf.js busy for minutes (or forever) and pdf.js runs synchronously, so the only
 * way to really stop it is to run it in a worker and terminate the worker. The workers come from
 * a pool (./worker-pool.ts); a worker that finishes while another PDF waits takes that one
 * (pdf.js stays loaded and warm), else it ends at once and frees its memory (unless
 * `keepWorker`). A timeout, a crash or running out of the worker's heap ends the job's workers
 * and gives the file a one-line error; the run goes on.
 *
 * Workers take pages through a shared counter, one page at a time. A long-lived process
 * (`keepWorker`) has a long PDF read by two workers at once when the pool has one to spare: the
 * second loads the document and takes pages along with the first. On a 100-page PDF the wall
 * time falls by about a third and the CPU time rises by about a fifth (the document and its fonts
 * are loaded twice). A one-shot run reads each PDF with one worker (a second pdf.js would raise
 * its peak memory).
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ParseError } from '../../tree/types.js';
import { ITEM_FIELDS } from './worker-source.js';
import { acquire, jobsWaiting, putBack, release, spareSlot, takeSlot, type Slot } from './worker-pool.js';

export interface PdfItem {
  str: string;
  /** Baseline start, in points from the page's top left. */
  x: number;
  y: number;
  /** Advance width in points. */
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** `readers`: how many workers took pages (two when a long PDF was shared). */
export type Extraction = { ok: true; pages: PdfPage[]; readers: number } | { ok: false; error: ParseError };

export interface ExtractOptions {
  /** Wall-clock limit for pdf.js on this file, in milliseconds. */
  timeLimitMs: number;
  /** Heap limit of a worker, in MiB. */
  maxHeapMb?: number;
  /**
   * Keep the worker for the next PDF even when none is waiting: faster for a long-lived process
   * that parses PDFs one after another, at the cost of the idle worker's memory.
   */
  keepWorker?: boolean;
  /**
   * With `keepWorker`: a PDF of at least this many pages is read by two workers at once, each
   * taking the next page not yet taken, when the pool has a second worker to spare (default
   * DEFAULT_SHARE_MIN_PAGES; 0 never shares). A one-shot run never shares: a second pdf.js
   * would raise its peak memory.
   */
  shareMinPages?: number;
}

const DEFAULT_MAX_HEAP_MB = 2048;
/** Below this a second worker's own load of the document costs about what it would save. */
export const DEFAULT_SHARE_MIN_PAGES = 20;

interface WorkerPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  strs: string[];
  nums: Float64Array;
}

type WorkerReply =
  | { id: number; started: true; ok?: undefined }
  | { id: number; loaded: true; pageCount: number; ok?: undefined }
  | { id: number; ok: true; pages: WorkerPage[] }
  | { id: number; ok: false; name: string; message: string };

/** The ESM entry of pdf-parse, resolved from here (not from the worker's cwd). */
function pdfParseUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('pdf-parse');
  const esm = cjs.replace(/cjs([\\/])index\.cjs$/, 'esm$1index.js');
  return pathToFileURL(existsSync(esm) ? esm : cjs).href;
}

let moduleUrl: string | undefined;
let nextJobId = 1;

function fail(code: string, message: string): Extraction {
  return { ok: false, error: { code, message } };
}

/** pdf.js's exception names → a cause a user can act on. */
export function errorFromPdfJs(name: string, message: string): ParseError {
  if (name === 'PasswordException' || /password/i.test(message)) {
    return { code: 'encrypted', message: 'encrypted PDF: remove the password first' };
  }
  const detail = message.replace(/\s+/g, ' ').trim().slice(0, 160);
  return { code: 'corrupt-pdf', message: `the PDF is damaged and cannot be read${detail ? ` (${detail})` : ''}` };
}

function toPages(pages: WorkerPage[]): PdfPage[] {
  return pages.map((page) => {
    const items: PdfItem[] = new Array(page.strs.length);
    for (let i = 0; i < page.strs.length; i++) {
      const at = i * ITEM_FIELDS;
      items[i] = {
        str: page.strs[i]!,
        x: page.nums[at]!,
        y: page.nums[at + 1]!,
        width: page.nums[at + 2]!,
        size: page.nums[at + 3]!,
      };
    }
    return { number: page.number, width: page.width, height: page.height, items };
  });
}

/** Extracts the text items of every page. Never throws. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions): Promise<Extraction> {
  moduleUrl ??= pdfParseUrl();
  const heapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const shareMinPages = options.keepWorker === true ? (options.shareMinPages ?? DEFAULT_SHARE_MIN_PAGES) : 0;
  await acquire();
  let slot: Slot;
  try {
    slot = takeSlot(heapMb);
  } catch (error) {
    release();
    return fail('parser-crash', `cannot start the PDF worker: ${(error as Error).message}`);
  }
  const { worker } = slot;
  const id = nextJobId++;
  // Pages are taken in turn through this counter (the next page index), by one worker or two.
  const claim = new Int32Array(new SharedArrayBuffer(4));
  // A copy: the caller's bytes are never detached or changed.
  const copy = bytes.slice();

  return new Promise<Extraction>((resolve) => {
    let settled = false;
    let pageCount = 0;
    const pages: WorkerPage[] = [];
    // `replied`: the worker sent its last message for the job and is free again.
    let helper: { slot: Slot; id: number; replied: boolean } | undefined;
    let primaryReplied = false;
    let readers = 0;

    const keepAfter = (): boolean => jobsWaiting() || options.keepWorker === true;
    const finish = (result: Extraction, keep: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      // A PDF is waiting (or the caller asked): reuse the worker, pdf.js loaded and warm (a warm
      // parse costs about half a cold one). Otherwise end it now: its memory is freed before this
      // file's tree is built, so peak memory is not the sum of both (about 1.1× getText's
      // instead of 1.5× at 100 pages). A worker still reading (its helper failed first) ends.
      putBack(slot, keep && primaryReplied && keepAfter());
      if (helper) settleHelper(keep);
      resolve(result);
    };

    // The helper's worker leaves with the job, unless it is still reading: a helper that has
    // taken no page can be ahead of nothing, so the job does not wait for it; it goes back to
    // the pool when it replies (or ends at the time limit).
    const settleHelper = (keep: boolean): void => {
      const { slot: helperSlot } = helper!;
      helperSlot.worker.off('message', onMessage);
      helperSlot.worker.off('error', onError);
      helperSlot.worker.off('exit', onExit);
      if (helper!.replied || !keep) {
        putBack(helperSlot, keep && helper!.replied && keepAfter());
        return;
      }
      const helperId = helper!.id;
      const drain = (reply: WorkerReply): void => {
        if (reply.id !== helperId || reply.ok === undefined) return;
        done(true);
      };
      const done = (back: boolean): void => {
        clearTimeout(limit);
        helperSlot.worker.off('message', drain);
        helperSlot.worker.off('exit', gone);
        putBack(helperSlot, back && keepAfter());
      };
      const gone = (): void => done(false);
      const limit = setTimeout(() => done(false), options.timeLimitMs);
      helperSlot.worker.on('message', drain);
      helperSlot.worker.on('exit', gone);
    };

    const complete = (): void => {
      if (!primaryReplied || pages.length < pageCount) return;
      pages.sort((a, b) => a.number - b.number);
      if (pages.length !== pageCount || pages.some((page, index) => page.number !== index + 1)) {
        finish(fail('parser-crash', 'the PDF workers returned an incomplete set of pages'), false);
        return;
      }
      finish({ ok: true, pages: toPages(pages), readers }, true);
    };

    const onMessage = (reply: WorkerReply): void => {
      const fromHelper = helper !== undefined && reply.id === helper.id;
      if (reply.id !== id && !fromHelper) return;
      if ('started' in reply) {
        // pdf.js is loaded (0.25 s or more on a busy machine): the limit counts the parse alone.
        if (!fromHelper) restartTimer();
        return;
      }
      if ('loaded' in reply) {
        if (!fromHelper) {
          pageCount = reply.pageCount;
          if (shareMinPages > 0 && pageCount >= shareMinPages) share();
        }
        return;
      }
      if (fromHelper) helper!.replied = true;
      else primaryReplied = true;
      if (!reply.ok) {
        finish({ ok: false, error: errorFromPdfJs(reply.name, reply.message) }, true);
        return;
      }
      pages.push(...reply.pages);
      if (reply.pages.length > 0) readers++;
      complete();
    };

    // A second worker reads along, taking pages from the same counter.
    const share = (): void => {
      const second = spareSlot(heapMb);
      if (!second) return;
      helper = { slot: second, id: nextJobId++, replied: false };
      second.worker.on('message', onMessage);
      second.worker.on('error', onError);
      second.worker.on('exit', onExit);
      const helperCopy = bytes.slice();
      second.worker.postMessage({ id: helper.id, moduleUrl, bytes: helperCopy, claim }, [helperCopy.buffer]);
    };

    const onError = (error: Error & { code?: string }): void => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(fail('too-complex', `the PDF needs more than ${heapMb} MiB of memory to read; it may be damaged`), false);
      } else {
        finish(fail('corrupt-pdf', `the PDF could not be read (${error.message})`), false);
      }
    };
    const onExit = (): void => finish(fail('parser-crash', 'the PDF worker stopped unexpectedly'), false);
    const onTimeout = (): void => {
      const seconds = Math.round(options.timeLimitMs / 100) / 10;
      finish(
        fail('timeout', `reading the PDF took longer than the ${seconds} s limit and was stopped; the file may be damaged or too complex`),
        false,
      );
    };
    // The first budget covers loading pdf.js in a new worker; a second one starts with the parse.
    let timer = setTimeout(onTimeout, options.timeLimitMs);
    const restartTimer = (): void => {
      clearTimeout(timer);
      timer = setTimeout(onTimeout, options.timeLimitMs);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, moduleUrl, bytes: copy, claim }, [copy.buffer]);
  });
}
