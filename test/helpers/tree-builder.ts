/**
 * A tiny builder for valid ContractTrees in tests. The document text it produces is
 * Markdown-like ("## 4. Title", "**bold**", "- item", "| cell |"), so text-node offsets differ
 * from block-text indices wherever markup sits, exactly as with the real Markdown parser.
 *
 *   buildTree([
 *     sec({ number: '1', heading: 'Definitions', kind: 'definitions' },
 *       p(strong('Personal Data'), ' means any information ...')),
 *     'A plain paragraph.',
 *   ])
 */
import type {
  BlockNode,
  DocumentNode,
  HeadingNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  Point,
  Position,
  SectionKind,
  SectionNode,
  TableCellNode,
  TableNode,
  TableRowNode,
  TextNode,
} from '../../src/tree/types.js';
import { SECTION_KIND_WORD } from '../../src/tree/anchor.js';

export type InlineSpec = string | { strong: string } | { emphasis: string };
export interface ParagraphSpec {
  p: InlineSpec[];
}
export interface SectionSpec {
  section: { kind?: SectionKind; number?: string; heading?: string; label?: string; title?: string };
  children: BlockSpec[];
}
export interface ListSpec {
  list: Array<string | ParagraphSpec>;
  markers?: string[];
}
export interface TableSpec {
  table: string[][];
}
export type BlockSpec = string | ParagraphSpec | SectionSpec | ListSpec | TableSpec;

export const strong = (text: string): InlineSpec => ({ strong: text });
export const em = (text: string): InlineSpec => ({ emphasis: text });
export const p = (...runs: InlineSpec[]): ParagraphSpec => ({ p: runs });
export const list = (items: Array<string | ParagraphSpec>, markers?: string[]): ListSpec =>
  markers ? { list: items, markers } : { list: items };
export const table = (rows: string[][]): TableSpec => ({ table: rows });
export const sec = (info: SectionSpec['section'], ...children: BlockSpec[]): SectionSpec => ({
  section: info,
  children,
});

// Clauses are titled "1. Heading"; other kinds by their citation word ("Schedule 2 Heading").
const KIND_WORD: Partial<Record<SectionKind, string>> = { ...SECTION_KIND_WORD, clause: undefined };

/** Builds the tree; `text` on the result's data is the whole normalized text. */
export function buildTree(children: BlockSpec[], format: DocumentNode['data']['format'] = 'markdown'): DocumentNode {
  const out = new Writer();
  const nodes = children.map((child) => writeBlock(out, child, 1));
  const text = out.text;
  return {
    type: 'document',
    children: nodes,
    data: { format, text },
    position: { start: out.point(0), end: out.point(text.length) },
  };
}

/** Shorthand: a document of plain paragraphs. */
export function paragraphs(...texts: string[]): DocumentNode {
  return buildTree(texts);
}

class Writer {
  text = '';
  private lineStarts = [0];

  write(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === '\n') this.lineStarts.push(this.text.length + i + 1);
    }
    this.text += chunk;
  }

  /** Separates blocks by a blank line. */
  block(): void {
    if (this.text.length > 0) this.write('\n\n');
  }

  point(offset: number): Point {
    let line = 0;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - this.lineStarts[line]! + 1, offset };
  }

  position(start: number, end = this.text.length): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

function writeInline(out: Writer, runs: InlineSpec[]): TextNode[] {
  const nodes: TextNode[] = [];
  for (const run of runs) {
    const [value, mark, data] =
      typeof run === 'string'
        ? [run, '', undefined]
        : 'strong' in run
          ? [run.strong, '**', { strong: true }]
          : [run.emphasis, '_', { emphasis: true }];
    out.write(mark);
    const start = out.text.length;
    out.write(value);
    const node: TextNode = { type: 'text', value, position: out.position(start) };
    if (data) node.data = data;
    nodes.push(node);
    out.write(mark);
  }
  return nodes;
}

function writeParagraph(out: Writer, runs: InlineSpec[]): ParagraphNode {
  const start = out.text.length;
  const children = writeInline(out, runs);
  return { type: 'paragraph', children, position: out.position(start) };
}

function writeBlock(out: Writer, spec: BlockSpec, depth: number): BlockNode {
  if (typeof spec === 'string') spec = { p: [spec] };
  if ('p' in spec) {
    out.block();
    return writeParagraph(out, spec.p);
  }
  if ('list' in spec) {
    out.block();
    const start = out.text.length;
    const items: ListItemNode[] = spec.list.map((item, index) => {
      if (index > 0) out.write('\n');
      const itemStart = out.text.length;
      const marker = spec.markers?.[index] ?? '-';
      out.write(`${marker} `);
      const paragraph = writeParagraph(out, typeof item === 'string' ? [item] : item.p);
      const node: ListItemNode = { type: 'listItem', children: [paragraph], position: out.position(itemStart) };
      if (spec.markers?.[index]) node.marker = marker;
      return node;
    });
    const listNode: ListNode = {
      type: 'list',
      ordered: Boolean(spec.markers),
      children: items,
      position: out.position(start),
    };
    return listNode;
  }
  if ('table' in spec) {
    out.block();
    const start = out.text.length;
    const rows: TableRowNode[] = spec.table.map((row, index) => {
      if (index > 0) out.write('\n');
      const rowStart = out.text.length;
      const cells: TableCellNode[] = row.map((cell) => {
        out.write('| ');
        const cellStart = out.text.length;
        const children = writeInline(out, [cell]);
        const node: TableCellNode = { type: 'tableCell', children, position: out.position(cellStart) };
        out.write(' ');
        return node;
      });
      out.write('|');
      return { type: 'tableRow', children: cells, position: out.position(rowStart) };
    });
    const node: TableNode = { type: 'table', children: rows, position: out.position(start) };
    return node;
  }
  out.block();
  const info = spec.section;
  const kind = info.kind ?? 'clause';
  const start = out.text.length;
  const children: Array<HeadingNode | BlockNode> = [];
  const title =
    info.title ??
    [info.number ? (KIND_WORD[kind] ? `${KIND_WORD[kind]} ${info.number}` : `${info.number}.`) : '', info.heading ?? '']
      .filter(Boolean)
      .join(' ');
  if (title) {
    out.write(`${'#'.repeat(Math.min(depth + 1, 6))} `);
    const headingStart = out.text.length;
    const inline = writeInline(out, [title]);
    children.push({ type: 'heading', children: inline, position: out.position(headingStart) });
  }
  for (const child of spec.children) children.push(writeBlock(out, child, depth + 1));
  const node: SectionNode = { type: 'section', kind, depth, children, position: out.position(start) };
  if (info.number !== undefined) node.number = info.number;
  if (info.heading !== undefined) node.heading = info.heading;
  if (info.label !== undefined) node.label = info.label;
  return node;
}
