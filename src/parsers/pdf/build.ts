/**
 * Lines in reading order → normalized text → ContractTree.
 *
 * The normalized text (`data.text`) is built here: one text line per PDF line (after cleanup,
 * hyphen joining and ligature repair), blocks separated by a blank line, a table as its cells in
 * row order, each cell's lines on lines of their own. Offsets into it are exact by construction.
 * Every block node's `data.source` is `{kind: 'pdf', page, line}` of the PDF line where it starts.
 *
 * Blocks: a line starts a new block after a vertical gap wider than the document's line pitch, a
 * change of font size, a short line ending a sentence, before a bullet or a clause number or
 * lettered item that follows a sentence end, and after a line in capitals. At a page or column
 * break the paragraph goes on when the last line runs to the margin without ending a sentence.
 *
 * Headings: a block of at most three lines set larger than the body text is a title line; its
 * level is the rank of its size among the title sizes. Clause numbers, lettered items,
 * definitions, recitals, schedules and signatures are recognised by ../sectioning.ts, as for
 * Markdown and plain text.
 */
import { LineIndex } from '../../tree/line-index.js';
import type { DocumentNode, HeadingNode, ListItemNode, SourceLocation, TableCellNode, TableNode, TableRowNode, TextNode } from '../../tree/types.js';
import {
  assembleBlock,
  type BlockContext,
  cleanTitle,
  isAllCaps,
  looksLikeTitle,
  matchItemMarker,
  matchNumber,
  NodeFactory,
  sectionStart,
  TreeAssembler,
} from '../sectioning.js';
import { isCapsTitleLine } from '../text.js';
import { cleanLine, joinHyphenated } from './clean.js';
import type { Line, PageLayout } from './layout.js';
import { LigatureRepair } from './ligatures.js';

/** A line whose `text` is cleaned (./clean.ts), then hyphen-joined and repaired. */
interface TextLine extends Line {
  /** Offset of the line in the normalized text, once written. */
  start: number;
}

type Block = { type: 'lines'; lines: TextLine[] } | { type: 'table'; rows: TextLine[][][] };

