/**
 * Bad DOCX input never crashes or hangs a run: each fixture in fixtures/bad-input (made by
 * scripts/make-docx-fixtures.ts) gives one fatal `parse-error` with a one-line cause, quickly, and
 * the file is left as it was. The parser is also called directly (the API a caller may use
 * without format detection), and on damaged copies of a good document.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { parseDocx } from '../../src/parsers/docx.js';
import { openZip } from '../../src/parsers/zip-guard.js';
import { makeDocx, p } from '../parsers/docx-helpers.js';

const BAD = join(import.meta.dirname, '../../fixtures/bad-input');
const GOOD = join(import.meta.dirname, '../../fixtures/parsers/docx/numbered-clauses.docx');

/** fixture → [code when linted (format detection first), code from parseDocx alone, message pattern]. */
const CASES: Record<string, [string, string, RegExp]> = {
  'empty.docx': ['empty-file', 'empty-file', /empty/],
  'truncated.docx': ['corrupt-zip', 'corrupt-zip', /damaged|truncated/],
  'not-word.docx': ['not-a-word-file', 'not-a-word-file', /not a Word document/],
  'opendocument.docx': ['not-a-word-file', 'not-a-word-file', /OpenDocument/],
  'pdf-named.docx': ['format-mismatch', 'corrupt-zip', /PDF|ZIP/],
  'encrypted.docx': ['ole-file', 'encrypted', /encrypted|password/],
  'legacy-word.docx': ['ole-file', 'ole-file', /legacy \.doc/],
  'zip-bomb-ratio.docx': ['zip-bomb', 'zip-bomb', /expands \d+:1 .*limit 100:1/],
  'zip-bomb-total.docx': ['zip-bomb', 'zip-bomb', /more than 200 MiB/],
  'zip-bomb-lying-size.docx': ['zip-bomb', 'zip-bomb', /inflates past/],
  'huge-document.docx': ['document-too-large', 'document-too-large', /40 MiB .*16 MiB limit/],
};

const fingerprint = (path: string): string => {
  const stat = statSync(path);
  return `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.size} ${stat.mtimeMs} ${stat.mode}`;
};

describe('bad DOCX input', () => {
  const linter = createLinter({ cwd: BAD });

  for (const [name, [lintCode, parserCode, message]] of Object.entries(CASES)) {
    it(`${name}: one fatal ${lintCode} with a one-line cause; the file is untouched`, async () => {
      const path = join(BAD, name);
      const before = fingerprint(path);
      const started = performance.now();
      const result = await linter.lintFile(path);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.messages).toHaveLength(1);
      const [fatal] = result.messages;
      expect(fatal).toMatchObject({ ruleId: 'parse-error', messageId: lintCode, severity: 'error', fatal: true });
      expect(fatal!.message).not.toMatch(/[\r\n]/);
      expect(fatal!.message).not.toContain(BAD);
      expect(result.fatalErrorCount).toBe(1);

      const direct = await parseDocx(readFileSync(path));
      expect(direct.ok).toBe(false);
      if (!direct.ok) {
        expect(direct.error.code).toBe(parserCode);
        expect(direct.error.message).toMatch(message);
        expect(direct.error.message).not.toMatch(/[\r\n]/);
      }
      expect(fingerprint(path)).toBe(before);
    });
  }

  it('chooses the format by content as well as by name: a Word file named otherwise is a clear mismatch', async () => {
    const docx = readFileSync(GOOD);
    for (const name of ['contract.pdf', 'contract.md', 'contract.txt']) {
      const result = await linter.lintText(docx, join(BAD, name));
      expect(result.messages).toMatchObject([{ ruleId: 'parse-error', messageId: 'format-mismatch', fatal: true }]);
      expect(result.messages[0]!.message).toMatch(/contains a Word document \(\.docx\)/);
    }
    const legacy = await linter.lintText(readFileSync(join(BAD, 'legacy-word.docx')), join(BAD, 'contract.doc'));
    expect(legacy.messages[0]).toMatchObject({ messageId: 'ole-file', message: expect.stringMatching(/legacy Word \.doc/) });
    expect((await linter.lintText(docx, join(BAD, 'contract.DOCX'))).format).toBe('docx');
  });

  it('checks the central directory before inflating: a bomb is refused with nothing inflated', async () => {
    const zip = await openZip(readFileSync(join(BAD, 'zip-bomb-ratio.docx')));
    expect(zip).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });
    const total = await openZip(readFileSync(join(BAD, 'zip-bomb-total.docx')));
    expect(total).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });
  });

  it('inflates only the parts mammoth reads, never images or unknown parts', async () => {
    const opened = await openZip(readFileSync(GOOD));
    if (!opened.ok) throw new Error(opened.error.message);
    const zip = opened.value;
    expect((await zip.read('word/document.xml')).ok).toBe(true);
    expect(zip.inflatedBytes).toBe(zip.info('word/document.xml')!.uncompressedSize);
    expect(await zip.read('no/such/part.xml')).toMatchObject({ ok: false, error: { code: 'missing-part' } });
    zip.close();
  });

  it('applies the limits a caller sets', async () => {
    const good = readFileSync(GOOD);
    expect(await parseDocx(good, { maxDocumentBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'document-too-large' } });
    expect(await parseDocx(good, { maxTotalBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });
    expect(await parseDocx(good, { maxEntryBytes: 100 })).toMatchObject({ ok: false, error: { code: 'part-too-large' } });
    expect((await parseDocx(good)).ok).toBe(true);
  });

  it('refuses a ZIP whose entries are encrypted', async () => {
    const bytes = Buffer.from(readFileSync(join(BAD, 'not-word.docx')));
    for (const [signature, flags] of [[0x04034b50, 6], [0x02014b50, 8]] as const) {
      for (let at = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer)); at >= 0; at = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer), at + 4)) {
        bytes.writeUInt16LE(bytes.readUInt16LE(at + flags) | 1, at + flags);
      }
    }
    expect(await parseDocx(bytes)).toMatchObject({ ok: false, error: { code: 'encrypted' } });
  });

  it("names damaged XML in one plain line, without the XML parser's framing", async () => {
    const result = await parseDocx(makeDocx({ body: `${p('Alpha')}<w:p><w:r><w:t a=>Beta</w:t></w:r></w:p>` }));
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-docx' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^the Word document could not be read \(its XML is damaged: \S/);
    expect(result.error.message).not.toMatch(/xmldom|@#\[|line:undefined|[\r\n\t]/);
  });

  it('never throws on damaged copies of a good document (flipped bytes, cut short)', async () => {
    const good = readFileSync(GOOD);
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const variants: Uint8Array[] = [];
    for (let k = 0; k < 40; k++) {
      const copy = Buffer.from(good);
      for (let j = 0; j < 1 + (k % 4); j++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      variants.push(copy);
    }
    for (const fraction of [0.1, 0.5, 0.9, 0.99]) variants.push(good.subarray(0, Math.floor(good.length * fraction)));
    for (const bytes of variants) {
      const result = await parseDocx(bytes);
      if (!result.ok) {
        expect(result.error.code).toMatch(/^[a-z-]+$/);
        expect(result.error.message).not.toMatch(/[\r\n]/);
      }
    }
  });
});
