/**
 * From positioned text items to lines in reading order, page by page.
 *
 * 1. Rows: items on one baseline (within 0.4 em) form a row; a small superscript (a footnote
 *    mark) joins the row it sits on. Items are joined left to right, with a space where the gap
 *    is wider than 0.12 em or pdf.js gave a space item; a repeated item at the same place (fake
 *    bold) is dropped.
 * 2. Line numbers: every row with visible text counts, running headers and footers included, so
 *    "p. 3, l. 14" is the 14th line a reader counts from the top of page 3. On a two-column part
 *    of a page each column counts on from the lines above it (a reader counts down the column);
 *    the lines below continue after the longer column.
 * 3. Furniture (running headers, footers, page numbers) is marked by ./furniture.ts and left out
 *    of the flow, but keeps its line numbers.
 * 4. Bands: consecutive rows that share a vertical strip of white space (a gutter) that at least
 *    two rows have text on both sides of. A band with one gutter, columns of similar width (3:4
 *    to 4:3) and line count (at least half), six or more rows and a left column filled to the
 *    gutter is a two-column layout: its left column is read before its right one. Any other band is a table: its gutters cut the cells, and a
 *    vertical gap wider than the band's line pitch starts a new table row. A band ends at a
 *    vertical gap of 2.5 em, at a change of font size (a heading) and at furniture.
 */
import { hasNonSpace } from '../../text/spaces.js';
import type { PdfItem, PdfPage } from './extract.js';

export interface Line {
  page: number;
  /** 1-based visible line on its page. */
  lineNo: number;
  /** The items' text joined (not yet cleaned). */
  text: string;
  x: number;
  xEnd: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  /** Bounds of the area the line is set in: the text block, a column or a table cell. */
  left: number;
  right: number;
  /** Lines of one region follow each other on the page (a column, the full width). */
  region: string;
}

export interface Table {
  page: number;
  /** Row → cell → lines. */
  rows: Line[][][];
}

export type Flow = { type: 'line'; line: Line } | { type: 'table'; table: Table };

export interface PageLayout {
  number: number;
  flow: Flow[];
  /** Every visible line, furniture included, in numbering order (for tests and furniture). */
  lines: Line[];
}

interface Interval {
  start: number;
  end: number;
}

export interface Row {
  y: number;
  size: number;
  /** Sorted by x. Whitespace-only items are kept for spacing but have no ink. */
  items: PdfItem[];
  /** Ink extents, gaps under FINE_GAP em merged. */
  ink: Interval[];
  minX: number;
  maxX: number;
  furniture: boolean;
}

/** Gaps narrower than this (in em) are word spaces or kerning. */
const FINE_GAP = 0.45;
/** A gap this wide (in em) between two runs of text can start a table or a column band. */
const BAND_GAP = 1.2;
/** A band ends at a vertical gap this large (in em). */
const BAND_BREAK = 2.5;
/** A band ends at a row whose font size differs by more than this share. */
const BAND_SIZE_CHANGE = 0.15;
const MIN_COLUMN_ROWS = 6;
const MIN_COLUMN_FILL = 0.75;
/** The shorter column holds at least this share of the longer one's lines. */
const MIN_COLUMN_BALANCE = 0.5;

// Regular expressions of hot paths live here: a literal in a function body is a new object per call.
const ENDS_IN_SPACE = /\s$/;
const STARTS_WITH_SPACE = /^\s/;

/** Whitespace only (what trim() removes); a test, no trimmed copy. */
const isBlank = (s: string): boolean => !hasNonSpace(s);

/** Item markers and clause numbers that a tab separates from their text ("3.2.1⇥All Goods…"). */
const LEADING_MARKER = /^(?:[•●▪■◦○·–\-*\uf0b7\uf0a7]|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-zA-Z]{1,4}[.)]|§\s*\d+\.?)$/;

/** Arrays up to this length are sorted by insertion. */
const SHORT_ARRAY = 16;

/**
 * Sorts in place, stably, like Array.prototype.sort. That one allocates a fixed-size state per
 * call, a lot next to the two or three items of a typical row; insertion sort allocates nothing.
 */
function sortInPlace<T>(values: T[], compare: (a: T, b: T) => number): T[] {
  if (values.length > SHORT_ARRAY) return values.sort(compare);
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    let j = i;
    for (; j > 0 && compare(values[j - 1]!, value) > 0; j--) values[j] = values[j - 1]!;
    values[j] = value;
  }
  return values;
}

