/**
 * Plain-text contracts → ContractTree.
 *
 * The normalized text is the file's text (after a UTF-8 BOM, which is dropped: offsets count
 * from the first character after it), so every offset, line and column is exact to the file.
 *
 * Paragraphs are runs of non-blank lines; a line that starts a new numbered clause or lettered
 * item also starts a paragraph when the line before ends a sentence ("…as follows:", "…; and"), a
 * form blank ("____") or is a far-indented page header.
 * Title lines are numbered lines that read as a title ("2. Obligations of Covered Entity.") and
 * short lines in capitals. Lettered items ("a.", "(iv)") become list items, nested by indentation.
 * Each paragraph line is one text node whose value is exactly the source line (indentation left out).
 */
import { LineIndex } from '../tree/line-index.js';
import type { DocumentNode, ParseError, ParseResult, Parser, TextNode } from '../tree/types.js';
import { nestedTooDeeply, textTooLarge } from './document-limits.js';
import { assembleBlock, isAllCaps, matchItemMarker, matchNumber, NodeFactory, TreeAssembler } from './sectioning.js';

export type Decoded = { ok: true; text: string } | { ok: false; error: ParseError };

/**
 * Bytes → string for the text formats: UTF-8 only, BOM dropped, binary, empty and too large
 * (./document-limits.ts) refused.
 * Never throws.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      error: { code: 'not-utf8', message: 'the file is UTF-16 encoded; save it as UTF-8' },
    };
  }
  if (bytes.includes(0)) {
    return { ok: false, error: { code: 'binary-file', message: 'the file contains NUL bytes: it is binary, not text' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-utf8', message: 'the file is not valid UTF-8 text' } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, error: { code: 'empty-file', message: 'the file is empty' } };
  const tooLarge = textTooLarge(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  return { ok: true, text };
}

interface Line {
  /** Offset of the first character after the indentation. */
  start: number;
  /** Offset of the line break (or end of text). */
  contentEnd: number;
  /** Offset after the line break. */
  end: number;
  indent: number;
  content: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length) {
    let contentEnd = at;
    while (contentEnd < text.length && text[contentEnd] !== '\n' && text[contentEnd] !== '\r') contentEnd++;
    let end = contentEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n' && end < text.length && (end === contentEnd || text[end - 1] === '\r')) end++;
    let start = at;
    while (start < contentEnd && (text[start] === ' ' || text[start] === '\t')) start++;
    lines.push({ start, contentEnd, end, indent: start - at, content: text.slice(start, contentEnd) });
    at = end;
  }
  return lines;
}

/** A short line in capitals ("DATA USE AGREEMENT"), not a sentence ending in "," or ":". */
export function isCapsTitleLine(content: string): boolean {
  const t = content.trim();
  if (t.length < 3 || t.length > 100 || /[,;:]$/.test(t)) return false;
  if (t.split(/\s+/).length > 12) return false;
  let letters = 0;
  for (const ch of t) if (ch !== ch.toLowerCase()) letters++;
  return letters >= 3 && isAllCaps(t);
}

function startsNumberedLine(content: string): boolean {
  return matchNumber(content, 0, false) !== undefined || matchItemMarker(content, 0) !== undefined;
}

/** Groups lines into paragraphs (arrays of non-blank lines). */
function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.content.trim() === '') {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous) {
      // A sentence end, a form blank ("Project # ____") or a centred page header before the marker.
      const endsSentence = /(?:[.:;_]|; (?:and|or))\s*$/.test(previous.content) || previous.indent > line.indent + 20;
      const headingAlone =
        current.length === 1 &&
        isCapsTitleLine(previous.content) &&
        !isCapsTitleLine(line.content) &&
        !/\b(?:AND|OF|THE|TO|FOR|OR|IN|BY|WITH|BETWEEN|A|AN)\s*$/.test(previous.content);
      if ((endsSentence && startsNumberedLine(line.content)) || headingAlone) flush();
    }
    current.push(line);
  }
  flush();
  return out;
}

function lineNodes(f: NodeFactory, text: string, block: readonly Line[]): TextNode[] {
  return block.map((line, i) => {
    const last = i === block.length - 1;
    const end = last ? line.contentEnd : line.end;
    return f.textNode(text.slice(line.start, end), line.start, end);
  });
}

export function parseText(text: string): DocumentNode {
  const lines = new LineIndex(text);
  const f = new NodeFactory(text, lines, 'text');
  const asm = new TreeAssembler(f);
  let title: string | undefined;
  const blocks = paragraphs(splitLines(text));
  blocks.forEach((block, i) => {
    const first = block[0]!;
    // A numbered line in capitals ("1. DEFINITIONS") is recognised by its number instead.
    const caps = block.length === 1 && isCapsTitleLine(first.content) && matchNumber(first.content, 0, false) === undefined;
    if (i === 0 && caps) title = first.content.trim().replace(/\s+/g, ' ');
    assembleBlock(asm, lineNodes(f, text, block), {
      start: first.start,
      end: block[block.length - 1]!.contentEnd,
      indent: first.indent,
      headingLevel: caps ? 1 : undefined,
      guessedHeading: caps,
    });
  });
  const data: DocumentNode['data'] = { format: 'text', text };
  if (title) data.title = title;
  return {
    type: 'document',
    children: asm.finish(),
    position: f.position(0, text.length),
    data,
  };
}

export const textParser: Parser = {
  id: 'text',
  extensions: ['.txt'],
  parse(bytes: Uint8Array): ParseResult {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    try {
      return { ok: true, tree: parseText(decoded.text) };
    } catch (error) {
      return { ok: false, error: nestedTooDeeply(error) ?? { code: 'parser-crash', message: `the text parser failed: ${String(error)}` } };
    }
  },
};
