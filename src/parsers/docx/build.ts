/**
 * mammoth's document model → ContractTree.
 *
 * Two passes. The first walks the model in document order: it flattens each paragraph's runs
 * into text segments (bold and italic kept), advances Word's numbering (./numbering.ts) and
 * lays out the normalized text: one line per Word paragraph, the rebuilt number prefixed as a
 * reader sees it ("4.2 The Supplier shall…", "(b) the Authority…", "• item"), table-cell
 * paragraphs one per line, then the footnotes and endnotes. The second pass builds nodes with
 * exact offsets into that text and nests them with the shared sectioning assembler, so DOCX
 * sections follow the same rules as Markdown and plain text.
 *
 * Structure:
 * - A paragraph whose style is a heading (Title, Heading 1–9, or a custom style with an outline
 *   level, own or inherited) is a title line at that level if it reads as a title: at most 16
 *   words, and at most 8 when a sentence follows a run-in title ("Support. During the…"). A longer
 *   one is a clause written in a heading style and is read as body text (its run-in title found).
 * - A paragraph set entirely in bold that reads as a title (at most 10 words, no closing
 *   punctuation, not numbered) is a guessed title line one level below the open styled headings
 *   (inside a signature block it stays a party name, as for text).
 * - A Schedule/Annex/Appendix/Exhibit line without a heading style counts as a level-0 title
 *   line: the headings and numbered paragraphs after it belong to it until the next one.
 * - A paragraph Word numbers "4", "4.2", "4.2.1", "Clause 4", "Article 3" or "Schedule 2" (or
 *   "IV.", "A." on a heading) starts a section with that number, even when its text starts in
 *   lower case; its run-in title ("4.2 Data Protection. The…") is found as for text. A
 *   single-number decimal ("1.") from a list other than the open clause's is an item of that
 *   clause instead (a numbered list inside clause 4.2). An empty paragraph that only carries a
 *   section break takes no number (Word shows none).
 * - A paragraph Word numbers "(b)", "b.", "(iv)" inside a numbered clause is a sub-clause
 *   section whose number adds the item to the clause's ("4.2(b)", "4.2(b)(iv)"), holding an
 *   ordered list with the one item (marker "(b)"), so a finding can cite "clause 4.2(b)" and the
 *   analyses still see a list item. An item of another list with the same marker shape is a
 *   sibling, not a child (Word often splits one list in two). Outside a numbered clause it is a
 *   plain list item.
 * - Bullets are items of unordered lists. Typed numbers ("1.1\tInterpret…") are recognised from
 *   the text as for plain-text contracts.
 * - Tables are tables; a cell holds its paragraphs (a nested table's paragraphs are flattened into
 *   its cell; an empty cell is empty, with a zero-width position). Text-box paragraphs (mammoth
 *   puts them after their anchoring paragraph) are plain paragraphs, never section starts, with
 *   `data.textBox`.
 * - Footnotes and endnotes come last, each in a top-level section ("Footnotes", "Endnotes"; no
 *   heading node, as the document has no such line), one paragraph per note paragraph, the first
 *   prefixed with its mark ("1 ", "i "), numbered in the order the body refers to them (footnotes
 *   1, 2, 3; endnotes i, ii, iii: Word's defaults). Unreferenced notes are left out. A note's
 *   paragraphs carry the ¶ of the body paragraph that refers to it and `data.note`. The body
 *   text does not show the reference marks.
 *
 * Every block's `data.source` is `{kind: 'docx', paragraph, style}`: the ¶ from ./prepass.ts and
 * the paragraph's style name.
 */
import { LineIndex } from '../../tree/line-index.js';
import { hasNonSpace } from '../../text/spaces.js';
import type {
  BlockNode,
  DocumentNode,
  HeadingNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  SectionNode,
  SourceLocation,
  TableCellNode,
  TableNode,
  TableRowNode,
  TextNode,
} from '../../tree/types.js';
import {
  assembleBlock,
  isAllCaps,
  looksLikeTitle,
  matchNumber,
  measure,
  NodeFactory,
  recognise,
  sectionStart,
  TreeAssembler,
  type SectionStart,
} from '../sectioning.js';
import type { MDocument, MElement, MNote, MParagraph } from './model.js';
import type { NumberLabel, Numbering } from './numbering.js';
import { BOOKMARK_PREFIX, type ParagraphRecord } from './prepass.js';
import type { Styles } from './styles.js';

