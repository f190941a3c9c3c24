/**
 * Markdown that micromark would read in time far beyond its size, refused before parsing with
 * a one-line error. Both guards scan the text once; a real contract is nowhere near either.
 */
import type { ParseError } from '../tree/types.js';

/**
 * At most this many "[" between two blank lines. micromark matches link brackets in time that
 * grows with the square of their number in a paragraph: 20,000 "[a] " in one paragraph took 4 s
 * here, a megabyte of them would take most of an hour. A contract's paragraph holds a few
 * placeholders ("[●]"); at this limit a paragraph parses in about 0.05 s.
 */
export const MAX_BRACKETS_PER_PARAGRAPH = 2000;

/** A run of lines between blank lines with more "[" than the limit, as a parse error. */
export function bracketHeavy(text: string): ParseError | undefined {
  let count = 0;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b) {
      lineHasText = true;
      if (++count > MAX_BRACKETS_PER_PARAGRAPH) {
        return {
          code: 'too-complex',
          message: `a paragraph holds more than ${MAX_BRACKETS_PER_PARAGRAPH} square brackets, which Markdown reads in time that grows with their square; split it`,
        };
      }
    } else if (code === 0x0a) {
      if (!lineHasText) count = 0; // a blank line ends the paragraph
      lineHasText = false;
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) {
      lineHasText = true;
    }
  }
  return undefined;
}

/** At most this many container markers ("-", "1.", ">") opening one line, text after them. */
export const MAX_MARKERS_PER_LINE = 16;
/** At most this many lines that open two or more containers at once ("- - item"). */
export const MAX_STACKED_LINES = 500;
/**
 * At most this many levels of lists and quotes. A line's level is its indentation in levels (two
 * columns each, but no deeper than the line before's level) plus its markers: an item indented
 * far beyond its list is a code block or one level, as a centred "- 2 -" page number is.
 */
export const MAX_LEVELS = 32;
/**
 * In one list: at most this weight of its items that hold a nested list, each weighing the
 * list's depth (2,999 items with one sub-item each: 4.5 s for the whole CLI run, the worst seen).
 */
export const MAX_NESTED_ITEM_WEIGHT = 6000;
/** The same over the whole document, as the sum of each list's weight squared (what it costs). */
export const MAX_NESTED_ITEM_WORK = 2 * MAX_NESTED_ITEM_WEIGHT ** 2;

/**
 * Lists and quotes nested in a way micromark reads in time that grows with the square of the
 * lines (it splices its whole event list each time a nested container closes). Measured here:
 * 5,000 lines of "- - item" (95 KB) took 8 s; 200 lines opening 1,000 lists each (400 KB) 56 s;
 * one list of 15,000 items each with one sub-item (500 KB) 87 s; 300 ladders of items indented
 * 2 columns further each, 64 deep, 20 s. A contract's lists are a few levels deep with at most
 * hundreds of items; a run of markers with no text after it is a thematic break ("* * *"). What
 * passes parses in at most about 4.5 s per list, and in about 9 s for the whole document.
 */
export function nestingHeavy(text: string): ParseError | undefined {
  let stacked = 0;
  // Work of the lists read before this one (their weights squared).
  let spent = 0;
  // The list being read: its items that hold a deeper list, and its depth.
  let nestedItems = 0;
  let depth = 0;
  let level = 0;
  let topItemOpen = false;
  let topItemNested = false;
  let blankBefore = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    let column = 0;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x20) column++;
      else if (code === 0x09) column += 4 - (column % 4);
      else break;
    }
    let markers = 0;
    for (let next = markerEnd(text, i, end); next > 0; next = markerEnd(text, i, end)) {
      markers++;
      i = next;
      while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    }
    const blank = i >= end || (i === end - 1 && text.charCodeAt(i) === 0x0d);
    if (markers > 0 && !blank) {
      if (markers > MAX_MARKERS_PER_LINE) return tooNested(`a line opens ${markers} lists or quotes at once`);
      if (markers > 1 && ++stacked > MAX_STACKED_LINES) return tooNested(`more than ${MAX_STACKED_LINES} lines open several lists or quotes at once`);
      level = Math.min(column >> 1, level) + markers;
      if (level > MAX_LEVELS) return tooNested(`lists or quotes are nested more than ${MAX_LEVELS} levels deep`);
      if (column < 2 && markers === 1) {
        // A new item of the outermost list.
        topItemOpen = true;
        topItemNested = false;
      } else if (topItemOpen && !topItemNested) {
        topItemNested = true;
        nestedItems++;
      }
      depth = Math.max(depth, level);
      const weight = nestedItems * depth;
      if (weight > MAX_NESTED_ITEM_WEIGHT) return tooNested(`a list holds ${nestedItems} items with lists in them, ${depth} levels deep`);
      if (spent + weight * weight > MAX_NESTED_ITEM_WORK) return tooNested('the lists hold too many items with lists in them');
    } else if (!blank && column === 0 && blankBefore) {
      // A paragraph or heading after a blank line: the list has ended.
      spent += (nestedItems * depth) ** 2;
      nestedItems = 0;
      depth = 0;
      level = 0;
      topItemOpen = false;
    }
    blankBefore = blank && markers === 0;
    start = end + 1;
  }
  return undefined;
}

/** After a container marker at `i` ("> ", "- ", "* ", "+ ", "12. ", "3) "), else 0. */
function markerEnd(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x3e) return i + 1;
  const spaceAt = (at: number): boolean => at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09);
  if ((code === 0x2d || code === 0x2a || code === 0x2b) && spaceAt(i + 1)) return i + 2;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j > i && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x29) && spaceAt(j + 1)) return j + 2;
  return 0;
}

const tooNested = (what: string): ParseError => ({
  code: 'too-complex',
  message: `${what}, nesting that Markdown reads in time that grows with its square; flatten the lists or split the document`,
});