const ascending = (a: number, b: number): number => a - b;
const byX = (a: PdfItem, b: PdfItem): number => a.x - b.x;

/** The upper median; sorts `values` in place (callers pass arrays of their own). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  sortInPlace(values, ascending);
  return values[values.length >> 1]!;
}

/** Right end of an item's ink (a negative width counts as none). */
const inkEnd = (item: PdfItem): number => item.x + Math.max(0, item.width);

/** Groups a page's items into rows, top to bottom. */
export function buildRows(items: readonly PdfItem[]): Row[] {
  const sorted = items.filter((item) => item.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(item.y - rowY) <= 0.4 * Math.min(item.size, rowSize)) {
      current.push(item);
      if (!isBlank(item.str) && item.size > rowSize) rowSize = item.size;
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    rowY = item.y;
    rowSize = item.size;
  }
  if (current.length > 0) groups.push(current);

  let rows = groups.map(makeRow).filter((row): row is Row => row !== undefined);
  // A small raised or lowered run (a footnote mark) belongs to the row it sits on.
  rows = mergeSmallRows(rows);
  return rows;
}

/** The row of `items`; it sorts them in place and keeps them (callers pass arrays of their own). */
function makeRow(items: PdfItem[]): Row | undefined {
  const ordered = sortInPlace(items, byX);
  const sizes: number[] = [];
  const ys: number[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  for (const item of ordered) {
    if (isBlank(item.str)) continue;
    sizes.push(item.size);
    ys.push(item.y);
    minX = Math.min(minX, item.x);
    maxX = Math.max(maxX, inkEnd(item));
  }
  if (sizes.length === 0) return undefined;
  const firstSize = sizes[0]!;
  const size = median(sizes) || firstSize;
  return { y: median(ys), size, items: ordered, ink: inkOf(ordered, size), minX, maxX, furniture: false };
}

/** Ink extents of items sorted by x; blank items have none. */
function inkOf(ordered: readonly PdfItem[], size: number): Interval[] {
  const ink: Interval[] = [];
  for (const item of ordered) {
    if (isBlank(item.str)) continue;
    const start = item.x;
    const end = inkEnd(item);
    const last = ink[ink.length - 1];
    if (last && start - last.end < FINE_GAP * size) last.end = Math.max(last.end, end);
    else ink.push({ start, end });
  }
  return ink;
}

function mergeSmallRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const host = closerHost(row, out[out.length - 1], rows[i + 1]);
    if (!host) {
      out.push(row);
      continue;
    }
    const merged = makeRow([...host.items, ...row.items])!;
    merged.y = host.y;
    merged.size = host.size;
    if (host === out[out.length - 1]) out[out.length - 1] = merged;
    else rows[i + 1] = merged;
  }
  return out;
}

/** Whether `row` is a small run on `host`'s baseline (a footnote mark). */
function sitsOn(row: Row, host: Row | undefined): host is Row {
  return host !== undefined && row.size < 0.8 * host.size && Math.abs(host.y - row.y) < 0.7 * host.size;
}

/** The row above or below that `row` sits on, the nearer one (the one above on a tie). */
function closerHost(row: Row, above: Row | undefined, below: Row | undefined): Row | undefined {
  const onAbove = sitsOn(row, above);
  const onBelow = sitsOn(row, below);
  if (onAbove && onBelow) return Math.abs(below.y - row.y) < Math.abs(above.y - row.y) ? below : above;
  return onAbove ? above : onBelow ? below : undefined;
}

/** The text of items on one row, left to right. */
export function joinItems(items: readonly PdfItem[]): string {
  let out = '';
  let prev: PdfItem | undefined;
  let spaceItem = false;
  for (const item of items) {
    if (isBlank(item.str)) {
      spaceItem = true;
      continue;
    }
    if (prev) {
      // The same glyphs drawn twice at (almost) the same place: fake bold.
      if (item.str === prev.str && Math.abs(item.x - prev.x) < 0.2 * item.size) continue;
      const gap = item.x - (prev.x + prev.width);
      const needsSpace = spaceItem || gap > 0.12 * Math.min(item.size, prev.size);
      // `out` ends with the last character of `prev.str`.
      if (needsSpace && !ENDS_IN_SPACE.test(prev.str) && !STARTS_WITH_SPACE.test(item.str)) out += ' ';
    }
    out += item.str;
    prev = item;
    spaceItem = false;
  }
  return out;
}