// ───────────────────────────── pass 1: paragraphs and text ─────────────────────────────

interface Segment {
  value: string;
  strong: boolean;
  emphasis: boolean;
  /** Offset in the normalized text, set by the layout. */
  start: number;
}

interface WordParagraph {
  kind: 'paragraph';
  paragraph: number;
  style?: string;
  nested: boolean;
  label?: NumberLabel;
  headingLevel?: number;
  title: boolean;
  segments: Segment[];
  /** The number and what follows it ("4.2 "), as a segment; undefined when not numbered. */
  prefix?: Segment;
  note?: { type: 'footnote' | 'endnote'; id: string; mark: string };
  /** Offsets of the laid-out line; start === end when the paragraph is blank (not laid out). */
  start: number;
  end: number;
}

interface WordTable {
  kind: 'table';
  rows: Array<{ header: boolean; cells: WordParagraph[][] }>;
}

type WordBlock = WordParagraph | WordTable;

interface NoteRef {
  type: 'footnote' | 'endnote';
  id: string;
  paragraph: number;
}

export interface BuildInput {
  document: MDocument;
  records: readonly ParagraphRecord[];
  numbering: Numbering;
  styles: Styles;
  /**
   * The model was read without alignment bookmarks: its body paragraphs are the records, one
   * each, in order. `buildTree` checks that there are as many and gives up otherwise.
   */
  inOrder?: boolean;
  /**
   * mammoth was not handed styles.xml (../docx.ts, slim reading): every paragraph's style name
   * is looked up in `styles`, as mammoth would have named it.
   */
  namesFromStyles?: boolean;
}

const HEADING_MAX_WORDS = 16;
const BOLD_HEADING_MAX_WORDS = 10;
const SOFT_HYPHEN = /\u00ad/g;

/** Appends text to the last segment when it looks the same (bold, italic), else as a new segment. */
function append(out: Segment[], value: string, strong: boolean, emphasis: boolean): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last && last.strong === strong && last.emphasis === emphasis) last.value += value;
  else out.push({ value, strong, emphasis, start: 0 });
}

/** Some segment shows more than whitespace. */
function hasVisibleText(segments: readonly Segment[]): boolean {
  for (const segment of segments) if (hasNonSpace(segment.value)) return true;
  return false;
}

const BLOCK_TYPES = new Set(['paragraph', 'table', 'tableRow', 'tableCell']);
/** What belongs inside a paragraph: found outside one, it is read as a paragraph of its own. */
const INLINE_TYPES = new Set(['run', 'hyperlink', 'text', 'tab', 'break', 'checkbox', 'noteReference']);

class Collector {
  readonly blocks: WordBlock[] = [];
  readonly noteRefs: NoteRef[] = [];
  private lastParagraph = 0;
  /** The alignment bookmarks met in the paragraph being read (scratch, reused). */
  private readonly bookmarks: number[] = [];
  /** Body paragraphs read (with `inOrder`, the next one's record). */
  bodyParagraphs = 0;

  constructor(private readonly input: BuildInput) {}

  /** Flattens runs into segments; records note references (in `noteRefs`) and alignment bookmarks. */
  private inline(children: readonly MElement[], out: Segment[], strong: boolean, emphasis: boolean): void {
    for (const element of children) {
      switch (element.type) {
        case 'run':
          this.inline(element.children, out, element.isBold, element.isItalic);
          break;
        case 'hyperlink':
          this.inline(element.children, out, strong, emphasis);
          break;
        case 'text':
          append(out, element.value.includes('\u00ad') ? element.value.replace(SOFT_HYPHEN, '') : element.value, strong, emphasis);
          break;
        case 'tab':
          append(out, '\t', strong, emphasis);
          break;
        case 'break':
          append(out, '\n', strong, emphasis);
          break;
        case 'checkbox':
          append(out, element.checked ? '☒' : '☐', strong, emphasis);
          break;
        case 'noteReference':
          this.noteRefs.push({ type: element.noteType, id: element.noteId, paragraph: 0 });
          break;
        case 'bookmarkStart':
          if (element.name.startsWith(BOOKMARK_PREFIX)) {
            const index = Number(element.name.slice(BOOKMARK_PREFIX.length));
            if (Number.isInteger(index)) this.bookmarks.push(index);
          }
          break;
        default:
          if ('children' in element && Array.isArray(element.children)) {
            // A paragraph or table inside a paragraph (a damaged file that still parses): its
            // text goes on a line of its own, not glued to the words around it.
            const block = BLOCK_TYPES.has(element.type);
            if (block && out.length > 0) append(out, '\n', strong, emphasis);
            this.inline(element.children, out, strong, emphasis);
            if (block && element !== children[children.length - 1]) append(out, '\n', strong, emphasis);
          }
          break;
      }
    }
  }

