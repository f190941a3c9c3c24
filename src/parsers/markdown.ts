/**
 * Markdown contracts → ContractTree, on unified + remark-parse (CommonMark, no GFM plugin).
 *
 * Offsets: the normalized text is the file's text (a UTF-8 BOM is dropped first, so offsets count
 * from the character after it). Text nodes are cut per source line, and where a line's visible
 * text equals the source (no escapes or entities) the node's value is exactly the source slice.
 *
 * Decisions:
 * - Ordered lists. Contracts in Markdown often write their clauses as a numbered list
 *   ("1. **Introduction**. This…"). An ordered list is unwrapped into numbered sections when it
 *   continues the open clauses ("5." after clause 4), or when it is not inside a numbered clause
 *   and its items read as clauses (a bold or title-like run-in heading). Each item then becomes
 *   a section whose heading text includes the marker ("1. Introduction.").
 *   Any other list (inside "Clause 3", bulleted, lettered, plain "1. 2.") stays a `list` of
 *   `listItem`s with the marker as written. Paragraphs starting "(a)" / "a." become list items.
 * - Headings nest by depth; numbered paragraphs ("4.2 …", "**4.2 Title.** …") nest by number
 *   inside them; see sectioning.ts for the rules.
 * - Code blocks (indented or fenced) keep their text as paragraphs: in a contract an indented
 *   block is almost always mis-indented prose, and it must still be linted.
 * - HTML comments are skipped (lint directives are read from the raw text elsewhere); other HTML
 *   keeps its text: <hN> become headings, <ol>/<ul>/<li> lists (an <ol type="a"> item gets the
 *   marker a browser renders, "a."), other block tags split paragraphs; tables in HTML are not
 *   rebuilt as tables. Inline HTML tags are dropped, their text kept.
 * - GFM pipe tables (no remark-gfm) arrive as paragraphs; a paragraph whose second line is a
 *   delimiter row ("---|---") becomes a table with exact cell positions.
 * - YAML front matter is blanked (same length) before parsing; its `title` is the document title.
 * - Thematic breaks, images and link definitions are skipped.
 */
