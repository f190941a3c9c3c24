/**
 * PDF contracts → ContractTree, on pdf-parse v2 (pdf.js).
 *
 * One pass of pdf.js per file, in a worker thread under a time limit (./pdf/extract.ts): the
 * text items of every page with their positions and font sizes. Then, in this thread:
 * rows and line numbers, two-column reading order and tables (./pdf/layout.ts); running
 * headers, footers and page numbers dropped (./pdf/furniture.ts); line cleanup and words
 * hyphenated across lines joined (./pdf/clean.ts); letters lost in ligature glyphs restored
 * (./pdf/ligatures.ts); blocks, headings by font size and clause numbering (./pdf/build.ts, with
 * ./sectioning.ts).
 *
 * Anchors: every block node has `data.source = {kind: 'pdf', page, line}`, the line where it
 * starts, and so does every line's text node (a finding anchors to the line its text starts on);
 * lines are counted on their page from the top over every visible line, the running header
 * included (what a reader counts in a PDF viewer). A page whose text runs sideways on screen is
 * read the way its text runs (./pdf/worker-source.ts), its lines counted as a reader who turns
 * the page does.
 *
 * Bad input is a result, never a throw or a hang: empty, truncated, damaged, encrypted, without a
 * text layer, with more text than one document may hold (./document-limits.ts), or too slow (the
 * time limit: `timeLimitMs`, or the CLAUSELINT_PDF_TIMEOUT environment variable in seconds,
 * default 30 s).
 */
import type { ParseError, ParseNotice, ParseResult, Parser } from '../tree/types.js';
import { tooManyChars } from './document-limits.js';
import { buildTree } from './pdf/build.js';
import { extractPdf } from './pdf/extract.js';
import { markFurniture } from './pdf/furniture.js';
import { buildRows, layoutPage } from './pdf/layout.js';

export const DEFAULT_PDF_TIME_LIMIT_MS = 30_000;

export interface PdfParserOptions {
  /** Wall-clock limit for reading one PDF, in milliseconds. */
  timeLimitMs?: number;
  /** Keep the pdf.js worker warm between PDFs (see ./pdf/extract.ts). */
  keepWorker?: boolean;
  /** With `keepWorker`, share a PDF of at least this many pages with a second worker (./pdf/extract.ts). */
  shareMinPages?: number;
  /** At most this many characters of text (default MAX_TEXT_CHARS, ./document-limits.ts). */
  maxTextChars?: number;
}

/** The time limit from CLAUSELINT_PDF_TIMEOUT (seconds), else the default. */
export function timeLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CLAUSELINT_PDF_TIMEOUT;
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : DEFAULT_PDF_TIME_LIMIT_MS;
}

const failure = (code: string, message: string): { ok: false; error: ParseError } => ({ ok: false, error: { code, message } });

const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const EOF_SEARCH = 8192;

/** A complete PDF ends with "%%EOF" (give or take trailing bytes); a cut-off download does not. */
export function hasEofMarker(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - EOF_SEARCH);
  outer: for (let i = bytes.length - EOF_MARKER.length; i >= from; i--) {
    for (let k = 0; k < EOF_MARKER.length; k++) if (bytes[i + k] !== EOF_MARKER[k]) continue outer;
    return true;
  }
  return false;
}

export async function parsePdf(bytes: Uint8Array, options: PdfParserOptions = {}): Promise<ParseResult> {
  if (bytes.length === 0) return failure('empty-file', 'the file is empty');
  if (!hasEofMarker(bytes)) {
    return failure('truncated-pdf', 'the PDF is truncated (it has no end-of-file marker): it may be an incomplete download or copy');
  }
  const extracted = await extractPdf(bytes, {
    timeLimitMs: options.timeLimitMs ?? timeLimitFromEnv(),
    ...(options.keepWorker !== undefined ? { keepWorker: options.keepWorker } : {}),
    ...(options.shareMinPages !== undefined ? { shareMinPages: options.shareMinPages } : {}),
  });
  if (!extracted.ok) return extracted;
  const { pages } = extracted;
  if (pages.length === 0) return failure('corrupt-pdf', 'the PDF has no pages');
  let chars = 0;
  for (const page of pages) for (const item of page.items) chars += item.str.length;
  const tooLarge = tooManyChars(chars, options.maxTextChars);
  if (tooLarge) return { ok: false, error: tooLarge };
  try {
    const withRows = pages.map((page) => ({ page, height: page.height, rows: buildRows(page.items) }));
    if (withRows.every(({ rows }) => rows.length === 0)) {
      return failure('no-text-layer', `no text layer: run OCR first (the PDF has ${pages.length} page${pages.length === 1 ? '' : 's'} but no text; it looks scanned)`);
    }
    markFurniture(withRows);
    const layouts = withRows.map(({ page, rows }) => layoutPage(page, rows));
    const built = buildTree(layouts);
    if (!built) return failure('no-text-layer', 'no text layer: run OCR first (the PDF has no text besides headers, footers and page numbers)');
    const unread = withRows.filter(({ rows }) => rows.every((row) => row.furniture)).map(({ page }) => page.number);
    return { ok: true, tree: built.tree, ...(unread.length > 0 ? { notices: [pagesWithoutText(unread)] } : {}) };
  } catch (error) {
    return failure('parser-crash', `the PDF parser failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Pages with no text besides running headers, footers and page numbers: scanned pages in an
 * otherwise digital PDF (a signed annex, a scanned schedule), or blank ones. What they show is not
 * linted, so a safeguard printed there would be reported missing: the notice tells the user why.
 */
function pagesWithoutText(pages: number[]): ParseNotice {
  const one = pages.length === 1;
  return {
    code: 'pages-without-text',
    message: one
      ? 'no text on this page (a scanned image, or blank), so it was not linted; if it holds contract text, run OCR first'
      : 'no text on these pages (scanned images, or blank), so they were not linted; if they hold contract text, run OCR first',
    pages,
  };
}

export function createPdfParser(options: PdfParserOptions = {}): Parser {
  return {
    id: 'pdf',
    extensions: ['.pdf'],
    parse: (bytes) => parsePdf(bytes, options),
  };
}

export const pdfParser: Parser = createPdfParser();
