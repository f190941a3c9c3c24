/**
 * Which parser reads a file, by its extension AND its first bytes. A file whose content
 * contradicts its name (PDF bytes named .docx), a legacy or encrypted Office file, a ZIP that is
 * not a Word document, or an unknown extension gets an error naming the cause, never a guess.
 */
import type { Format, ParseError } from '../tree/types.js';

/** Extensions clauselint reads, and the format each one means. */
export const EXTENSION_FORMATS: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_FORMATS);

export type Detection = { ok: true; format: Format } | { ok: false; error: ParseError };

/** Formats we recognise but do not read, with what to do instead. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  '.doc': 'legacy Word .doc files are not supported; save it as .docx',
  '.odt': 'OpenDocument .odt files are not supported; save it as .docx',
  '.rtf': 'RTF files are not supported; save it as .docx',
  '.pages': 'Apple Pages files are not supported; export it as .docx or PDF',
};

type Content = 'zip' | 'pdf' | 'ole' | 'rtf' | 'binary' | 'text' | 'empty';

const CONTENT_NAMES: Record<Content, string> = {
  zip: 'a ZIP archive',
  pdf: 'a PDF',
  ole: 'a legacy Office (OLE) file',
  rtf: 'an RTF document',
  binary: 'binary data',
  text: 'plain text',
  empty: 'nothing',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((byte, i) => bytes[at + i] === byte);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const SNIFF_BYTES = 8192;

function sniff(bytes: Uint8Array): Content {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, RTF_MAGIC)) return 'rtf';
  // A PDF header may follow a little junk; readers accept it within the first 1024 bytes.
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i + PDF_MAGIC.length <= head.length; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(head, PDF_MAGIC, i)) return 'pdf';
  }
  // UTF-16 text has NULs; let the text parsers explain the encoding.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return 'binary';
  return 'text';
}

/**
 * The name standard input is linted under when none is given: a Word file or a PDF is read as
 * one (`clauselint --stdin < contract.docx` needs no `--stdin-filename`), anything else as
 * Markdown.
 */
export function stdinNameFor(bytes: Uint8Array): string {
  const content = sniff(bytes);
  return content === 'pdf' ? 'stdin.pdf' : content === 'zip' ? 'stdin.docx' : 'stdin.md';
}

/** Names of the entries in a ZIP's central directory, or undefined when it cannot be read. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes, at the end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8');
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What a ZIP holds, as far as choosing a parser goes. */
function zipKind(bytes: Uint8Array): 'docx' | 'odt' | 'xlsx' | 'pptx' | 'other' | 'corrupt' {
  const names = zipEntryNames(bytes);
  if (!names) return 'corrupt';
  const has = (name: string): boolean => names.includes(name);
  if (has('word/document.xml')) return 'docx';
  if (has('content.xml') && has('mimetype')) return 'odt';
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('ppt/presentation.xml')) return 'pptx';
  return 'other';
}

const ZIP_NAMES = {
  odt: 'an OpenDocument text (.odt)',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
  other: 'a ZIP archive without word/document.xml',
} as const;

function extensionOf(filePath: string): string {
  const base = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function fail(code: string, message: string): Detection {
  return { ok: false, error: { code, message } };
}

function mismatch(ext: string, found: string): Detection {
  return fail('format-mismatch', `the file is named ${ext} but contains ${found}; rename it or export it again`);
}

export function detectFormat(filePath: string, bytes: Uint8Array): Detection {
  const ext = extensionOf(filePath);
  const expected = EXTENSION_FORMATS[ext];
  const content = sniff(bytes);

  if (content === 'empty') return fail('empty-file', 'the file is empty');
  if (content === 'ole') {
    return fail(
      'ole-file',
      ext === '.doc'
        ? 'legacy Word .doc files are not supported; save it as .docx'
        : 'this is a legacy .doc or an encrypted/password-protected Office file; save it as an unprotected .docx',
    );
  }
  const unsupported = UNSUPPORTED[ext];
  if (unsupported) return fail('unsupported-format', unsupported);

  if (expected === undefined) {
    const what = ext === '' ? 'files without an extension' : `${ext} files`;
    const hint = content === 'text' ? '' : ` (the content looks like ${CONTENT_NAMES[content]})`;
    return fail('unknown-type', `clauselint does not read ${what}${hint}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }

  if (content === 'zip') {
    const kind = zipKind(bytes);
    if (kind === 'docx') return expected === 'docx' ? { ok: true, format: 'docx' } : mismatch(ext, 'a Word document (.docx)');
    if (kind === 'corrupt') {
      return expected === 'docx'
        ? fail('corrupt-zip', 'the file is a damaged ZIP archive; no Word document can be read from it')
        : mismatch(ext, 'a damaged ZIP archive');
    }
    return expected === 'docx'
      ? fail('not-a-word-file', `the file is ${ZIP_NAMES[kind]}, not a Word document`)
      : mismatch(ext, ZIP_NAMES[kind]);
  }
  if (content === 'pdf') return expected === 'pdf' ? { ok: true, format: 'pdf' } : mismatch(ext, 'a PDF');
  if (content === 'rtf') return mismatch(ext, 'an RTF document');
  if (expected === 'docx' || expected === 'pdf') return mismatch(ext, CONTENT_NAMES[content]);
  if (content === 'binary') {
    return fail('binary-file', `the file is named ${ext} but contains binary data (NUL bytes), not text`);
  }
  return { ok: true, format: expected };
}
