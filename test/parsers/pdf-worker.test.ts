/**
 * The pdf.js worker's life across PDFs: a one-shot run ends it after each PDF (peak memory stays
 * close to pdf-parse's own); a long-lived linter (`keepPdfWorker`, used by watch mode) keeps it
 * warm for the next PDF, with the same findings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLinter, type LintResult } from '../../src/index.js';
import { idleWorkerCount } from '../../src/parsers/pdf/worker-pool.js';

const PDF = fileURLToPath(new URL('../../fixtures/parsers/pdf/mobility-agreement.pdf', import.meta.url));
// The same PDF with every cross-reference offset two bytes off (scripts/make-pdf-fixtures.ts).
const SHIFTED = fileURLToPath(new URL('../../fixtures/parsers/pdf/shifted-offsets.pdf', import.meta.url));
const findings = (result: LintResult): string[] =>
  result.messages.map((message) => `${message.ruleId}@${message.anchor.label}:${message.fingerprint}`);

describe('the pdf.js worker between PDFs', () => {
  it('ends after each PDF by default, and stays warm with keepPdfWorker, with the same findings', async () => {
    const cwd = path.dirname(PDF);
    const oneShot = await createLinter({ cwd }).lintFile(PDF);
    expect(oneShot.fatalErrorCount).toBe(0);
    expect(idleWorkerCount()).toBe(0);

    const longLived = createLinter({ cwd, keepPdfWorker: true });
    const first = await longLived.lintFile(PDF);
    expect(idleWorkerCount()).toBe(1);
    const again = await longLived.lintFile(PDF);
    expect(idleWorkerCount()).toBe(1);
    expect(findings(first)).toEqual(findings(oneShot));
    expect(findings(again)).toEqual(findings(oneShot));

    // A one-shot lint takes the warm worker and ends it when done.
    await createLinter({ cwd }).lintFile(PDF);
    expect(idleWorkerCount()).toBe(0);
  }, 60_000);

  it('reads a damaged PDF that pdf.js recovers from, and the PDFs after it in the same worker', async () => {
    const cwd = path.dirname(PDF);
    const expected = findings(await createLinter({ cwd }).lintFile(PDF));
    // pdf.js rebuilds the cross-reference table and leaves a rejected promise without a handler,
    // which used to end the worker and fail whichever PDF it read next.
    const longLived = createLinter({ cwd, keepPdfWorker: true });
    for (let round = 0; round < 2; round++) {
      const damaged = await longLived.lintFile(SHIFTED);
      expect(damaged.fatalErrorCount, damaged.messages[0]?.message).toBe(0);
      expect(findings(damaged)).toEqual(expected);
      const next = await longLived.lintFile(PDF);
      expect(next.fatalErrorCount, next.messages[0]?.message).toBe(0);
      expect(findings(next)).toEqual(expected);
    }
    expect(idleWorkerCount()).toBe(1);

    // The command line's pool hands a worker to the next waiting PDF the same way.
    const oneShot = createLinter({ cwd });
    const results = await Promise.all([SHIFTED, SHIFTED, PDF, SHIFTED, PDF, PDF].map((file) => oneShot.lintFile(file)));
    for (const result of results) {
      expect(result.fatalErrorCount, `${path.basename(result.filePath)}: ${result.messages[0]?.message}`).toBe(0);
      expect(findings(result)).toEqual(expected);
    }
  }, 120_000);
});
