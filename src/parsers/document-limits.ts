/**
 * How much text one document may hold, whatever its format, so that a huge or pathological file
 * ends in a one-line error instead of running the process out of memory.
 *
 * The file-size limit (`--max-file-size`, 50 MB) bounds what is read, not what it becomes: every
 * line of text becomes tree nodes, blocks, sentences and tokens. Measured here (Node 20, a 4 GiB
 * heap): 9.3 MB of Markdown took 1.2 GB; 46.6 MB took 3.7 GB, at the heap's edge; 4 MB of one-letter
 * lines took 1.7 GB. Real contracts are far below both limits (a 1,000-page contract is about
 * 3 MB and 46,000 lines); Word documents have had the same 16 MiB bound on their document part.
 */
import type { ParseError } from '../tree/types.js';

/** At most this many characters (UTF-16 code units) of text in one document. */
export const MAX_TEXT_CHARS = 16 * 1024 * 1024;

/** At most this many lines of text (or Word paragraphs) in one document. */
export const MAX_TEXT_LINES = 1_000_000;

/** 16777216 → "16,777,216" (toLocaleString would load ICU number data on a cold run). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function tooLarge(message: string): ParseError {
  return { code: 'document-too-large', message: `${message}; split the document` };
}

/** Characters of text over the limit, as a parse error; undefined within it. */
export function tooManyChars(chars: number, limit = MAX_TEXT_CHARS): ParseError | undefined {
  return chars > limit ? tooLarge(`the document holds ${grouped(chars)} characters of text, over the limit of ${grouped(limit)}`) : undefined;
}

/** A text too long or of too many lines, as a parse error; undefined within the limits. */
export function textTooLarge(text: string): ParseError | undefined {
  const chars = tooManyChars(text.length);
  if (chars) return chars;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_TEXT_LINES) return tooLarge(`the document has more than ${grouped(MAX_TEXT_LINES)} lines`);
  }
  return undefined;
}

/**
 * A parser that ran out of stack on nesting no real contract has (lists, quotes or tables inside
 * each other thousands deep), as a parse error; undefined for any other failure.
 */
export function nestedTooDeeply(error: unknown): ParseError | undefined {
  if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) return undefined;
  return { code: 'too-complex', message: 'the document is nested too deeply to read (lists, quotes or tables inside each other thousands of levels deep)' };
}

/**
 * More Word paragraphs than one document may hold, as a parse error: each costs about 1.2 KB
 * while mammoth reads it, empty or not (a million empty ones, 5.7 MiB of XML: 10 s and 1.2 GB).
 */
export function tooManyParagraphs(count: number): ParseError | undefined {
  return count > MAX_TEXT_LINES ? tooLarge(`the document has more than ${grouped(MAX_TEXT_LINES)} paragraphs`) : undefined;
}
