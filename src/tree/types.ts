/**
 * ContractTree: one unist-compatible tree for every input format.
 *
 * Bases, stated once: `line` and `column` are 1-based, `offset` is a 0-based UTF-16
 * index into `DocumentNode.data.text` (the document's normalized text). For Markdown and
 * plain text the normalized text IS the file's text, so offsets and lines are exact to the
 * source. Offsets are the truth; line and column are derived by `LineIndex`.
 */
import type { Node as UnistNode, Parent as UnistParent } from 'unist';

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based UTF-16 offset into the normalized text. */
  offset: number;
}

export interface Position {
  start: Point;
  /** Exclusive end. */
  end: Point;
}

export type Format = 'markdown' | 'text' | 'docx' | 'pdf';

/** Where a node came from in the original file, for readers of formats without lines. */
export type SourceLocation =
  | { kind: 'markdown' | 'text'; line: number; column: number }
  | { kind: 'docx'; paragraph: number; style?: string }
  | { kind: 'pdf'; page: number; line: number };

export type SectionKind =
  | 'clause'
  | 'article'
  | 'part'
  | 'schedule'
  | 'annex'
  | 'appendix'
  | 'exhibit'
  | 'recitals'
  | 'definitions'
  | 'signatures'
  | 'other';

export interface NodeData {
  source?: SourceLocation;
  [key: string]: unknown;
}

interface BaseNode extends UnistNode {
  position: Position;
  data?: NodeData;
}

export interface TextNode extends BaseNode {
  type: 'text';
  /** The text as a reader sees it (markup removed, escapes resolved). */
  value: string;
  data?: NodeData & {
    /** Inline emphasis the text carried in the source (bold defined terms matter). */
    strong?: boolean;
    emphasis?: boolean;
  };
}

export type InlineNode = TextNode;

export interface ParagraphNode extends BaseNode {
  type: 'paragraph';
  children: InlineNode[];
}

/** The title line of a section (a Markdown heading, a numbered heading line, a styled DOCX heading). */
export interface HeadingNode extends BaseNode {
  type: 'heading';
  children: InlineNode[];
}

export interface ListItemNode extends BaseNode {
  type: 'listItem';
  /** The marker as written ("(a)", "1.", "-"), when the source had one. */
  marker?: string;
  children: BlockNode[];
}

export interface ListNode extends BaseNode {
  type: 'list';
  ordered: boolean;
  children: ListItemNode[];
}

export interface TableCellNode extends BaseNode {
  type: 'tableCell';
  children: Array<ParagraphNode | InlineNode>;
}

export interface TableRowNode extends BaseNode {
  type: 'tableRow';
  children: TableCellNode[];
}

export interface TableNode extends BaseNode {
  type: 'table';
  children: TableRowNode[];
}

/**
 * A clause, article, schedule, annex, appendix, exhibit, recitals or definitions block.
 * Sections nest: a section's children are its heading (when it has one) then its body.
 */
export interface SectionNode extends BaseNode {
  type: 'section';
  /** The number as written without trailing dot: "4.2", "4.2(a)", "3", "A". */
  number?: string;
  /** Heading text without the number: "Data Protection". */
  heading?: string;
  /** Nesting depth, 1 for top level. */
  depth: number;
  kind: SectionKind;
  /** How a reader would cite it: "clause 4.2", "Schedule 3", "Annex A". */
  label?: string;
  children: Array<HeadingNode | BlockNode>;
}

export type BlockNode = SectionNode | ParagraphNode | ListNode | TableNode;

export interface DocumentData extends NodeData {
  format: Format;
  /** The normalized text every offset points into. */
  text: string;
  title?: string;
}

export interface DocumentNode extends BaseNode {
  type: 'document';
  children: BlockNode[];
  data: DocumentData;
}

export type ContractNode =
  | DocumentNode
  | SectionNode
  | HeadingNode
  | ParagraphNode
  | ListNode
  | ListItemNode
  | TableNode
  | TableRowNode
  | TableCellNode
  | TextNode;

export type ContractParent = Extract<ContractNode, UnistParent>;
export type NodeType = ContractNode['type'];

/**
 * A parse either yields a tree or says why it could not. It never throws. A tree may come with
 * notices: what the parser read but could not lint (a PDF's pages without text), reported as
 * warnings beside the findings.
 */
export type ParseResult =
  | { ok: true; tree: DocumentNode; notices?: ParseNotice[] }
  | { ok: false; error: ParseError };

export interface ParseNotice {
  /** Short, stable code: "pages-without-text". */
  code: string;
  /** One line, without the file name (the caller adds it). */
  message: string;
  /** PDF pages (1-based, sorted) the notice is about, for its anchor. */
  pages?: number[];
}

export interface ParseError {
  /** Short, stable cause code: "empty-file", "not-utf8", "corrupt-zip", "encrypted", ... */
  code: string;
  /** One line naming the cause, without the file name (the caller adds it). */
  message: string;
}

export interface Parser {
  id: Format;
  extensions: readonly string[];
  parse(bytes: Uint8Array, filePath: string): Promise<ParseResult> | ParseResult;
}