  paragraph(element: MParagraph, inNote = false): WordParagraph {
    const segments: Segment[] = [];
    const firstNote = this.noteRefs.length;
    this.bookmarks.length = 0;
    this.inline(element.children, segments, false, false);
    // Merged paragraphs (a deleted mark): the text starts in the first; the properties are the last's.
    let first: ParagraphRecord | undefined;
    let own: ParagraphRecord | undefined;
    if (!inNote && this.input.inOrder) {
      // What the paragraph's bookmark would say (a `<w:p/>` has none).
      const record = this.input.records[this.bodyParagraphs];
      if (record && !record.selfClosing) first = own = record;
    }
    if (!inNote) this.bodyParagraphs++;
    for (const index of this.bookmarks) {
      const record = this.input.records[index];
      if (record === undefined) continue;
      first ??= record;
      own = record;
    }
    // Without bookmarks (markup the scan did not understand) body paragraphs are counted here.
    const paragraph = first?.paragraph ?? (this.input.records.length === 0 && !inNote ? this.lastParagraph + 1 : Math.max(1, this.lastParagraph));
    if (!inNote) this.lastParagraph = paragraph;
    for (let k = firstNote; k < this.noteRefs.length; k++) this.noteRefs[k]!.paragraph = paragraph;

    const { styles, numbering } = this.input;
    // Handed to mammoth without its properties (./prepass.ts `slim`): its style is the scan's.
    const scanned = own?.propertiesRemoved ? own : undefined;
    const styleId = scanned ? (scanned.styleId ?? null) : element.styleId;
    const styleName = scanned || this.input.namesFromStyles ? styles.paragraphStyleName(styleId) : element.styleName;
    const style = styleName ?? styleId ?? undefined;
    const nested = own?.nested ?? false;
    const word: WordParagraph = {
      kind: 'paragraph',
      paragraph,
      nested,
      title: !inNote && styles.isTitle(styleId, styleName),
      segments,
      start: 0,
      end: 0,
    };
    if (style) word.style = style;
    if (!inNote) {
      const direct = own && (own.numId !== undefined || own.ilvl !== undefined) ? own : undefined;
      // An empty paragraph that only carries a section break shows no number and takes none.
      const breakOnly = own?.sectionBreak === true && !hasVisibleText(segments);
      const label = numbering.isEmpty || breakOnly ? undefined : numbering.next(styleId, direct);
      if (label && label.text !== '') word.label = label;
      const level = styles.headingLevel(styleId, styleName);
      if (level !== undefined && !nested) word.headingLevel = level;
    }
    return word;
  }

  /** A table cell's paragraphs, nested tables flattened into it. */
  private cellParagraphs(children: readonly MElement[], out: WordParagraph[]): void {
    const loose: MElement[] = [];
    for (const child of children) {
      if (INLINE_TYPES.has(child.type)) {
        loose.push(child);
        continue;
      }
      this.looseParagraph(loose, out);
      if (child.type === 'paragraph') out.push(this.paragraph(child));
      else if (child.type === 'table' || child.type === 'tableRow' || child.type === 'tableCell') this.cellParagraphs(child.children, out);
    }
    this.looseParagraph(loose, out);
  }

  /**
   * Runs outside any paragraph (a damaged file that still parses: a paragraph's start tag turned
   * into a run's), read as a paragraph of their own, as mammoth reads their text. It takes no
   * paragraph record, number or heading: it anchors at the paragraph before it. Emptied after.
   */
  private looseParagraph(loose: MElement[], out: WordBlock[]): void {
    if (loose.length === 0) return;
    const paragraph = this.paragraph({ type: 'paragraph', children: loose.splice(0), styleId: null, styleName: null, numbering: null }, true);
    if (hasVisibleText(paragraph.segments)) out.push(paragraph);
  }

  private table(children: readonly MElement[]): WordTable {
    const rows: WordTable['rows'] = [];
    this.rows(children, rows);
    return { kind: 'table', rows };
  }

