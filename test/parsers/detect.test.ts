import { describe, expect, it } from 'vitest';
import { detectFormat, SUPPORTED_EXTENSIONS, zipEntryNames } from '../../src/parsers/detect.js';

const text = (s: string) => new TextEncoder().encode(s);

/** A minimal stored ZIP with the given entry names (contents empty; enough for the central directory). */
function zip(names: string[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], v: number) => out.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (out: number[], v: number) => out.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  for (const name of names) {
    const bytes = [...text(name)];
    const offset = parts.length;
    u32(parts, 0x04034b50);
    for (let i = 0; i < 11; i++) u16(parts, 0); // version, flags, method, time, date, crc(2), sizes(4)
    u16(parts, bytes.length);
    u16(parts, 0);
    parts.push(...bytes);
    u32(central, 0x02014b50);
    for (let i = 0; i < 12; i++) u16(central, 0); // versions, flags, method, time, date, crc, sizes
    u16(central, bytes.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central.push(...bytes);
  }
  const cdOffset = parts.length;
  const eocd: number[] = [];
  u32(eocd, 0x06054b50);
  u16(eocd, 0);
  u16(eocd, 0);
  u16(eocd, names.length);
  u16(eocd, names.length);
  u32(eocd, central.length);
  u32(eocd, cdOffset);
  u16(eocd, 0);
  return new Uint8Array([...parts, ...central, ...eocd]);
}

const docx = zip(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']);
const pdf = text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

function errorOf(path: string, bytes: Uint8Array) {
  const result = detectFormat(path, bytes);
  if (result.ok) throw new Error(`expected an error, got ${result.format}`);
  return result.error;
}

describe('detectFormat', () => {
  it('lists the supported extensions', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['.docx', '.markdown', '.md', '.pdf', '.txt']);
  });

  it('accepts each format when name and content agree', () => {
    expect(detectFormat('a/contract.md', text('# Title'))).toEqual({ ok: true, format: 'markdown' });
    expect(detectFormat('contract.MARKDOWN', text('x'))).toEqual({ ok: true, format: 'markdown' });
    expect(detectFormat('c:\\docs\\contract.txt', text('x'))).toEqual({ ok: true, format: 'text' });
    expect(detectFormat('contract.docx', docx)).toEqual({ ok: true, format: 'docx' });
    expect(detectFormat('contract.pdf', pdf)).toEqual({ ok: true, format: 'pdf' });
  });

  it('reads ZIP central directory names', () => {
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']);
    expect(zipEntryNames(text('PK\u0003\u0004 truncated'))).toBeUndefined();
  });

  it('refuses a ZIP that is not a Word document', () => {
    expect(errorOf('contract.docx', zip(['xl/workbook.xml']))).toMatchObject({ code: 'not-a-word-file', message: expect.stringMatching(/Excel/) });
    expect(errorOf('contract.docx', zip(['readme.txt'])).code).toBe('not-a-word-file');
    expect(errorOf('contract.docx', text('PK\u0003\u0004 broken')).code).toBe('corrupt-zip');
  });

  it('names both sides of a mismatch', () => {
    const error = errorOf('contract.docx', pdf);
    expect(error.code).toBe('format-mismatch');
    expect(error.message).toMatch(/\.docx/);
    expect(error.message).toMatch(/PDF/);
    expect(errorOf('contract.pdf', docx).message).toMatch(/named \.pdf.*Word document/);
    expect(errorOf('contract.md', pdf).code).toBe('format-mismatch');
    expect(errorOf('contract.docx', text('plain words')).message).toMatch(/plain text/);
  });

  it('explains OLE, legacy and other unsupported files', () => {
    expect(errorOf('contract.docx', ole)).toMatchObject({ code: 'ole-file', message: expect.stringMatching(/encrypted|password/) });
    expect(errorOf('contract.doc', ole)).toMatchObject({ code: 'ole-file', message: expect.stringMatching(/\.doc/) });
    expect(errorOf('contract.odt', zip(['mimetype', 'content.xml'])).code).toBe('unsupported-format');
    expect(errorOf('contract.rtf', text('{\\rtf1 hello}')).code).toBe('unsupported-format');
    expect(errorOf('contract.doc', text('<html>')).message).toMatch(/\.docx/);
  });

  it('refuses unknown extensions by name, even with text content', () => {
    expect(errorOf('notes.xyz', text('hello'))).toMatchObject({ code: 'unknown-type', message: expect.stringMatching(/\.xyz/) });
    expect(errorOf('LICENSE', text('MIT')).message).toMatch(/without an extension/);
    expect(errorOf('scan.jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0x00])).message).toMatch(/binary data/);
  });

  it('refuses empty and binary files', () => {
    expect(errorOf('a.md', new Uint8Array()).code).toBe('empty-file');
    expect(errorOf('a.txt', new Uint8Array([0x41, 0x00, 0x42])).code).toBe('binary-file');
  });
});