const BULLET = /^([•●▪■◦○·∙‣⁃–*-])\s+/;
// Module constants, not literals in the functions: a literal is a new object per call.
const HAS_ASCII_LOWERCASE = /[a-z]/;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const STARTS_LOWERCASE_OR_PAREN = /^[\p{Ll}(]/u;
const SENTENCE_END = /(?:[.:;!?]["”’)]?|; (?:and|or))$/;

class PdfNodeFactory extends NodeFactory {
  constructor(
    text: string,
    lines: LineIndex,
    private readonly sources: ReadonlyArray<TextLine | undefined>,
  ) {
    super(text, lines, 'text');
  }

  /**
   * A PDF line's text node, with the line break after it when another line of its block follows.
   * It says the page and line it was printed on: a finding anchors to the line its text starts
   * on, not only to the first line of its paragraph.
   */
  lineNode(line: TextLine, withBreak: boolean): TextNode {
    const end = line.start + line.text.length + (withBreak ? 1 : 0);
    const node = this.textNode(this.text.slice(line.start, end), line.start, end);
    node.data = { source: { kind: 'pdf', page: line.page, line: line.lineNo } };
    return node;
  }

  override source(offset: number): SourceLocation {
    let k = this.lines.pointAt(offset).line - 1;
    while (k > 0 && !this.sources[k]) k--;
    const at = this.sources[k];
    return at ? { kind: 'pdf', page: at.page, line: at.lineNo } : { kind: 'pdf', page: 1, line: 1 };
  }
}

/** isCapsTitleLine, ruling out first, by one quick test, the lines with a lowercase letter. */
function capsTitle(text: string): boolean {
  return !HAS_ASCII_LOWERCASE.test(text) && isCapsTitleLine(text);
}

function startsNumbered(text: string): boolean {
  return BULLET.test(text) || matchNumber(text, 0, false) !== undefined || matchItemMarker(text, 0) !== undefined;
}

/** At most this many line pitches between the lines of a sentence that runs on. */
const RUN_ON_GAP = 2.5;

/** A line that continues the sentence before it: lowercase, not a lettered item or bullet. */
function runsOn(line: TextLine): boolean {
  return STARTS_LOWERCASE.test(line.text) && !startsNumbered(line.text);
}

interface Metrics {
  body: number;
  /** Typical baseline distance over font size. */
  pitch: number;
  headingSizes: number[];
}

const round = (size: number): number => Math.round(size * 2) / 2;

function metrics(lines: readonly TextLine[]): Metrics {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = round(line.size);
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let body = 0;
  let best = -1;
  for (const [size, w] of weight) {
    if (w > best) {
      best = w;
      body = size;
    }
  }
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.region !== b.region || round(a.size) !== round(b.size)) continue;
    const r = (b.y - a.y) / b.size;
    if (r > 0.8 && r < 2.2) ratios.push(r);
  }
  // A typed array sorts numbers natively, with no comparator call per comparison.
  const sorted = Float64Array.from(ratios).sort();
  // The lower quartile: lines inside paragraphs, not the gaps between them.
  const pitch = sorted.length > 0 ? sorted[Math.floor(sorted.length / 4)]! : 1.2;
  return { body, pitch, headingSizes: [] };
}

function isShort(line: Line): boolean {
  return line.xEnd < line.right - Math.max(4 * line.size, 0.15 * (line.right - line.left));
}

function breaksBefore(first: TextLine, prev: TextLine, cur: TextLine, m: Metrics): boolean {
  const endsSentence = SENTENCE_END.test(prev.text);
  // A change of size starts a block, unless a sentence runs on in lowercase.
  if (Math.abs(cur.size - prev.size) > 0.8 && (endsSentence || !STARTS_LOWERCASE.test(cur.text))) return true;
  if (BULLET.test(cur.text)) return true;
  if (prev.page === cur.page && prev.region === cur.region) {
    const gap = cur.y - prev.y;
    const size = Math.max(prev.size, cur.size);
    if (gap <= 0) return true;
    // A paragraph's gap, unless the sentence plainly runs on across it: the line before ends no
    // sentence and this one goes on in lowercase, as in a form whose parts are paragraphs of
    // their own ("…, the Provider," / "will make available the dataset …" / "to [name]"). A
    // numbered or lettered item keeps what follows it out ("each a Party" after a list of parties).
    if (gap > m.pitch * 1.3 * size) {
      return endsSentence || !runsOn(cur) || startsNumbered(first.text) || gap > m.pitch * RUN_ON_GAP * size;
    }
  } else {
    // A page or column break: the paragraph goes on only from a full line that ends no sentence.
    return isShort(prev) || endsSentence || startsNumbered(cur.text);
  }
  if (startsNumbered(cur.text) && (endsSentence || isShort(prev))) return true;
  if (isShort(prev) && endsSentence) return true;
  if (capsTitle(prev.text) && !capsTitle(cur.text)) return true;
  return false;
}

/**
 * The line with its text cleaned; undefined when nothing is left. A literal, not a spread: every
 * TextLine gets one shape, which keeps the property reads of the later passes fast.
 */
function toText(line: Line): TextLine | undefined {
  const text = cleanLine(line.text);
  if (!text) return undefined;
  const { page, lineNo, x, xEnd, y, size, left, right, region } = line;
  return { page, lineNo, text, x, xEnd, y, size, left, right, region, start: 0 };
}

/** A table cell's lines, cleaned, empty ones left out. */
function cellText(cell: readonly Line[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const line of cell) {
    const cleaned = toText(line);
    if (cleaned) lines.push(cleaned);
  }
  return lines;
}

/** A cleaned line of the flow, or a table as its cleaned rows of cells. */
type FlowText = TextLine | { table: TextLine[][][] };

/** Groups the flow of every page into blocks. */
function blocksOf(pages: readonly PageLayout[]): { blocks: Block[]; m: Metrics } {
  const all: TextLine[] = [];
  const items: FlowText[] = [];
  for (const page of pages) {
    for (const flow of page.flow) {
      if (flow.type === 'line') {
        const line = toText(flow.line);
        if (!line) continue;
        all.push(line);
        items.push(line);
      } else {
        items.push({ table: flow.table.rows.map((cells) => cells.map(cellText)) });
      }
    }
  }
  const m = metrics(all);

  const blocks: Block[] = [];
  let current: TextLine[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push({ type: 'lines', lines: current });
    current = [];
  };
  for (const item of items) {
    if ('table' in item) {
      flush();
      if (item.table.some((cells) => cells.some((cell) => cell.length > 0))) blocks.push({ type: 'table', rows: item.table });
      continue;
    }
    const prev = current[current.length - 1];
    if (prev && breaksBefore(current[0]!, prev, item, m)) flush();
    current.push(item);
  }
  flush();

  // Title sizes: blocks of up to three lines set larger than the body.
  const sizes = new Set<number>();
  for (const block of blocks) {
    if (block.type !== 'lines' || !titleShaped(block.lines)) continue;
    const size = round(block.lines[0]!.size);
    if (size >= m.body + Math.max(0.8, 0.08 * m.body)) sizes.add(size);
  }
  m.headingSizes = [...sizes].sort((a, b) => b - a);
  return { blocks, m };
}

/** At most three lines and TITLE_LIMIT characters, not starting in lowercase or "(". */
function titleShaped(lines: readonly TextLine[]): boolean {
  if (lines.length > 3) return false;
  const length = lines.reduce((n, line) => n + line.text.length + 1, 0);
  return length <= TITLE_LIMIT && !STARTS_LOWERCASE_OR_PAREN.test(lines[0]!.text);
}

const TITLE_LIMIT = 100;

/** "§ 3. Citations": the section sign numbers clauses in many European contracts. */
const PARAGRAPH_SIGN = /^§\s*(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|$)/;

export interface BuildResult {
  tree: DocumentNode;
  /** Ligatures whose lost letters were restored. */
  repairedLigatures: string[];
}

/** Calls `visit` on every line of the blocks, in text order. */
function forEachLine(blocks: readonly Block[], visit: (line: TextLine) => void): void {
  for (const block of blocks) {
    if (block.type === 'lines') for (const line of block.lines) visit(line);
    else for (const cells of block.rows) for (const cell of cells) for (const line of cell) visit(line);
  }
}

/**
 * The normalized text: each block's lines on lines of their own, a blank line between blocks.
 * Sets every line's `start`; `sources[k]` is the PDF line text line k starts with.
 */
function writeText(blocks: readonly Block[]): { text: string; sources: Array<TextLine | undefined> } {
  const parts: string[] = [];
  const sources: Array<TextLine | undefined> = [];
  let length = 0;
  let lineAt = 0;
  const write = (s: string, breaks: number): void => {
    parts.push(s);
    length += s.length;
    lineAt += breaks;
  };
  blocks.forEach((block, b) => {
    if (b > 0) write('\n\n', 2);
    let first = true;
    const put = (line: TextLine): void => {
      if (!first) write('\n', 1);
      first = false;
      line.start = length;
      sources[lineAt] = line;
      write(line.text, newlinesIn(line.text));
    };
    if (block.type === 'lines') block.lines.forEach(put);
    else for (const cells of block.rows) for (const cell of cells) cell.forEach(put);
  });
  return { text: parts.join(''), sources };
}

function newlinesIn(s: string): number {
  let count = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) count++;
  return count;
}