  /**
   * A table's rows in document order. Word writes only rows in a table and only cells in a row
   * (mammoth unwraps content controls); a damaged file that still parses can hold a row inside a
   * row, or paragraphs between rows or cells, where the rest of the document may have ended up.
   * Their text is kept, never dropped: a nested row becomes a row of its own, stray paragraphs a
   * cell or a row of their own.
   */
  private rows(children: readonly MElement[], rows: WordTable['rows']): void {
    for (const row of children) {
      if (row.type !== 'tableRow') {
        const stray: WordParagraph[] = [];
        this.cellParagraphs([row], stray);
        if (stray.length > 0) rows.push({ header: false, cells: [stray] });
        continue;
      }
      let cells: WordParagraph[][] = [];
      const flush = (): void => {
        if (cells.length > 0) rows.push({ header: row.isHeader === true, cells });
        cells = [];
      };
      for (const cell of row.children) {
        if (cell.type === 'tableRow') {
          flush();
          this.rows([cell], rows);
          continue;
        }
        const paragraphs: WordParagraph[] = [];
        this.cellParagraphs(cell.type === 'tableCell' ? cell.children : [cell], paragraphs);
        if (cell.type === 'tableCell' || paragraphs.length > 0) cells.push(paragraphs);
      }
      flush();
    }
  }

  body(children: readonly MElement[]): void {
    const loose: MElement[] = [];
    for (const element of children) {
      if (INLINE_TYPES.has(element.type)) {
        loose.push(element);
        continue;
      }
      this.looseParagraph(loose, this.blocks);
      if (element.type === 'paragraph') this.blocks.push(this.paragraph(element));
      else if (element.type === 'table') {
        const table = this.table(element.children);
        if (table.rows.length > 0) this.blocks.push(table);
      } else if ('children' in element && Array.isArray(element.children)) this.body(element.children);
    }
    this.looseParagraph(loose, this.blocks);
  }