function lineFrom(
  page: number,
  lineNo: number,
  items: readonly PdfItem[],
  row: Row,
  left: number,
  right: number,
  region: string,
): Line | undefined {
  let inked = false;
  let x = Infinity;
  let xEnd = -Infinity;
  for (const item of items) {
    if (isBlank(item.str)) continue;
    inked = true;
    x = Math.min(x, item.x);
    xEnd = Math.max(xEnd, inkEnd(item));
  }
  if (!inked) return undefined;
  return {
    page,
    lineNo,
    text: joinItems(items),
    x,
    xEnd,
    y: row.y,
    size: row.size,
    left,
    right,
    region,
  };
}

// ───────────────────────────── bands ─────────────────────────────

interface Band {
  first: number;
  last: number;
  gutters: Interval[];
  kind: 'columns' | 'table';
}

function subtract(free: readonly Interval[], ink: readonly Interval[], minWidth: number): Interval[] {
  let out = free.map((g) => ({ ...g }));
  for (const block of ink) {
    const next: Interval[] = [];
    for (const g of out) {
      if (block.end <= g.start || block.start >= g.end) {
        next.push(g);
        continue;
      }
      if (block.start - g.start >= minWidth) next.push({ start: g.start, end: block.start });
      if (g.end - block.end >= minWidth) next.push({ start: block.end, end: g.end });
    }
    out = next;
  }
  return out;
}

/** Gaps of a row wide enough to start a band; a leading marker's tab does not count. */
function wideGaps(row: Row): Interval[] {
  const gaps: Interval[] = [];
  const ink = row.ink;
  for (let k = 1; k < ink.length; k++) {
    const gap = { start: ink[k - 1]!.end, end: ink[k]!.start };
    if (gap.end - gap.start < BAND_GAP * row.size) continue;
    if (k === 1 && isLeadingMarker(row, ink[0]!)) continue;
    gaps.push(gap);
  }
  return gaps;
}

function isLeadingMarker(row: Row, interval: Interval): boolean {
  const text = joinItems(row.items.filter((item) => item.x >= interval.start - 0.01 && item.x < interval.end)).trim();
  return LEADING_MARKER.test(text);
}

function straddles(row: Row, gutter: Interval): boolean {
  return row.ink.some((i) => i.end <= gutter.start) && row.ink.some((i) => i.start >= gutter.end);
}

/** Grows a band from `start`; undefined when the rows there do not form one. */
function growBand(rows: readonly Row[], start: number): Band | undefined {
  const first = rows[start]!;
  const em = first.size;
  let free = wideGaps(first);
  if (free.length === 0) return undefined;
  let last = start;
  for (let k = start + 1; k < rows.length; k++) {
    const row = rows[k]!;
    if (row.furniture || row.y - rows[k - 1]!.y > BAND_BREAK * Math.max(em, row.size)) break;
    // A heading after the columns or the table is set in another size.
    if (Math.abs(row.size - em) > BAND_SIZE_CHANGE * em) break;
    const next = subtract(free, row.ink, FINE_GAP * em);
    if (next.length === 0) break;
    free = next;
    last = k;
  }
  const span = rows.slice(start, last + 1);
  const gutters = free.filter((g) => span.filter((row) => straddles(row, g)).length >= 2);
  if (gutters.length === 0) return undefined;
  // Trim trailing rows that straddle nothing and sit apart from the band's own rows? Keep: a
  // one-sided row in a table is a cell line, in columns a short line.
  let kind: Band['kind'] = 'table';
  if (gutters.length === 1 && span.length >= MIN_COLUMN_ROWS) {
    const g = gutters[0]!;
    const left = Math.min(...span.map((row) => row.minX));
    const right = Math.max(...span.map((row) => row.maxX));
    const ratio = (g.start - left) / Math.max(1, right - g.end);
    const fills = span
      .map((row) => row.ink.filter((i) => i.end <= g.start))
      .filter((ink) => ink.length > 0)
      .map((ink) => (ink[ink.length - 1]!.end - left) / Math.max(1, g.start - left));
    const leftRows = span.filter((row) => row.ink.some((i) => i.end <= g.start)).length;
    const rightRows = span.filter((row) => row.ink.some((i) => i.start >= g.end)).length;
    const balanced = Math.min(leftRows, rightRows) >= MIN_COLUMN_BALANCE * Math.max(leftRows, rightRows);
    if (ratio > 0.75 && ratio < 1.33 && balanced && median(fills) >= MIN_COLUMN_FILL) kind = 'columns';
  }
  return { first: start, last, gutters, kind };
}

