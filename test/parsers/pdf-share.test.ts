/**
 * A long PDF read by two pdf.js workers at once (a long-lived process, `keepWorker`): the pages
 * come back complete and in order, the tree is the one a single worker builds, and the pool is
 * whole afterwards, after a timeout too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/parsers/pdf.js';
import { extractPdf } from '../../src/parsers/pdf/extract.js';
import { idleWorkerCount, POOL_SIZE } from '../../src/parsers/pdf/worker-pool.js';

// 120 pages of 50 numbered lines (scripts/make-pdf-fixtures.ts `long`).
const LONG = new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/parsers/pdf/long.pdf', import.meta.url))));
const TIME_LIMIT_MS = 60_000;
// A pool of one worker (a one-core machine) has none to spare.
const READERS = Math.min(2, POOL_SIZE);

describe('a long PDF shared by two workers', () => {
  it('gives every page once, in order, and the tree a single worker gives', async () => {
    const single = await parsePdf(LONG, { keepWorker: false });
    expect(single.ok).toBe(true);
    expect(idleWorkerCount()).toBe(0);

    // Two warm workers in the pool: two PDFs at once leave both idle.
    await Promise.all([1, 2].map(() => extractPdf(LONG, { timeLimitMs: TIME_LIMIT_MS, keepWorker: true, shareMinPages: 0 })));
    expect(idleWorkerCount()).toBe(READERS);

    const shared = await extractPdf(LONG, { timeLimitMs: TIME_LIMIT_MS, keepWorker: true, shareMinPages: 2 });
    if (!shared.ok) throw new Error(shared.error.message);
    expect(shared.readers).toBe(READERS);
    expect(shared.pages.map((page) => page.number)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    for (const page of shared.pages) {
      expect(page.items[0]?.str.startsWith(`${page.number}.1 `), `page ${page.number}`).toBe(true);
    }
    expect(idleWorkerCount()).toBe(READERS);

    const sharedTree = await parsePdf(LONG, { keepWorker: true, shareMinPages: 2 });
    expect(sharedTree).toEqual(single);
    expect(idleWorkerCount()).toBe(READERS);
  }, 120_000);

  it('reads a short PDF, and any PDF in a one-shot run, with one worker', async () => {
    const short = await extractPdf(LONG, { timeLimitMs: TIME_LIMIT_MS, keepWorker: true, shareMinPages: 121 });
    expect(short.ok && short.readers).toBe(1);
    const oneShot = await extractPdf(LONG, { timeLimitMs: TIME_LIMIT_MS, shareMinPages: 2 });
    expect(oneShot.ok && oneShot.readers).toBe(1);
  }, 120_000);

  it('ends both workers at the time limit, and the pool still reads the next PDFs', async () => {
    const late = await extractPdf(LONG, { timeLimitMs: 5, keepWorker: true, shareMinPages: 2 });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.code).toBe('timeout');
    const next = await Promise.all([1, 2, 3].map(() => extractPdf(LONG, { timeLimitMs: TIME_LIMIT_MS, keepWorker: true, shareMinPages: 2 })));
    expect(next.map((result) => result.ok && result.pages.length)).toEqual([120, 120, 120]);
  }, 120_000);
});