import type {
  Code,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from '../tree/line-index.js';
import type {
  BlockNode,
  DocumentNode,
  ListItemNode,
  ListNode,
  ParseResult,
  Parser,
  TableCellNode,
  TableNode,
  TableRowNode,
  TextNode,
} from '../tree/types.js';
import { nestedTooDeeply } from './document-limits.js';
import { bracketHeavy, nestingHeavy } from './markdown-limits.js';
import { assembleBlock, cleanTitle, measure, NodeFactory, recognise, TreeAssembler } from './sectioning.js';
import { decodeText } from './text.js';

interface Flags {
  strong?: boolean;
  emphasis?: boolean;
}

interface Ctx {
  text: string;
  lines: LineIndex;
  f: NodeFactory;
  asm: TreeAssembler;
  title?: string;
  sawBlock: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/;

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

// ───────────────────────────── front matter ─────────────────────────────

/** Replaces YAML front matter with spaces (line breaks kept) and reads its title. */
export function blankFrontMatter(text: string): { text: string; title?: string } {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return { text };
  const close = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m) return { text };
  const end = m.index + m[0].length;
  const yaml = text.slice(0, end);
  const titleMatch = /^title:[ \t]*(.+)$/m.exec(yaml);
  const title = titleMatch ? titleMatch[1]!.trim().replace(/^(["'])(.*)\1$/, '$2') : undefined;
  return { text: yaml.replace(/[^\r\n]/g, ' ') + text.slice(end), title: title || undefined };
}

// ───────────────────────────── inline content ─────────────────────────────

/**
 * One text node per source line of an mdast text node. mdast drops continuation indentation and
 * resolves escapes; a line whose value still equals the source gets the exact source slice.
 */
function textPieces(ctx: Ctx, value: string, start: number, end: number, flags: Flags, out: TextNode[]): void {
  const { text, f } = ctx;
  const values = value.split(LINE_BREAK);
  const source = text.slice(start, end);
  const sourceLines = source.split(LINE_BREAK);
  if (values.length !== sourceLines.length) {
    if (value.length > 0) out.push(f.textNode(value, start, end, flags));
    return;
  }
  let at = start;
  for (let i = 0; i < sourceLines.length; i++) {
    const line = sourceLines[i]!;
    const lineEnd = at + line.length;
    const ending = /^(?:\r\n|\r|\n)/.exec(text.slice(lineEnd, lineEnd + 2))?.[0] ?? '';
    const next = i < sourceLines.length - 1 ? lineEnd + ending.length : lineEnd;
    const wanted = values[i]!;
    // Continuation lines lose their indentation and "> " markers in mdast: the value is a suffix.
    const trimmed = line.trimEnd();
    let lead = i > 0 ? line.length - line.trimStart().length : 0;
    if (i > 0 && wanted.length > 0 && trimmed.endsWith(wanted)) lead = trimmed.length - wanted.length;
    const content = line.slice(lead);
    const exact = content === wanted || content.trimEnd() === wanted;
    const pieceValue = (exact ? content : wanted) + (i < sourceLines.length - 1 ? ending : '');
    if (pieceValue.length > 0) out.push(f.textNode(pieceValue, at + lead, next, flags));
    at = next;
  }
}

function inlines(ctx: Ctx, children: readonly PhrasingContent[], flags: Flags, out: TextNode[]): TextNode[] {
  for (const child of children) {
    switch (child.type) {
      case 'text':
        textPieces(ctx, child.value, startOf(child), endOf(child), flags, out);
        break;
      case 'strong':
        inlines(ctx, child.children, { ...flags, strong: true }, out);
        break;
      case 'emphasis':
        inlines(ctx, child.children, { ...flags, emphasis: true }, out);
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        inlines(ctx, child.children, flags, out);
        break;
      case 'inlineCode': {
        const s = startOf(child);
        const e = endOf(child);
        const raw = ctx.text.slice(s, e);
        const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
        let a = s + ticks;
        let b = e - ticks;
        if (ctx.text.slice(a, b) !== child.value && ctx.text[a] === ' ' && ctx.text[b - 1] === ' ') {
          a++;
          b--;
        }
        if (child.value.length > 0 && a <= b) out.push(ctx.f.textNode(child.value, a, b, flags));
        break;
      }
      case 'break': {
        // Keep the line break as a separator; it covers only the break's line ending.
        const e = endOf(child);
        const ending = /(?:\r\n|\r|\n)$/.exec(ctx.text.slice(startOf(child), e))?.[0];
        if (ending) out.push(ctx.f.textNode(ending, e - ending.length, e, flags));
        break;
      }
      default:
        // html (inline tags, comments), image, imageReference, footnoteReference: no visible text.
        break;
    }
  }
  return out;
}

// ───────────────────────────── pipe tables ─────────────────────────────

function isDelimiterRow(line: string): boolean {
  const t = line.trim();
  return t.includes('-') && t.includes('|') && /^[|:\-\s]+$/.test(t);
}

/** Offsets of the unescaped pipes of a row, outside code spans. */
function pipeOffsets(line: string): number[] {
  const pipes: number[] = [];
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '`') inCode = !inCode;
    else if (ch === '|' && !inCode) pipes.push(i);
  }
  return pipes;
}

/** The text nodes inside [a, b), exact nodes clipped to it; consumes `nodes` from `cursor`. */
function clip(ctx: Ctx, nodes: readonly TextNode[], cursor: { i: number }, a: number, b: number): TextNode[] {
  const out: TextNode[] = [];
  while (cursor.i < nodes.length && nodes[cursor.i]!.position.end.offset <= a) cursor.i++;
  for (let k = cursor.i; k < nodes.length; k++) {
    const node = nodes[k]!;
    const s = node.position.start.offset;
    const e = node.position.end.offset;
    if (s >= b) break;
    const from = Math.max(s, a);
    const to = Math.min(e, b);
    if (to <= from) continue;
    // An inexact node here is plain text with an escape or entity: resolve them on the slice.
    const slice = ctx.text.slice(from, to);
    const value = ctx.f.isExact(node) ? slice : decodeEntities(slice.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
    out.push(ctx.f.textNode(value, from, to, node.data));
  }
  return ctx.f.trim(out);
}

function buildTable(ctx: Ctx, rowLines: readonly number[], nodes: readonly TextNode[]): TableNode | undefined {
  const { f, lines } = ctx;
  const rows: TableRowNode[] = [];
  const cursor = { i: 0 };
  for (const lineNo of rowLines) {
    const lineStart = lines.offsetAt(lineNo, 1)!;
    const line = lines.lineText(lineNo);
    const first = line.length - line.trimStart().length;
    const last = line.trimEnd().length;
    if (last <= first) continue;
    const bounds = [first - 1, ...pipeOffsets(line).filter((p) => p >= first && p < last), last];
    if (line[first] === '|') bounds.shift();
    if (line[last - 1] === '|' && bounds.length > 2) bounds.pop();
    const cells: TableCellNode[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      let a = bounds[c]! + 1;
      let b = bounds[c + 1]!;
      while (a < b && /\s/.test(line[a]!)) a++;
      while (b > a && /\s/.test(line[b - 1]!)) b--;
      const children = clip(ctx, nodes, cursor, lineStart + a, lineStart + b);
      cells.push({
        type: 'tableCell',
        children,
        position: f.position(lineStart + a, lineStart + b),
        data: { source: f.source(lineStart + a) },
      });
    }
    if (cells.length === 0) continue;
    rows.push({
      type: 'tableRow',
      children: cells,
      position: f.position(lineStart + first, lineStart + last),
      data: { source: f.source(lineStart + first) },
    });
  }
  if (rows.length === 0) return undefined;
  const start = rows[0]!.position.start.offset;
  return {
    type: 'table',
    children: rows,
    position: f.position(start, rows[rows.length - 1]!.position.end.offset),
    data: { source: f.source(start) },
  };
}

type Emit = { paragraph(nodes: TextNode[], start: number, end: number): void; block(node: BlockNode): void };

/** A paragraph, or a pipe table (with any lines before its header as a paragraph). */
function paragraphOrTable(ctx: Ctx, para: Paragraph, emit: Emit): void {
  const nodes = inlines(ctx, para.children, {}, []);
  const firstLine = para.position?.start.line ?? 1;
  const lastLine = para.position?.end.line ?? firstLine;
  let header = -1;
  for (let line = firstLine + 1; line <= lastLine && header < 0; line++) {
    if (isDelimiterRow(ctx.lines.lineText(line)) && ctx.lines.lineText(line - 1).includes('|')) header = line - 1;
  }
  if (header < 0) {
    emit.paragraph(nodes, startOf(para), endOf(para));
    return;
  }
  const headerStart = ctx.lines.offsetAt(header, 1)!;
  const before = nodes.filter((n) => n.position.start.offset < headerStart);
  if (before.length > 0) emit.paragraph(before, startOf(para), before[before.length - 1]!.position.end.offset);
  const rowLines = [header];
  for (let line = header + 2; line <= lastLine; line++) rowLines.push(line);
  const table = buildTable(
    ctx,
    rowLines,
    nodes.filter((n) => n.position.start.offset >= headerStart),
  );
  if (table) emit.block(table);
}

// ───────────────────────────── code ─────────────────────────────

/** The lines of a code block as paragraphs (blank lines split them). */
function codeParagraphs(ctx: Ctx, code: Code): TextNode[][] {
  const { lines, text, f } = ctx;
  let first = code.position?.start.line ?? 1;
  let last = code.position?.end.line ?? first;
  const fence = /^\s*(?:`{3,}|~{3,})/;
  if (fence.test(lines.lineText(first))) {
    first++;
    if (last >= first && fence.test(lines.lineText(last))) last--;
  }
  const out: TextNode[][] = [];
  let current: TextNode[] = [];
  for (let line = first; line <= last; line++) {
    const content = lines.lineText(line);
    if (content.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    const lineStart = lines.offsetAt(line, 1)!;
    const lead = content.length - content.trimStart().length;
    const next = line < last ? (lines.offsetAt(line + 1, 1) ?? lineStart + content.length) : lineStart + content.length;
    current.push(f.textNode(text.slice(lineStart + lead, next), lineStart + lead, next));
  }
  if (current.length > 0) out.push(current);
  return out;
}

// ───────────────────────────── HTML blocks ─────────────────────────────

type HtmlOut =
  | { kind: 'heading'; level: number; nodes: TextNode[]; start: number; end: number }
  | { kind: 'paragraph'; nodes: TextNode[]; start: number; end: number }
  | { kind: 'list'; node: ListNode };

const BLOCK_TAGS = new Set(
  'p div li ol ul h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th center blockquote section article hr dl dt dd pre details summary'.split(
    ' ',
  ),
);
const TAG_RE = /<(\/?)([A-Za-z][A-Za-z0-9]*)([^<>]{0,2000})>/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function renderMarker(type: string | undefined, n: number): string {
  const letters = (k: number): string => {
    let s = '';
    for (let v = k; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(97 + ((v - 1) % 26)) + s;
    return s;
  };
  const roman = (k: number): string => {
    const table: Array<[number, string]> = [
      [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
      [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
    ];
    let s = '';
    let v = k;
    for (const [value, digits] of table) while (v >= value) (s += digits), (v -= value);
    return s;
  };
  switch (type) {
    case 'a': return `${letters(n)}.`;
    case 'A': return `${letters(n).toUpperCase()}.`;
    case 'i': return `${roman(n)}.`;
    case 'I': return `${roman(n).toUpperCase()}.`;
    default: return `${n}.`;
  }
}

interface HtmlFrame {
  list: ListNode;
  type?: string;
  count: number;
  /** The open <li>, if any. */
  item?: ListItemNode;
}

/** The visible content of an HTML block, in document order. */
function htmlBlocks(ctx: Ctx, html: Html): HtmlOut[] {
  const { text, f } = ctx;
  const base = startOf(html);
  const end = endOf(html);
  const out: HtmlOut[] = [];
  const frames: HtmlFrame[] = [];
  let pending: TextNode[] = [];
  let heading: { level: number; start: number } | undefined;
  let strong = 0;
  let emphasis = 0;

  const flush = (closeAt: number): void => {
    const nodes = f.trim(pending);
    pending = [];
    const h = heading;
    heading = undefined;
    if (nodes.length === 0) return;
    const start = nodes[0]!.position.start.offset;
    const stop = nodes[nodes.length - 1]!.position.end.offset;
    const frame = frames[frames.length - 1];
    if (!frame) {
      out.push(h ? { kind: 'heading', level: h.level, nodes, start: h.start, end: Math.max(closeAt, stop) } : { kind: 'paragraph', nodes, start, end: stop });
      return;
    }
    let item = frame.item ?? frame.list.children[frame.list.children.length - 1];
    if (!item) {
      item = { type: 'listItem', children: [], position: f.position(start, stop), data: { source: f.source(start) } };
      frame.list.children.push(item);
    }
    item.children.push(f.paragraph(nodes));
  };

  const closeItem = (frame: HtmlFrame, at: number): void => {
    const item = frame.item;
    frame.item = undefined;
    if (!item) return;
    if (item.children.length === 0) frame.list.children.splice(frame.list.children.indexOf(item), 1);
    else item.position = f.position(item.position.start.offset, Math.max(at, lastEnd(item)));
  };

  const closeList = (at: number): void => {
    const frame = frames.pop()!;
    closeItem(frame, at);
    const list = frame.list;
    const parent = frames[frames.length - 1];
    if (list.children.length === 0) return;
    list.position = f.position(list.position.start.offset, Math.max(at, lastEnd(list)));
    if (!parent) {
      out.push({ kind: 'list', node: list });
      return;
    }
    let item = parent.item ?? parent.list.children[parent.list.children.length - 1];
    if (!item) {
      item = { type: 'listItem', children: [], position: list.position, data: { source: list.data?.source } };
      parent.list.children.push(item);
    }
    item.children.push(list);
  };

  const addText = (from: number, to: number): void => {
    const source = text.slice(from, to);
    const flags: Flags = { strong: strong > 0, emphasis: emphasis > 0 };
    let at = from;
    source.split(/(?<=\r\n|\r(?!\n)|\n)/).forEach((line, i) => {
      // Indentation at a line start is layout; a space after an inline tag ("</b> and") is text.
      const lead = i === 0 && pending.length > 0 ? 0 : line.length - line.trimStart().length;
      if (lead < line.length) {
        pending.push(f.textNode(decodeEntities(line.slice(lead)), at + lead, at + line.length, flags));
      } else {
        // A blank stretch: keep its line break as the separator between runs, once.
        const ending = /(?:\r\n|\r|\n)$/.exec(line)?.[0];
        const last = pending[pending.length - 1];
        if (ending && last && !/\s$/.test(last.value)) {
          pending.push(f.textNode(ending, at + line.length - ending.length, at + line.length, flags));
        }
      }
      at += line.length;
    });
  };

  let i = base;
  while (i < end) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 || lt >= end ? end : lt;
    if (stop > i) addText(i, stop);
    if (stop >= end) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      i = close < 0 || close + 3 > end ? end : close + 3;
      continue;
    }
    TAG_RE.lastIndex = lt;
    const m = TAG_RE.exec(text);
    if (!m || TAG_RE.lastIndex > end) {
      addText(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    i = TAG_RE.lastIndex;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'b' || name === 'strong') strong = Math.max(0, strong + (closing ? -1 : 1));
    else if (name === 'i' || name === 'em') emphasis = Math.max(0, emphasis + (closing ? -1 : 1));
    if (!BLOCK_TAGS.has(name)) continue;
    // A heading ends with its closing tag; any other block tag ends what came before it.
    flush(closing && /^h[1-6]$/.test(name) ? i : lt);
    if (/^h[1-6]$/.test(name)) {
      if (!closing) heading = { level: Number(name[1]), start: lt };
      continue;
    }
    if (name === 'ol' || name === 'ul') {
      if (closing) {
        if (frames.length > 0) closeList(i);
        continue;
      }
      const type = /\btype\s*=\s*["']?([1aAiI])\b/.exec(m[3]!)?.[1];
      frames.push({
        list: { type: 'list', ordered: name === 'ol', children: [], position: f.position(lt, i), data: { source: f.source(lt) } },
        type: name === 'ol' ? type : undefined,
        count: 0,
      });
      continue;
    }
    if (name === 'li') {
      const frame = frames[frames.length - 1];
      if (!frame) continue;
      closeItem(frame, closing ? i : 0);
      if (closing) continue;
      frame.count++;
      const item: ListItemNode = { type: 'listItem', children: [], position: f.position(lt, i), data: { source: f.source(lt) } };
      if (frame.list.ordered) item.marker = renderMarker(frame.type, frame.count);
      frame.list.children.push(item);
      frame.item = item;
    }
  }
  flush(end);
  while (frames.length > 0) closeList(end);
  return out;
}

function lastEnd(node: ListNode | ListItemNode): number {
  const children = node.children as Array<{ position: { end: { offset: number } } }>;
  return children.length > 0 ? children[children.length - 1]!.position.end.offset : node.position.end.offset;
}

// ───────────────────────────── lists (kept) ─────────────────────────────

const MARKER_RE = /[ \t]*(\d{1,9}[.)]|[*+-])/y;

function markerAt(text: string, offset: number): string | undefined {
  MARKER_RE.lastIndex = offset;
  return MARKER_RE.exec(text)?.[1];
}

/** Block content of a list item or block quote inside a list: no section recognition. */
function nestedBlocks(ctx: Ctx, children: readonly RootContent[], out: BlockNode[]): BlockNode[] {
  const emit: Emit = {
    paragraph: (nodes) => {
      const trimmed = ctx.f.trim(nodes);
      if (trimmed.length > 0) out.push(ctx.f.paragraph(trimmed));
    },
    block: (node) => out.push(node),
  };
  for (const child of children) {
    switch (child.type) {
      case 'paragraph':
        paragraphOrTable(ctx, child, emit);
        break;
      case 'heading':
        emit.paragraph(inlines(ctx, child.children, {}, []), 0, 0);
        break;
      case 'list': {
        const list = listNode(ctx, child);
        if (list) out.push(list);
        break;
      }
      case 'blockquote':
        nestedBlocks(ctx, child.children, out);
        break;
      case 'code':
        for (const nodes of codeParagraphs(ctx, child)) emit.paragraph(nodes, 0, 0);
        break;
      case 'html':
        for (const block of htmlBlocks(ctx, child)) {
          if (block.kind === 'list') out.push(block.node);
          else emit.paragraph(block.nodes, block.start, block.end);
        }
        break;
      default:
        break;
    }
  }
  return out;
}

function listNode(ctx: Ctx, list: List): ListNode | undefined {
  const items: ListItemNode[] = [];
  for (const item of list.children) {
    const children = nestedBlocks(ctx, item.children, []);
    if (children.length === 0) continue;
    const start = startOf(item);
    const node: ListItemNode = {
      type: 'listItem',
      children,
      position: ctx.f.position(start, Math.max(endOf(item), children[children.length - 1]!.position.end.offset)),
      data: { source: ctx.f.source(start) },
    };
    const marker = markerAt(ctx.text, start);
    if (marker) node.marker = marker;
    items.push(node);
  }
  if (items.length === 0) return undefined;
  const start = startOf(list);
  return {
    type: 'list',
    ordered: list.ordered === true,
    children: items,
    position: ctx.f.position(start, Math.max(endOf(list), items[items.length - 1]!.position.end.offset)),
    data: { source: ctx.f.source(start) },
  };
}

// ───────────────────────────── top-level flow ─────────────────────────────

/** The item's first paragraph with the list marker ("1. ") as leading text. */
function clauseItemNodes(ctx: Ctx, item: ListItem): { nodes: TextNode[]; end: number } {
  const start = startOf(item);
  const first = item.children[0];
  const markerEnd = first ? startOf(first) : endOf(item);
  const marker = ctx.f.textNode(ctx.text.slice(start, markerEnd), start, markerEnd);
  if (first?.type !== 'paragraph') return { nodes: [marker], end: markerEnd };
  return { nodes: [marker, ...inlines(ctx, first.children, {}, [])], end: endOf(first) };
}

/** Numbered items that are clauses (see the top comment), as paragraphs with their marker. */
function clauseListItems(ctx: Ctx, list: List): Array<{ nodes: TextNode[]; end: number }> | undefined {
  if (!list.ordered) return undefined;
  const items = list.children.map((item) => clauseItemNodes(ctx, item));
  // "5." after an open clause 4 continues the clauses, title or not.
  if (ctx.asm.continuesClauses(list.start ?? 1)) return items;
  if (ctx.asm.insideNumberedClause()) return undefined;
  const clauseLike = items.some(({ nodes }) => {
    const { visible, runs } = measure(ctx.f.trim(nodes));
    const lead = recognise(visible, runs);
    return lead?.type === 'section' && lead.start.number !== undefined && lead.titleEnd !== undefined;
  });
  return clauseLike ? items : undefined;
}

function noteTitle(ctx: Ctx, nodes: readonly TextNode[]): void {
  if (!ctx.sawBlock && ctx.title === undefined) ctx.title = cleanTitle(measure(nodes).visible);
  ctx.sawBlock = true;
}

function flow(ctx: Ctx, children: readonly RootContent[]): void {
  const { asm } = ctx;
  const emit: Emit = {
    paragraph: (nodes, start, end) => {
      ctx.sawBlock = true;
      assembleBlock(asm, nodes, { start, end });
    },
    block: (node) => {
      ctx.sawBlock = true;
      asm.add(node);
    },
  };
  for (const child of children) {
    switch (child.type) {
      case 'heading': {
        const nodes = inlines(ctx, (child as Heading).children, {}, []);
        if (ctx.f.trim(nodes).length === 0) break;
        noteTitle(ctx, nodes);
        assembleBlock(asm, nodes, { start: startOf(child), end: endOf(child), headingLevel: child.depth });
        break;
      }
      case 'paragraph':
        paragraphOrTable(ctx, child, emit);
        break;
      case 'list': {
        const clauses = clauseListItems(ctx, child);
        if (!clauses) {
          const list = listNode(ctx, child);
          if (list) emit.block(list);
          break;
        }
        child.children.forEach((item, i) => {
          emit.paragraph(clauses[i]!.nodes, startOf(item), clauses[i]!.end);
          flow(ctx, item.children[0]?.type === 'paragraph' ? item.children.slice(1) : item.children);
        });
        break;
      }
      case 'blockquote':
        flow(ctx, child.children);
        break;
      case 'code':
        for (const nodes of codeParagraphs(ctx, child)) {
          emit.paragraph(nodes, nodes[0]!.position.start.offset, nodes[nodes.length - 1]!.position.end.offset);
        }
        break;
      case 'html':
        for (const block of htmlBlocks(ctx, child)) {
          if (block.kind === 'list') emit.block(block.node);
          else if (block.kind === 'paragraph') emit.paragraph(block.nodes, block.start, block.end);
          else {
            noteTitle(ctx, block.nodes);
            assembleBlock(asm, block.nodes, { start: block.start, end: block.end, headingLevel: block.level });
          }
        }
        break;
      default:
        // thematicBreak, definition, footnoteDefinition: nothing a reader reads as contract text.
        break;
    }
  }
}

export function parseMarkdown(text: string): DocumentNode {
  const front = blankFrontMatter(text);
  const root = unified().use(remarkParse).parse(front.text) as Root;
  const lines = new LineIndex(text);
  const f = new NodeFactory(text, lines, 'markdown');
  const ctx: Ctx = { text, lines, f, asm: new TreeAssembler(f), title: front.title, sawBlock: false };
  flow(ctx, root.children);
  const data: DocumentNode['data'] = { format: 'markdown', text };
  if (ctx.title) data.title = ctx.title;
  return { type: 'document', children: ctx.asm.finish(), position: f.position(0, text.length), data };
}

export const markdownParser: Parser = {
  id: 'markdown',
  extensions: ['.md', '.markdown'],
  parse(bytes: Uint8Array): ParseResult {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const heavy = bracketHeavy(decoded.text) ?? nestingHeavy(decoded.text);
    if (heavy) return { ok: false, error: heavy };
    try {
      return { ok: true, tree: parseMarkdown(decoded.text) };
    } catch (error) {
      return { ok: false, error: nestedTooDeeply(error) ?? { code: 'parser-crash', message: `the Markdown parser failed: ${String(error)}` } };
    }
  },
};