  /** Note paragraphs in reference order; footnotes numbered 1, 2, …, endnotes i, ii, …. */
  notes(document: MDocument): { footnotes: WordParagraph[]; endnotes: WordParagraph[] } {
    const seen = new Set<string>();
    const out = { footnotes: [] as WordParagraph[], endnotes: [] as WordParagraph[] };
    const counts = { footnote: 0, endnote: 0 };
    for (const ref of this.noteRefs) {
      const key = `${ref.type}-${ref.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let note: MNote | null = null;
      try {
        note = document.notes?.findNoteByKey(key) ?? null;
      } catch {
        note = null;
      }
      if (!note) continue;
      const n = ++counts[ref.type];
      const mark = ref.type === 'footnote' ? String(n) : toRomanLower(n);
      const paragraphs: WordParagraph[] = [];
      const collect = (children: readonly MElement[]): void => {
        for (const child of children) {
          if (child.type === 'paragraph') paragraphs.push(this.paragraph(child, true));
          else if ('children' in child && Array.isArray(child.children)) collect(child.children);
        }
      };
      collect(note.body ?? []);
      const visible = paragraphs.filter((p) => hasVisibleText(p.segments));
      visible.forEach((p, i) => {
        p.paragraph = ref.paragraph || 1;
        p.note = { type: ref.type, id: ref.id, mark };
        if (i === 0) p.prefix = { value: `${mark} `, strong: false, emphasis: false, start: 0 };
      });
      (ref.type === 'footnote' ? out.footnotes : out.endnotes).push(...visible);
    }
    return out;
  }
}

function toRomanLower(n: number): string {
  const table: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let v = n;
  if (n >= 40) return String(n);
  for (const [value, digits] of table) while (v >= value) (out += digits), (v -= value);
  return out;
}

/** Lays out paragraphs into the normalized text, one line each; blank paragraphs take no line. */
class Layout {
  private parts: string[] = [];
  length = 0;

  line(p: WordParagraph): void {
    if (p.label && !p.prefix) {
      p.prefix = { value: p.label.text + p.label.suffix, strong: p.segments[0]?.strong ?? false, emphasis: false, start: 0 };
    }
    const hasText = hasVisibleText(p.segments) || (p.prefix !== undefined && hasNonSpace(p.prefix.value));
    if (!hasText) {
      p.start = p.end = this.length;
      return;
    }
    if (this.length > 0) this.write('\n');
    p.start = this.length;
    if (p.prefix) this.segment(p.prefix);
    for (const segment of p.segments) this.segment(segment);
    p.end = this.length;
  }

  private segment(segment: Segment): void {
    segment.start = this.length;
    this.write(segment.value);
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    const text = this.parts.join('');
    this.parts = [text];
    return text;
  }
}

const isBlank = (p: WordParagraph): boolean => p.start === p.end;

// ───────────────────────────── pass 2: nodes ─────────────────────────────

/** NodeFactory whose `data.source` is the Word paragraph an offset falls in. */
class DocxNodeFactory extends NodeFactory {
  constructor(
    text: string,
    lines: LineIndex,
    private readonly starts: number[],
    private readonly sources: SourceLocation[],
  ) {
    super(text, lines, 'text');
  }

  override source(offset: number): SourceLocation {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return this.sources[low] ?? { kind: 'docx', paragraph: 1 };
  }
}

interface ItemInfo {
  list: string;
  level: number;
  format: string;
}

/** An open section and what the builder noted about it. */
interface OpenSection {
  node: SectionNode;
  start: SectionStart;
  /** Word list of a section opened by a numbered paragraph. */
  list?: string;
  /** The Word list item a sub-clause section ("4.2(b)") was opened for. */
  item?: ItemInfo;
  /** Opened by a bold line guessed to be a heading. */
  guessed: boolean;
}

/** TreeAssembler that knows its open sections (the assembler's stack is private). */
class DocxAssembler extends TreeAssembler {
  /** Outermost first. */
  readonly open: OpenSection[] = [];
  opened = 0;

  override openSection(start: SectionStart, at: number, heading?: HeadingNode): SectionNode {
    // A Schedule, Annex, Appendix or Exhibit line is a title line above every heading level: what
    // follows (bold titles, Heading 1, its numbered paragraphs) belongs to it until the next one.
    if (ATTACHMENTS.has(start.kind) && start.level === undefined) start.level = 0;
    const node = super.openSection(start, at, heading);
    this.open.length = node.depth - 1;
    this.open.push({ node, start, guessed: false });
    this.opened++;
    return node;
  }

  /** The section opened last, while it is open. */
  get innermost(): OpenSection {
    return this.open[this.open.length - 1]!;
  }
}

const ATTACHMENTS: ReadonlySet<string> = new Set(['schedule', 'annex', 'appendix', 'exhibit']);

function isClauseLike(start: SectionStart | undefined): boolean {
  return (
    start !== undefined &&
    start.style === 'arabic' &&
    start.path !== undefined &&
    (start.keyword === undefined || start.keyword === 'clause' || start.keyword === 'section' || start.keyword === 'article')
  );
}

/** "(b)" → "b", "iv." → "iv", "1)" → "1"; undefined for anything that is not a simple item marker. */
function itemCore(label: string): string | undefined {
  const m = /^\(?([A-Za-z]{1,5}|\d{1,3})[.)]?$/.exec(label);
  return m ? m[1] : undefined;
}

function plainText(p: WordParagraph): string {
  let text = '';
  for (const segment of p.segments) text += segment.value;
  return text.trim();
}

/** Short, and one phrase: "Support. During the Subscription Period, …" is a run-in title and a body. */
function titleLike(p: WordParagraph): boolean {
  const text = plainText(p);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > HEADING_MAX_WORDS || text.length > 160) return false;
  // A sentence after a run-in title; a colon in a short title ("ANNEX: LIST OF REPORTS") is fine.
  return words <= 8 || !/\p{L}{2}[.;:]\s+\S/u.test(text);
}

/** A short line set entirely in bold that reads as a title: a heading typed without a heading style. */
function boldTitle(p: WordParagraph): boolean {
  // The cheap test first: most paragraphs are not all bold.
  for (const segment of p.segments) if (!segment.strong && hasNonSpace(segment.value)) return false;
  const text = plainText(p);
  if (text === '' || text.length > 90 || /[.,;:]$/.test(text) || /^[\d(]/.test(text)) return false;
  if (text.split(/\s+/).length > BOLD_HEADING_MAX_WORDS) return false;
  return looksLikeTitle(text) || isAllCaps(text);
}

class Builder {
  readonly f: DocxNodeFactory;
  readonly asm: DocxAssembler;
  private readonly bulletItems = new Set<ListItemNode>();

  constructor(
    readonly text: string,
    paragraphs: readonly WordParagraph[],
  ) {
    const starts: number[] = [];
    const sources: SourceLocation[] = [];
    for (const p of paragraphs) {
      if (isBlank(p)) continue;
      starts.push(p.start);
      const source: SourceLocation = { kind: 'docx', paragraph: p.paragraph };
      if (p.style) source.style = p.style;
      sources.push(source);
    }
    this.f = new DocxNodeFactory(text, new LineIndex(text), starts, sources);
    this.asm = new DocxAssembler(this.f);
  }

  nodesOf(p: WordParagraph): TextNode[] {
    const nodes: TextNode[] = [];
    if (p.prefix) this.pushNode(nodes, p.prefix);
    for (const s of p.segments) this.pushNode(nodes, s);
    return nodes;
  }

  private pushNode(nodes: TextNode[], s: Segment): void {
    // A segment carries its own strong and emphasis flags.
    if (s.value !== '') nodes.push(this.f.textNode(s.value, s.start, s.start + s.value.length, s));
  }

  private paragraphNode(p: WordParagraph, nodes: TextNode[]): ParagraphNode | undefined {
    const trimmed = this.f.trim(nodes);
    if (trimmed.length === 0) return undefined;
    const node = this.f.paragraph(trimmed);
    if (p.nested) node.data = { ...node.data, textBox: true };
    if (p.note) node.data = { ...node.data, note: p.note };
    return node;
  }

  /** Assembles one body paragraph. */
  paragraph(p: WordParagraph): void {
    if (isBlank(p)) return;
    const nodes = this.nodesOf(p);
    if (p.nested || p.note) {
      const node = this.paragraphNode(p, nodes);
      if (node) this.asm.add(node);
      return;
    }
    const level = p.headingLevel !== undefined && titleLike(p) ? p.headingLevel : undefined;
    const label = p.label;
    if (label?.bullet) {
      if (this.item(p, nodes, label, false)) return;
    } else if (label) {
      if (this.numbered(p, nodes, label, level)) return;
    }
    if (level === undefined && !label && boldTitle(p)) {
      // The title of a "SCHEDULE 1" line just before it, else a bold line typed as a heading:
      // one level below the open styled headings.
      const trimmed = this.f.trim(nodes);
      const { visible, runs } = measure(trimmed);
      if (this.asm.takeTitle(visible, runs)) {
        this.asm.add(this.f.paragraph(trimmed));
        return;
      }
      const before = this.asm.opened;
      assembleBlock(this.asm, nodes, { start: p.start, end: p.end, headingLevel: this.guessedLevel(), guessedHeading: true });
      if (this.asm.opened > before) this.asm.innermost.guessed = true;
      return;
    }
    assembleBlock(this.asm, nodes, level === undefined ? { start: p.start, end: p.end } : { start: p.start, end: p.end, headingLevel: level });
  }

  private guessedLevel(): number {
    let level = 0;
    for (const s of this.asm.open) {
      const l = s.start.level;
      if (l !== undefined && !s.guessed) level = Math.max(level, l);
    }
    return Math.min(9, level + 1);
  }

  /** Some open section was opened by a clause of Word list `list`. */
  private openFromList(list: string): boolean {
    for (const s of this.asm.open) if (s.list === list) return true;
    return false;
  }

  private insideClause(): boolean {
    for (const s of this.asm.open) if (isClauseLike(s.start)) return true;
    return false;
  }

  /** A paragraph numbered by Word (not a bullet). Returns false to fall back to text recognition. */
  private numbered(p: WordParagraph, nodes: TextNode[], label: NumberLabel, level: number | undefined): boolean {
    const num = matchNumber(`${label.text} `, 0, true);
    // "4.2", "Clause 4", "Schedule 2" number a section; so do "IV." and "A." on a heading.
    let clause =
      num !== undefined && (num.keyword !== undefined || (num.style === 'arabic' && !num.number.includes('(')) || level !== undefined);
    if (clause && level === undefined && num!.keyword === undefined && num!.path.length === 1) {
      // "1." inside a clause numbered by another list (or typed) is an item of that clause.
      if (!this.openFromList(label.list) && this.insideClause()) clause = false;
    }
    const before = this.asm.opened;
    if (clause) {
      if (level !== undefined) {
        assembleBlock(this.asm, nodes, { start: p.start, end: p.end, headingLevel: level });
      } else {
        // "4.2 The Supplier…" is a section by its text too (found with a run-in title, if any);
        // only a number before lower case or a keyword ("Clause 4 …") needs asking.
        const first = p.segments.find((seg) => seg.value.trim() !== '')?.value.trimStart()[0] ?? '';
        const plain = num!.keyword === undefined && num!.dotted && first !== '' && !/\p{Ll}/u.test(first);
        let byText = plain;
        if (!plain) {
          const { visible, runs } = measure(this.f.trim(nodes));
          const lead = recognise(visible, runs);
          byText = lead?.type === 'section' && lead.start.number !== undefined;
        }
        if (byText) {
          assembleBlock(this.asm, nodes, { start: p.start, end: p.end });
        } else {
          this.asm.openSection(sectionStart(num, undefined), p.start);
          const node = this.paragraphNode(p, nodes);
          if (node) this.asm.add(node);
        }
      }
      if (this.asm.opened > before) this.asm.innermost.list = label.list;
      return true;
    }
    return this.item(p, nodes, label, true);
  }

  /** The section an item of `label` belongs to: the innermost numbered clause that is not a sibling item. */
  private itemParent(label: NumberLabel): OpenSection | undefined {
    for (let k = this.asm.open.length - 1; k >= 0; k--) {
      const s = this.asm.open[k]!;
      const info = s.item;
      if (info) {
        if (info.list === label.list && info.level >= label.level) continue;
        // Word often splits one list into several ("(a)", "(b)" then a new list for "(c)").
        if (info.list !== label.list && info.format === formatOf(label)) continue;
        return s;
      }
      return isClauseLike(s.start) ? s : undefined;
    }
    return undefined;
  }

  /** A lettered, roman or bulleted item. Returns false when the paragraph has no text after its marker. */
  private item(p: WordParagraph, nodes: TextNode[], label: NumberLabel, ordered: boolean): boolean {
    // The marker is the prefix node ("(b) "); the content is the rest.
    const content = this.f.trim(p.prefix ? nodes.slice(1) : this.f.splitAt(nodes, label.text.length)[1]);
    if (content.length === 0) return false;
    const start = p.start;
    const end = content[content.length - 1]!.position.end.offset;
    const paragraph = this.f.paragraph(content);
    const item: ListItemNode = {
      type: 'listItem',
      marker: label.text,
      children: [paragraph],
      position: this.f.position(start, end),
      data: { source: this.f.source(start) },
    };
    const core = ordered ? itemCore(label.text) : undefined;
    const parent = core !== undefined ? this.itemParent(label) : undefined;
    const parentStart = parent?.start;
    if (!parent || !parentStart?.path || core === undefined) {
      if (!ordered) this.bulletItems.add(item);
      this.asm.addItem(item, label.level * 4);
      return true;
    }
    const number = `${parent.node.number}(${core})`;
    const word = parentStart.label?.replace(/\s+\S+$/, '') || 'clause';
    const start2: SectionStart = {
      kind: parentStart.kind === 'article' ? 'article' : 'clause',
      number,
      label: `${word} ${number}`,
      path: [...parentStart.path, core.toLowerCase()],
      style: 'arabic',
    };
    if (parentStart.keyword !== undefined) start2.keyword = parentStart.keyword;
    this.asm.openSection(start2, start);
    this.asm.innermost.item = { list: label.list, level: label.level, format: formatOf(label) };
    const list: ListNode = { type: 'list', ordered: true, children: [item], position: item.position, data: { source: item.data!.source } };
    this.asm.add(list);
    return true;
  }

  table(table: WordTable): void {
    const rows: TableRowNode[] = [];
    for (const row of table.rows) {
      const cells: TableCellNode[] = [];
      for (const paragraphs of row.cells) {
        const children: ParagraphNode[] = [];
        for (const p of paragraphs) {
          if (isBlank(p)) continue;
          const node = this.paragraphNode(p, this.nodesOf(p));
          if (node) children.push(node);
        }
        const previous = cells[cells.length - 1]?.position.end.offset ?? rows[rows.length - 1]?.position.end.offset;
        const start = children[0]?.position.start.offset ?? paragraphs.find((p) => !isBlank(p))?.start ?? previous ?? this.nextStart(paragraphs);
        const end = children[children.length - 1]?.position.end.offset ?? start;
        const cell: TableCellNode = { type: 'tableCell', children, position: this.f.position(start, end) };
        cell.data = { source: this.f.source(start) };
        cells.push(cell);
      }
      if (cells.every((c) => c.children.length === 0)) continue;
      // Empty cells before the first full one sit where that one starts.
      const firstFull = cells.find((c) => c.children.length > 0)!;
      for (const cell of cells) {
        if (cell === firstFull) break;
        cell.position = this.f.position(firstFull.position.start.offset, firstFull.position.start.offset);
        cell.data = { source: this.f.source(firstFull.position.start.offset) };
      }
      const rowNode: TableRowNode = {
        type: 'tableRow',
        children: cells,
        position: this.f.position(cells[0]!.position.start.offset, cells[cells.length - 1]!.position.end.offset),
        data: { source: this.f.source(cells[0]!.position.start.offset) },
      };
      if (row.header) rowNode.data!.header = true;
      rows.push(rowNode);
    }
    if (rows.length === 0) return;
    const node: TableNode = {
      type: 'table',
      children: rows,
      position: this.f.position(rows[0]!.position.start.offset, rows[rows.length - 1]!.position.end.offset),
      data: { source: this.f.source(rows[0]!.position.start.offset) },
    };
    this.asm.add(node);
  }

  private nextStart(paragraphs: readonly WordParagraph[]): number {
    return paragraphs[0]?.start ?? 0;
  }

  notesSection(heading: 'Footnotes' | 'Endnotes', paragraphs: readonly WordParagraph[]): void {
    const visible = paragraphs.filter((p) => !isBlank(p));
    if (visible.length === 0) return;
    this.asm.openSection({ kind: 'other', heading, level: 0 }, visible[0]!.start);
    for (const p of visible) this.paragraph(p);
  }

  finish(): BlockNode[] {
    const blocks = this.asm.finish();
    // Lists of bullets are unordered (the assembler makes every list it starts ordered).
    if (this.bulletItems.size === 0) return blocks;
    // Only sections, lists and items can hold lists: paragraphs, headings and tables are skipped.
    const visit = (nodes: readonly BlockNode[]): void => {
      for (const node of nodes) {
        if (node.type === 'list') {
          if (node.children.every((item) => this.bulletItems.has(item))) node.ordered = false;
          for (const item of node.children) visit(item.children);
        } else if (node.type === 'section') {
          visit(node.children.filter((child): child is BlockNode => child.type !== 'heading'));
        }
      }
    };
    visit(blocks);
    return blocks;
  }
}

function formatOf(label: NumberLabel): string {
  // The marker's shape: "(b)" and "(c)" match, "(b)" and "(ii)" do not.
  const core = itemCore(label.text) ?? '';
  const kind = /^\d+$/.test(core) ? '1' : /^[ivxlc]+$/.test(core) && core !== 'c' && core !== 'l' ? 'i' : /^[IVXLC]+$/.test(core) && core !== 'C' && core !== 'L' ? 'I' : /^[a-z]+$/.test(core) ? 'a' : 'A';
  return label.text.replace(core, kind);
}

// ───────────────────────────── entry ─────────────────────────────

/** The tree; undefined when `inOrder` does not hold (the model has more or fewer body paragraphs than the records). */
export function buildTree(input: BuildInput): DocumentNode | undefined {
  const collector = new Collector(input);
  collector.body(input.document.children);
  if (input.inOrder && collector.bodyParagraphs !== input.records.length) return undefined;
  const { footnotes, endnotes } = collector.notes(input.document);

  const layout = new Layout();
  const all: WordParagraph[] = [];
  const lay = (p: WordParagraph): void => {
    layout.line(p);
    all.push(p);
  };
  for (const block of collector.blocks) {
    if (block.kind === 'paragraph') lay(block);
    else for (const row of block.rows) for (const cell of row.cells) for (const p of cell) lay(p);
  }
  for (const p of footnotes) lay(p);
  for (const p of endnotes) lay(p);
  const text = layout.text();

  const builder = new Builder(text, all);
  let title: string | undefined;
  for (const block of collector.blocks) {
    if (block.kind === 'table') {
      builder.table(block);
      continue;
    }
    if (block.title && title === undefined && !isBlank(block)) {
      title = block.segments.map((s) => s.value).join('').replace(/\s+/g, ' ').trim() || undefined;
    }
    builder.paragraph(block);
  }
  builder.notesSection('Footnotes', footnotes);
  builder.notesSection('Endnotes', endnotes);

  const data: DocumentNode['data'] = { format: 'docx', text };
  if (title) data.title = title;
  return {
    type: 'document',
    children: builder.finish(),
    position: builder.f.position(0, text.length),
    data,
  };
}