function findBands(rows: readonly Row[]): Band[] {
  const bands: Band[] = [];
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.furniture) continue;
    const band = growBand(rows, k);
    if (!band) continue;
    bands.push(band);
    k = band.last;
  }
  return bands;
}

function cellIndex(gutters: readonly Interval[], item: PdfItem): number {
  let index = 0;
  for (const g of gutters) if (item.x >= g.end - 0.01) index++;
  return index;
}

/** A row's items cell by cell (the gutters cut them), each cell's in row order. */
function itemsByCell(items: readonly PdfItem[], gutters: readonly Interval[]): PdfItem[][] {
  const cells: PdfItem[][] = Array.from({ length: gutters.length + 1 }, () => []);
  for (const item of items) cells[cellIndex(gutters, item)]!.push(item);
  return cells;
}

// ───────────────────────────── pages ─────────────────────────────

/** Lays out one page whose rows have been built (and furniture marked). */
export function layoutPage(page: PdfPage, rows: readonly Row[]): PageLayout {
  const flow: Flow[] = [];
  const lines: Line[] = [];
  const bands = findBands(rows);
  const textLeft = rows.length > 0 ? Math.min(...rows.map((row) => row.minX)) : 0;
  const textRight = rows.length > 0 ? Math.max(...rows.map((row) => row.maxX)) : page.width;
  let counter = 0;
  let bandIndex = 0;
  const n = page.number;

  for (let k = 0; k < rows.length; k++) {
    const band = bands[bandIndex];
    if (band && band.first === k) {
      bandIndex++;
      const span = rows.slice(band.first, band.last + 1);
      const left = Math.min(...span.map((row) => row.minX));
      const right = Math.max(...span.map((row) => row.maxX));
      // Per cell of the band, once: its bounds and its region name.
      const cellBounds = Array.from({ length: band.gutters.length + 1 }, (_, cell): [number, number] => [
        cell === 0 ? left : band.gutters[cell - 1]!.end,
        cell === band.gutters.length ? right : band.gutters[cell]!.start,
      ]);
      const regions = cellBounds.map((_, cell) => `${band.first}${band.kind === 'columns' ? 'c' : 't'}${cell}`);
      if (band.kind === 'columns') {
        const columns: Line[][] = [[], []];
        for (const row of span) {
          const byCell = itemsByCell(row.items, band.gutters);
          for (const cell of [0, 1]) {
            const [l, r] = cellBounds[cell]!;
            const line = lineFrom(n, counter + columns[cell]!.length + 1, byCell[cell]!, row, l, r, regions[cell]!);
            if (line) columns[cell]!.push(line);
          }
        }
        for (const column of columns) {
          for (const line of column) {
            lines.push(line);
            flow.push({ type: 'line', line });
          }
        }
        counter += Math.max(columns[0]!.length, columns[1]!.length);
      } else {
        const table: Table = { page: n, rows: [] };
        const pitches: number[] = [];
        for (let r = 1; r < span.length; r++) pitches.push(span[r]!.y - span[r - 1]!.y);
        const pitch = pitches.length > 0 ? Math.min(...pitches) : 0;
        const spaced = pitches.some((p) => p > 1.3 * pitch);
        span.forEach((row, r) => {
          counter++;
          if (r === 0 || !spaced || row.y - span[r - 1]!.y > 1.3 * pitch) {
            table.rows.push(Array.from({ length: band.gutters.length + 1 }, () => []));
          }
          const cells = table.rows[table.rows.length - 1]!;
          const byCell = itemsByCell(row.items, band.gutters);
          cells.forEach((cellLines, cell) => {
            const [l, rt] = cellBounds[cell]!;
            const line = lineFrom(n, counter, byCell[cell]!, row, l, rt, regions[cell]!);
            if (line) {
              cellLines.push(line);
              lines.push(line);
            }
          });
        });
        flow.push({ type: 'table', table });
      }
      k = band.last;
      continue;
    }
    const row = rows[k]!;
    counter++;
    const line = lineFrom(n, counter, row.items, row, textLeft, textRight, 'page');
    if (!line) continue;
    lines.push(line);
    if (!row.furniture) flow.push({ type: 'line', line });
  }
  return { number: n, flow, lines };
}