/** Builds the tree; undefined when the pages hold no text outside headers and footers. */
export function buildTree(pages: readonly PageLayout[]): BuildResult | undefined {
  const { blocks, m } = blocksOf(pages);
  if (blocks.length === 0) return undefined;

  for (const block of blocks) {
    if (block.type === 'lines') joinHyphenated(block.lines);
    else for (const cells of block.rows) for (const cell of cells) joinHyphenated(cell);
  }
  const texts: string[] = [];
  forEachLine(blocks, (l) => texts.push(l.text));
  const repair = new LigatureRepair(texts);
  forEachLine(blocks, (l) => {
    l.text = repair.repairLine(l.text);
  });

  const { text, sources } = writeText(blocks);
  const index = new LineIndex(text);
  const f = new PdfNodeFactory(text, index, sources);
  const asm = new TreeAssembler(f);
  const indentOf = (line: Line): number => Math.round(line.x / 4);
  const nodesOf = (lines: readonly TextLine[]): TextNode[] =>
    lines.map((line, i) => f.lineNode(line, i < lines.length - 1));
  let title: string | undefined;

  for (const block of blocks) {
    if (block.type === 'table') {
      asm.add(tableNode(f, block.rows));
      continue;
    }
    const lines = block.lines;
    const first = lines[0]!;
    const nodes = nodesOf(lines);
    const start = first.start;
    const last = lines[lines.length - 1]!;
    const end = last.start + last.text.length;
    const level = titleShaped(lines) ? m.headingSizes.indexOf(round(first.size)) : -1;
    const caps = level < 0 && lines.length === 1 && capsTitle(first.text) && matchNumber(first.text, 0, false) === undefined;
    const headingLevel = level >= 0 ? level + 1 : caps ? m.headingSizes.length + 1 : undefined;
    if (title === undefined && first.page === 1 && (level === 0 || (m.headingSizes.length === 0 && caps))) {
      title = lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
    }
    const sign = PARAGRAPH_SIGN.exec(first.text);
    if (sign && openParagraphSection(asm, nodes, sign, start, end, headingLevel)) continue;
    const bullet = headingLevel === undefined ? BULLET.exec(first.text) : null;
    if (bullet) {
      const [markerPart, content] = f.splitAt(nodes, bullet[0].length);
      const contentNodes = f.trim(content);
      const markerNodes = f.trim(markerPart);
      if (contentNodes.length > 0) {
        const itemStart = markerNodes[0]?.position.start.offset ?? start;
        const item: ListItemNode = {
          type: 'listItem',
          marker: bullet[1]!,
          children: [f.paragraph(contentNodes)],
          position: f.position(itemStart, end),
          data: { source: f.source(itemStart) },
        };
        asm.addItem(item, indentOf(first));
        continue;
      }
    }
    const indent = indentOf(first);
    // Two literals rather than a conditional spread, which is slow for an object made per block.
    const context: BlockContext =
      headingLevel === undefined
        ? { start, end, indent, guessedHeading: caps }
        : { start, end, indent, headingLevel, guessedHeading: caps };
    assembleBlock(asm, nodes, context);
  }

  const data: DocumentNode['data'] = { format: 'pdf', text, pages: pages.length };
  if (title) data.title = title;
  return {
    tree: { type: 'document', children: asm.finish(), position: f.position(0, text.length), data },
    repairedLigatures: repair.broken,
  };
}

