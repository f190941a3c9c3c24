/**
 * The pdf.js worker's life across PDFs: a one-shot run ends it after each PDF (peak memory stays
 * close to pdf-parse's own); a long-lived linter (`keepPdfWorker`, used by watch mode) keeps it
 * warm for the next PDF, with the same findings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLinter, type LintResult } from '../../src/index.js';
import { idleWorkerCount } from '../../src/parsers/pdf/extract.js';

const PDF = fileURLToPath(new URL('../../fixtures/parsers/pdf/mobility-agreement.pdf', import.meta.url));
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
});
