/**
 * Bad PDFs (fixtures/bad-input/*.pdf, made by scripts/make-pdf-fixtures.ts) give one-line errors
 * with a stable code, never a throw or a hang, and are never written to.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { parsePdf } from '../../src/parsers/pdf.js';

const BAD = join(import.meta.dirname, '../../fixtures/bad-input');
const GOOD = join(import.meta.dirname, '../../fixtures/parsers/pdf/layout.pdf');
const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function errorOf(name: string, timeLimitMs = 30_000) {
  const path = join(BAD, name);
  const before = hash(path);
  const result = await parsePdf(new Uint8Array(readFileSync(path)), { timeLimitMs });
  expect(hash(path)).toBe(before);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('parsed');
  expect(result.error.message).not.toMatch(/\n/);
  return result.error;
}

describe('bad PDFs', { timeout: 60_000 }, () => {
  it('encrypted.pdf (a user password): remove the password first', async () => {
    expect(await errorOf('encrypted.pdf')).toEqual({ code: 'encrypted', message: 'encrypted PDF: remove the password first' });
  });

  it('scanned-no-text.pdf (one image, no text): run OCR first', async () => {
    const error = await errorOf('scanned-no-text.pdf');
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toMatch(/^no text layer: run OCR first/);
  });

  it('truncated.pdf (cut at 55 %): truncated', async () => {
    const error = await errorOf('truncated.pdf');
    expect(error.code).toBe('truncated-pdf');
    expect(error.message).toMatch(/truncated/);
  });

  it('corrupt.pdf (garbage between a header and an end marker): damaged', async () => {
    const error = await errorOf('corrupt.pdf');
    expect(error.code).toBe('corrupt-pdf');
    expect(error.message).toMatch(/^the PDF is damaged/);
  });

  it('more text than one document may hold (a lower limit here; 16,777,216 characters by default)', async () => {
    const result = await parsePdf(new Uint8Array(readFileSync(GOOD)), { maxTextChars: 1000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'document-too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/^the document holds \d{1,3},\d{3} characters of text, over the limit of 1,000; split the document$/);
    expect((await parsePdf(new Uint8Array(readFileSync(GOOD)))).ok).toBe(true);
  });

  it('an empty file', async () => {
    expect(await parsePdf(new Uint8Array())).toEqual({ ok: false, error: { code: 'empty-file', message: 'the file is empty' } });
  });

  it('busy.pdf: the time limit stops pdf.js for real, and the next PDF parses', async () => {
    const started = performance.now();
    const error = await errorOf('busy.pdf', 1500);
    const elapsed = performance.now() - started;
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/longer than the 1\.5 s limit/);
    expect(elapsed).toBeLessThan(10_000);
    // The worker is terminated: the process goes quiet (cpuUsage counts every thread).
    await sleep(300);
    const cpu = process.cpuUsage();
    await sleep(1000);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
    const good = await parsePdf(new Uint8Array(readFileSync(GOOD)));
    expect(good.ok).toBe(true);
  });

  it('through the linter: one fatal parse-error diagnostic per bad file', async () => {
    const linter = createLinter({ cwd: BAD });
    for (const [name, code] of [
      ['encrypted.pdf', 'encrypted'],
      ['scanned-no-text.pdf', 'no-text-layer'],
      ['truncated.pdf', 'truncated-pdf'],
      ['corrupt.pdf', 'corrupt-pdf'],
    ] as const) {
      const result = await linter.lintFile(join(BAD, name));
      expect(result.format).toBe('pdf');
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ ruleId: 'parse-error', messageId: code, fatal: true, severity: 'error' });
    }
  });
});