/**
 * "§ 3. Citations" (a title line) or "§ 3. The Supplier shall…" opens a section numbered "3",
 * cited "Section 3"; the sign and number stay in the heading or paragraph text.
 */
function openParagraphSection(
  asm: TreeAssembler,
  nodes: TextNode[],
  sign: RegExpExecArray,
  start: number,
  end: number,
  headingLevel: number | undefined,
): boolean {
  const f = asm.f;
  const number = sign[1]!;
  const path = number.split('.');
  const rest = f.text.slice(start + sign[0].length, end).trim();
  // A short line of its own ("§2. Warranties etc.", "§4. Access revocation") is a title line too.
  const oneLine = !rest.includes('\n');
  const isTitle =
    headingLevel !== undefined ||
    (oneLine && rest.length <= 60 && /^\p{Lu}/u.test(rest)) ||
    (oneLine && rest.length <= TITLE_LIMIT && (looksLikeTitle(cleanTitle(rest) ?? '') || isAllCaps(rest)));
  const heading = isTitle ? cleanTitle(rest) : undefined;
  const num = { number, style: 'arabic' as const, path, keyword: 'section' as const, end: sign[0].length, dotted: true };
  const sectionStartValue = sectionStart(num, heading, headingLevel);
  if (isTitle) {
    const headingNodeValue: HeadingNode = { type: 'heading', children: nodes, position: f.position(start, end), data: { source: f.source(start) } };
    asm.openSection(sectionStartValue, start, headingNodeValue);
  } else {
    asm.openSection(sectionStartValue, start);
    asm.add(f.paragraph(nodes));
  }
  return true;
}

function tableNode(f: PdfNodeFactory, rows: TextLine[][][]): TableNode {
  const rowNodes: TableRowNode[] = [];
  let at = 0;
  for (const cells of rows) {
    const cellNodes: TableCellNode[] = [];
    for (const cell of cells) {
      if (cell.length === 0) {
        cellNodes.push({ type: 'tableCell', children: [], position: f.position(at, at), data: { source: f.source(at) } });
        continue;
      }
      const nodes = cell.map((line, i) => f.lineNode(line, i < cell.length - 1));
      const start = nodes[0]!.position.start.offset;
      at = nodes[nodes.length - 1]!.position.end.offset;
      cellNodes.push({ type: 'tableCell', children: [f.paragraph(nodes)], position: f.position(start, at), data: { source: f.source(start) } });
    }
    const inked = cellNodes.filter((c) => c.children.length > 0);
    if (inked.length === 0) continue;
    // Empty cells before the first inked one sit at its start.
    const rowStart = inked[0]!.position.start.offset;
    for (const c of cellNodes) {
      if (c.children.length > 0) break;
      c.position = f.position(rowStart, rowStart);
      c.data = { source: f.source(rowStart) };
    }
    rowNodes.push({ type: 'tableRow', children: cellNodes, position: f.position(rowStart, at), data: { source: f.source(rowStart) } });
  }
  const start = rowNodes[0]!.position.start.offset;
  return { type: 'table', children: rowNodes, position: f.position(start, at), data: { source: f.source(start) } };
}
