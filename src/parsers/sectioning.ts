/**
 * Clause-number and heading recognition shared by every parser, and the assembler that nests
 * recognised sections into a ContractTree.
 *
 * A parser turns its format into paragraphs and title lines of `TextNode`s with exact offsets and
 * hands each one to `assembleBlock` (title lines with their level). Recognition works on
 * the reader-visible text (markup removed), so "**4.2 Data Protection.** The Supplier…" and the
 * plain-text "4.2 Data Protection. The Supplier…" give the same section.
 *
 * Nesting (see `contains` and `placeSection`): a Schedule/Annex/Appendix/Exhibit starts a new
 * top-level section (unless it sits under a higher heading of another attachment: "## APPENDIX" >
 * "### ANNEX I"); so do a "WHEREAS…" recitals block and an "IN WITNESS WHEREOF…" signature block.
 * Arabic clause numbers nest by prefix ("4.2" in "4", "4.2(a)" in "4.2", "4.0" counts as "4") and
 * numbering continuity beats inconsistent heading levels; otherwise heading levels decide, and a
 * numbered paragraph sits inside the nearest heading section.
 */
import type { LineIndex } from '../tree/line-index.js';
import type {
  BlockNode,
  ContractNode,
  HeadingNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  Position,
  SectionKind,
  SectionNode,
  SourceLocation,
  TextNode,
} from '../tree/types.js';

// ───────────────────────────── numbers ─────────────────────────────

export type NumberStyle = 'arabic' | 'roman' | 'letter';
export type Keyword =
  | 'clause'
  | 'article'
  | 'section'
  | 'schedule'
  | 'annex'
  | 'annexure'
  | 'appendix'
  | 'exhibit'
  | 'part'
  | 'attachment';

export interface SectionNumber {
  /** As written, without a trailing dot: "4.2(a)", "IV", "A", "1.0". */
  number: string;
  style: NumberStyle;
  /** Hierarchy key: "4.2(a)" → ["4","2","a"]; trailing zero parts dropped ("4.0" → ["4"]). */
  path: string[];
  keyword?: Keyword;
  /** Index just after the number and its trailing "." or ")". */
  end: number;
  /** The number has a dot or closing parenthesis ("1.", "1.1", "1)"), not a bare "4". */
  dotted: boolean;
}

const KEYWORD_RE =
  /(clause|article|section|schedule|annexure|annex|appendix|exhibit|part|attachment)[ \t]+/iy;
const ARABIC_RE = /(\d{1,3}(?:\.\d{1,3})*)((?:\([a-zA-Z0-9]{1,4}\))*)([.)])?(?=\s|$)/y;
const KEYWORD_ARABIC_RE = /(\d{1,3}(?:\.\d{1,3})*[A-Z]?(?:\([a-zA-Z0-9]{1,4}\))*)(?![A-Za-z0-9])/y;
const KEYWORD_ROMAN_OR_LETTER_RE = /([IVXLCDM]{1,7}|[A-Z])((?:\.(?:[A-Z]|\d{1,3}))*)(?![A-Za-z0-9])/y;
const BARE_ROMAN_RE = /([IVXLCDM]{1,7})[.)](?=\s|$)/y;
const BARE_LETTER_RE = /([A-Z])[.)](?=\s|$)/y;
const ROMAN_VALID = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function stickyMatch(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

const ZEROS = /^0+$/;
const PARENTHESISED = /\(([^)]*)\)/g;

function pathOf(dotted: string, parens: string): string[] {
  const parts = dotted.split('.');
  while (parts.length > 1 && ZEROS.test(parts[parts.length - 1]!)) parts.pop();
  if (parens !== '') for (const m of parens.matchAll(PARENTHESISED)) parts.push(m[1]!.toLowerCase());
  return parts;
}

/**
 * The section number at `at` in `s`, if any. `headingLike` admits forms that are only numbers
 * in a title line (a bare "4", "IV.", "A."); in running text they are list markers or prose.
 */
export function matchNumber(s: string, at: number, headingLike: boolean): SectionNumber | undefined {
  const first = s.charCodeAt(at);
  // "Clause 4", "ARTICLE IV", "Schedule 2", "Annex I.A": the keyword must be capitalised.
  if (first >= 65 && first <= 90) {
    const kw = stickyMatch(KEYWORD_RE, s, at);
    if (kw) {
      const keyword = kw[1]!.toLowerCase() as Keyword;
      const numAt = at + kw[0].length;
      const arabic = stickyMatch(KEYWORD_ARABIC_RE, s, numAt);
      const other = arabic ? null : stickyMatch(KEYWORD_ROMAN_OR_LETTER_RE, s, numAt);
      const m = arabic ?? other;
      if (m) {
        let end = numAt + m[0].length;
        if (s[end] === '.' || s[end] === ':') end++;
        const number = m[0];
        // "Annex C" is a letter, "Annex I" and "ARTICLE IV" roman.
        const token = m[1]!;
        const roman = ROMAN_VALID.test(token) && (token.length > 1 || 'IVX'.includes(token));
        const style: NumberStyle = arabic ? 'arabic' : roman ? 'roman' : 'letter';
        const split = number.match(/^([^(]*)(.*)$/)!;
        return { number, style, path: pathOf(split[1]!, split[2]!), keyword, end, dotted: true };
      }
    }
  }
  const arabic = stickyMatch(ARABIC_RE, s, at);
  if (arabic) {
    const [, dotted, parens = '', closer] = arabic;
    const isDotted = dotted!.includes('.') || parens !== '' || closer !== undefined;
    if (!isDotted && !headingLike) return undefined;
    return {
      number: dotted! + parens,
      style: 'arabic',
      path: pathOf(dotted!, parens),
      end: at + arabic[0].length,
      dotted: isDotted,
    };
  }
  if (!headingLike) return undefined;
  const roman = stickyMatch(BARE_ROMAN_RE, s, at);
  if (roman && ROMAN_VALID.test(roman[1]!)) {
    return { number: roman[1]!, style: 'roman', path: [roman[1]!], end: at + roman[0].length, dotted: true };
  }
  const letter = stickyMatch(BARE_LETTER_RE, s, at);
  if (letter) {
    return { number: letter[1]!, style: 'letter', path: [letter[1]!], end: at + letter[0].length, dotted: true };
  }
  return undefined;
}

/** A list-item marker at `at`: "(a)", "(iv)", "(1)", "a.", "a)", "A.", "iv.". */
const ITEM_MARKER_RE = /(\((?:[a-zA-Z]{1,5}|\d{1,2})\)|[a-zA-Z][.)]|[ivxIVX]{2,5}[.)])(?=\s)/y;

export function matchItemMarker(s: string, at: number): { marker: string; end: number } | undefined {
  const m = stickyMatch(ITEM_MARKER_RE, s, at);
  return m ? { marker: m[1]!, end: at + m[0].length } : undefined;
}

// ───────────────────────────── titles ─────────────────────────────

const LOWER_ASCII_WORD = /^[a-z]+$/;
const SMALL_WORDS = new Set(
  'a an and as at by for from in into of on or the to under with without upon its their per via nor than between within vs v'.split(
    ' ',
  ),
);

/** "Obligations of Covered Entity" yes; "The Receiving Party shall" no. */
export function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 100) return false;
  if (!/^[\p{Lu}\p{N}“"‘'([]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  for (const word of words) {
    // The common cases without a match: a word that starts with an ASCII letter.
    const first = word.charCodeAt(0);
    if (first >= 65 && first <= 90) continue;
    if (first >= 97 && first <= 122 && LOWER_ASCII_WORD.test(word)) {
      if (!SMALL_WORDS.has(word)) return false;
      continue;
    }
    const letter = word.match(/\p{L}/u);
    if (!letter || letter.index! > 1) continue;
    const ch = letter[0];
    if (ch !== ch.toUpperCase() && !SMALL_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''))) return false;
  }
  return true;
}

export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

/** A title as a reader cites it: separators and trailing punctuation trimmed, spaces collapsed. */
export function cleanTitle(raw: string): string | undefined {
  const t = SPACES_TO_COLLAPSE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
  let start = 0;
  let end = t.length;
  while (start < end && isTitleSeparator(t, start)) start++;
  while (end > start && isTitleSeparator(t, end - 1)) end--;
  return end > start ? t.slice(start, end) : undefined;
}

/** Whitespace other than one space between words. */
const SPACES_TO_COLLAPSE = /[^\S ]| {2}/;
const TITLE_SEPARATOR = /[\s.:;,–—-]/y;

/** Whitespace or punctuation that `cleanTitle` trims from the ends of a title. */
function isTitleSeparator(s: string, at: number): boolean {
  TITLE_SEPARATOR.lastIndex = at;
  return TITLE_SEPARATOR.test(s);
}

/** Kind implied by a heading's words, for unnumbered and numbered sections alike. */
export function kindFromTitle(title: string | undefined): SectionKind | undefined {
  if (!title) return undefined;
  if (/^(?:definitions?|interpretation|defined terms)\b/i.test(title)) return 'definitions';
  const attachment = /^(schedule|annex|appendix|exhibit)(?:es|s)?$/i.exec(title);
  if (attachment) return attachment[1]!.toLowerCase() as SectionKind;
  if (/^(?:recitals?|background|preamble|whereas)\b/i.test(title)) return 'recitals';
  if (/^(?:signatures?|signature page|execution(?: page| block)?$|in witness whereof|signed\b)/i.test(title)) {
    return 'signatures';
  }
  return undefined;
}

const RECITAL_START = /^(?:WHEREAS|Whereas)\b/;
const SIGNATURE_START =
  /^(?:IN WITNESS WHEREOF|In witness whereof|In Witness Whereof|SIGNED (?:BY|FOR|AS)|Signed (?:by|for and on behalf of)|EXECUTED (?:AS|BY)|Executed (?:as a deed|by))\b/;

// ───────────────────────────── section starts ─────────────────────────────

export interface SectionStart {
  kind: SectionKind;
  number?: string;
  heading?: string;
  label?: string;
  path?: string[];
  style?: NumberStyle;
  keyword?: Keyword;
  /** Heading level when the section comes from a heading (Markdown depth, a caps line = 1). */
  level?: number;
}

const KEYWORD_KIND: Record<Keyword, SectionKind> = {
  clause: 'clause',
  article: 'article',
  section: 'clause',
  schedule: 'schedule',
  annex: 'annex',
  annexure: 'annex',
  appendix: 'appendix',
  exhibit: 'exhibit',
  part: 'part',
  attachment: 'annex',
};

/** Attachments to the contract: each starts a new top-level section. */
const ATTACHMENT_KINDS: ReadonlySet<SectionKind> = new Set(['schedule', 'annex', 'appendix', 'exhibit']);

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export function sectionStart(num: SectionNumber | undefined, heading: string | undefined, level?: number): SectionStart {
  const titleKind = kindFromTitle(heading);
  if (!num) return { kind: titleKind ?? 'other', heading, level };
  let kind: SectionKind = num.keyword ? KEYWORD_KIND[num.keyword] : 'clause';
  // "SECTION II" groups clauses (as a Part does); "Section 3" is a clause.
  if (num.keyword === 'section' && num.style !== 'arabic') kind = 'part';
  if ((kind === 'clause' || kind === 'article') && titleKind) kind = titleKind;
  const word = num.keyword && num.keyword !== 'clause' ? capitalise(num.keyword) : 'clause';
  return {
    kind,
    number: num.number,
    heading,
    label: `${word} ${num.number}`,
    path: num.path,
    style: num.style,
    keyword: num.keyword,
    level,
  };
}

/** Arabic-numbered clauses of one numbering scheme, which nest by prefix. */
function isClauseLike(s: SectionStart): boolean {
  return (
    s.style === 'arabic' &&
    s.path !== undefined &&
    (s.keyword === undefined || s.keyword === 'clause' || s.keyword === 'section' || s.keyword === 'article')
  );
}

function isProperPrefix(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= b.length) return false;
  return a.every((part, i) => part === b[i]);
}

/** `b` follows `a` at the same level: "8" → "9", "4.1" → "4.3" (never backwards: "3" → "1"). */
function isNextSibling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const last = a.length - 1;
  if (!a.every((part, i) => i === last || part === b[i])) return false;
  return Number(a[last]) < Number(b[last]);
}

/** Rank of numbered sections of different schemes: a Part holds Articles, which hold clauses. */
function rank(s: SectionStart): number {
  if (s.kind === 'part') return 1;
  if (s.keyword === 'article') return 2;
  return 3 + (s.path?.length ?? 0);
}

/** Whether an open section `parent` should hold the new section `child`. */
export function contains(parent: SectionStart, child: SectionStart): boolean {
  const headings = parent.level !== undefined && child.level !== undefined;
  if (ATTACHMENT_KINDS.has(child.kind)) {
    // "## APPENDIX" > "### ANNEX I": an attachment nests only in an attachment's higher heading.
    return headings && ATTACHMENT_KINDS.has(parent.kind) && parent.level! < child.level!;
  }
  // "WHEREAS…" and "IN WITNESS WHEREOF…" paragraphs close every clause; a "Recitals" heading nests by level.
  if ((child.kind === 'recitals' || child.kind === 'signatures') && child.level === undefined) return false;
  if ((parent.kind === 'recitals' || parent.kind === 'signatures') && child.number) return false;
  if (isClauseLike(parent) && isClauseLike(child)) return isProperPrefix(parent.path!, child.path!);
  if (headings) return parent.level! < child.level!;
  if (parent.level !== undefined) return true;
  if (child.level !== undefined) return false;
  if (!parent.number) return child.number !== undefined;
  if (!child.number) return true;
  return rank(parent) < rank(child);
}

// ───────────────────────────── recognition ─────────────────────────────

/** A stretch of the visible text and whether it was bold in the source. */
export interface InlineRun {
  start: number;
  end: number;
  strong: boolean;
}

export type Lead =
  /** `titleEnd`: where the title line ends in the visible text (undefined: no title line). */
  | { type: 'section'; start: SectionStart; titleEnd?: number }
  | { type: 'item'; marker: string; markerStart: number; contentStart: number };

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

function strongRunFrom(runs: readonly InlineRun[], at: number): number | undefined {
  let k = runs.findIndex((run) => run.start <= at && at < run.end);
  if (k < 0 || !runs[k]!.strong) return undefined;
  let end = runs[k]!.end;
  while (runs[k + 1]?.strong && runs[k + 1]!.start === end) end = runs[++k]!.end;
  return end;
}

/** Index after punctuation that closes a run-in title: "**Term**." / "**Term**:". */
function afterClosingPunctuation(s: string, i: number): number {
  while (i < s.length && (s[i] === '.' || s[i] === ':')) i++;
  return i;
}

function isOnlyWhitespace(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!/\s/.test(s[i]!)) return false;
  return true;
}

const RUN_IN_TITLE_LIMIT = 100;

/** "Definitions. The parties…" → index after "Definitions." when the part before is a title. */
function plainRunInTitleEnd(s: string, from: number): number | undefined {
  const limit = Math.min(s.length, from + RUN_IN_TITLE_LIMIT);
  for (let i = from; i < limit; i++) {
    const ch = s[i]!;
    if (ch === '\n' || ch === '\r') return undefined;
    if ((ch === '.' || ch === ':') && (i + 1 === s.length || /\s/.test(s[i + 1]!))) {
      return looksLikeTitle(s.slice(from, i)) ? i + 1 : undefined;
    }
  }
  return undefined;
}

/** The visible text is one short line that reads as a title (or is in capitals). */
function wholeIsTitle(s: string, from: number): boolean {
  const rest = s.slice(from, from + 160).trim();
  if (rest.length === 0 || rest.length > 120 || /[\r\n]/.test(rest) || s.length - from > 160) return false;
  const title = cleanTitle(rest);
  return title !== undefined && (looksLikeTitle(title) || isAllCaps(title));
}

export interface RecogniseOptions {
  /** The block is a title line (Markdown heading, HTML <hN>, caps line); its level. */
  headingLevel?: number;
}

/**
 * What a paragraph or heading starts with: a section (numbered, or a recognised unnumbered
 * block such as a definitions heading or "IN WITNESS WHEREOF"), a lettered list item, or
 * nothing (undefined).
 */
export function recognise(visible: string, runs: readonly InlineRun[], options: RecogniseOptions = {}): Lead | undefined {
  const level = options.headingLevel;
  const at = skipSpaces(visible, 0);
  if (at >= visible.length) return undefined;

  if (level !== undefined) {
    const num = matchNumber(visible, at, true);
    const heading = cleanTitle(visible.slice(num ? num.end : at));
    return { type: 'section', start: sectionStart(num, heading, level), titleEnd: visible.length };
  }

  const strongAt = strongRunFrom(runs, at);
  const num = matchNumber(visible, at, strongAt !== undefined);
  if (num) {
    const afterNumber = skipSpaces(visible, num.end);
    // "**4.2 Data Protection.** The Supplier…": bold run holding the number and the title.
    const boldHeading = strongAt !== undefined && strongAt > num.end ? cleanTitle(visible.slice(num.end, strongAt)) : undefined;
    // A bare bold number needs a real title after it: "**4 Data Protection**", not "**2 years**".
    const bareNumber = !num.dotted && num.keyword === undefined;
    if (boldHeading !== undefined && (!bareNumber || looksLikeTitle(boldHeading))) {
      return section(visible, sectionStart(num, boldHeading), afterClosingPunctuation(visible, strongAt!));
    }
    // Plain prose "4.2 the…" or "Schedule 2 sets out…" is not a clause start.
    const firstAfter = visible[afterNumber];
    if (num.keyword === undefined && firstAfter !== undefined && /\p{Ll}/u.test(firstAfter)) return undefined;
    // "1. **Introduction**. This…": number, then a bold title.
    // A bold name followed by a description ("1. **Acme Ltd**, a company…") is a party in a
    // preamble list, not a clause title: a title ends the line or closes with "." / ":".
    const boldTitleEnd = strongRunFrom(runs, afterNumber);
    if (boldTitleEnd !== undefined && afterNumber < visible.length && !/^\s*[,;(]/.test(visible.slice(boldTitleEnd))) {
      const heading = cleanTitle(visible.slice(afterNumber, boldTitleEnd));
      return section(visible, sectionStart(num, heading), afterClosingPunctuation(visible, boldTitleEnd));
    }
    if (afterNumber >= visible.length) {
      return num.keyword ? section(visible, sectionStart(num, undefined), visible.length) : undefined;
    }
    if (wholeIsTitle(visible, afterNumber)) {
      return section(visible, sectionStart(num, cleanTitle(visible.slice(afterNumber))), visible.length);
    }
    const runInEnd = plainRunInTitleEnd(visible, afterNumber);
    if (runInEnd !== undefined) {
      return section(visible, sectionStart(num, cleanTitle(visible.slice(afterNumber, runInEnd))), runInEnd);
    }
    // A numbered paragraph without a title: the number alone makes the section.
    return num.keyword ? undefined : { type: 'section', start: sectionStart(num, undefined) };
  }

  const marker = matchItemMarker(visible, at);
  if (marker) {
    return { type: 'item', marker: marker.marker, markerStart: at, contentStart: skipSpaces(visible, marker.end) };
  }

  const rest = visible.slice(at, at + 40);
  if (RECITAL_START.test(rest)) return { type: 'section', start: { kind: 'recitals' } };
  if (SIGNATURE_START.test(rest)) return { type: 'section', start: { kind: 'signatures' } };
  // A bold line "**Definitions**" on its own.
  if (strongAt !== undefined && isOnlyWhitespace(visible, strongAt)) {
    const heading = cleanTitle(visible.slice(at, strongAt));
    const kind = kindFromTitle(heading);
    if (kind && heading!.length <= 80) return { type: 'section', start: { kind, heading }, titleEnd: visible.length };
  }
  return undefined;
}

function section(visible: string, start: SectionStart, titleEnd: number): Lead {
  return { type: 'section', start, titleEnd: isOnlyWhitespace(visible, titleEnd) ? visible.length : titleEnd };
}

// ───────────────────────────── text nodes ─────────────────────────────

export interface Measured {
  visible: string;
  runs: InlineRun[];
}

export function measure(nodes: readonly TextNode[]): Measured {
  const runs: InlineRun[] = [];
  let visible = '';
  for (const node of nodes) {
    runs.push({ start: visible.length, end: visible.length + node.value.length, strong: node.data?.strong === true });
    visible += node.value;
  }
  return { visible, runs };
}

/** Creates text nodes with positions from one shared line index. */
export class NodeFactory {
  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly sourceKind: 'markdown' | 'text',
  ) {}

  position(start: number, end: number): Position {
    return { start: this.lines.pointAt(start), end: this.lines.pointAt(end) };
  }

  source(offset: number): SourceLocation {
    const point = this.lines.pointAt(offset);
    return { kind: this.sourceKind, line: point.line, column: point.column };
  }

  textNode(value: string, start: number, end: number, flags?: { strong?: boolean; emphasis?: boolean }): TextNode {
    const node: TextNode = { type: 'text', value, position: this.position(start, end) };
    if (flags?.strong || flags?.emphasis) {
      node.data = {};
      if (flags.strong) node.data.strong = true;
      if (flags.emphasis) node.data.emphasis = true;
    }
    return node;
  }

  paragraph(children: TextNode[]): ParagraphNode {
    const start = children[0]!.position.start.offset;
    const end = children[children.length - 1]!.position.end.offset;
    return { type: 'paragraph', children, position: this.position(start, end), data: { source: this.source(start) } };
  }

  /** A node whose value is exactly the source at its offsets can be cut anywhere. */
  isExact(node: TextNode): boolean {
    const { start, end } = node.position;
    return end.offset - start.offset === node.value.length && this.text.startsWith(node.value, start.offset);
  }

  /** Cuts a node at index `k` of its value (0 < k < value.length). */
  cut(node: TextNode, k: number): [TextNode, TextNode] {
    const start = node.position.start.offset;
    const end = node.position.end.offset;
    // An inexact node (an entity, an escape) cannot be cut precisely; clamp to its span.
    const mid = this.isExact(node) ? start + k : Math.min(end, start + k);
    const flags = node.data as { strong?: boolean; emphasis?: boolean } | undefined;
    const halves: [TextNode, TextNode] = [this.textNode(node.value.slice(0, k), start, mid, flags), this.textNode(node.value.slice(k), mid, end, flags)];
    // A node that says where it was printed (a PDF line) says it for both halves: same line.
    const source = node.data?.source;
    if (source) for (const half of halves) half.data = { ...half.data, source };
    return halves;
  }

  /** Splits nodes at a visible-text index. */
  splitAt(nodes: readonly TextNode[], index: number): [TextNode[], TextNode[]] {
    const before: TextNode[] = [];
    const after: TextNode[] = [];
    let seen = 0;
    for (const node of nodes) {
      const len = node.value.length;
      if (seen + len <= index) before.push(node);
      else if (seen >= index) after.push(node);
      else {
        const [a, b] = this.cut(node, index - seen);
        before.push(a);
        after.push(b);
      }
      seen += len;
    }
    return [before, after];
  }

  /** Drops leading and trailing whitespace (whole nodes, or the exact part of a node). */
  trim(nodes: readonly TextNode[]): TextNode[] {
    const out = nodes.filter((n) => n.value.length > 0);
    while (out.length > 0 && out[0]!.value.trim() === '') out.shift();
    while (out.length > 0 && out[out.length - 1]!.value.trim() === '') out.pop();
    if (out.length === 0) return out;
    const first = out[0]!;
    const lead = first.value.length - first.value.trimStart().length;
    if (lead > 0) out[0] = this.cut(first, lead)[1];
    const last = out[out.length - 1]!;
    const trail = last.value.length - last.value.trimEnd().length;
    if (trail > 0) out[out.length - 1] = this.cut(last, last.value.length - trail)[0];
    return out;
  }
}

// ───────────────────────────── assembly ─────────────────────────────

interface OpenSection {
  node: SectionNode;
  start: SectionStart;
}

interface OpenList {
  list: ListNode;
  /** Column of the marker, for nesting lettered items by indentation. */
  indent: number;
}

/** Indentation jitter tolerated between items of one list (plain-text contracts wobble). */
const INDENT_TOLERANCE = 2;

/**
 * Collects blocks in document order and nests them into sections. Positions of sections and
 * lists grow to cover their children in `finish()`.
 */
export class TreeAssembler {
  private readonly root: BlockNode[] = [];
  private readonly stack: OpenSection[] = [];
  private openLists: OpenList[] = [];
  /** A numbered heading without a title ("Clause 1"), waiting for a bold title line. */
  private awaitingTitle: SectionNode | undefined;

  constructor(readonly f: NodeFactory) {}

  current(): SectionStart | undefined {
    return this.stack[this.stack.length - 1]?.start;
  }

  /** Some open section is a numbered clause (its "1. 2. 3." lists are sub-paragraphs). */
  insideNumberedClause(): boolean {
    return this.stack.some((open) => isClauseLike(open.start));
  }

  /** An open top-level clause is numbered `n - 1`: a list item "n." continues the clauses. */
  continuesClauses(n: number): boolean {
    return this.stack.some((open) => isClauseLike(open.start) && open.start.path!.length === 1 && Number(open.start.path![0]) === n - 1);
  }

  private container(): Array<SectionNode['children'][number]> {
    const top = this.stack[this.stack.length - 1];
    return top ? top.node.children : this.root;
  }

  openSection(start: SectionStart, at: number, heading?: HeadingNode): SectionNode {
    this.openLists = [];
    this.awaitingTitle = undefined;
    this.placeSection(start);
    const node: SectionNode = {
      type: 'section',
      depth: this.stack.length + 1,
      kind: start.kind,
      children: heading ? [heading] : [],
      position: this.f.position(at, heading ? heading.position.end.offset : at),
      data: { source: this.f.source(at) },
    };
    if (start.number !== undefined) node.number = start.number;
    if (start.heading !== undefined) node.heading = start.heading;
    if (start.label !== undefined) node.label = start.label;
    this.container().push(node);
    this.stack.push({ node, start });
    if (start.number !== undefined && start.heading === undefined && start.level !== undefined) {
      this.awaitingTitle = node;
    }
    return node;
  }

  /** Pops open sections until the top may hold `start`. */
  private placeSection(start: SectionStart): void {
    if (isClauseLike(start)) {
      // Numbering continuity beats inconsistent heading levels ("##### Clause 8" then "#### Clause 9").
      for (let k = this.stack.length - 1; k >= 0; k--) {
        const open = this.stack[k]!.start;
        if (ATTACHMENT_KINDS.has(open.kind) || open.kind === 'recitals' || open.kind === 'signatures') break;
        if (!isClauseLike(open)) continue;
        if (isProperPrefix(open.path!, start.path!)) {
          this.stack.length = k + 1;
          return;
        }
        if (isNextSibling(open.path!, start.path!)) {
          this.stack.length = k;
          return;
        }
      }
    }
    while (this.stack.length > 0 && !contains(this.stack[this.stack.length - 1]!.start, start)) this.stack.pop();
  }

  add(block: BlockNode, indent?: number): void {
    this.awaitingTitle = undefined;
    const openList = this.openLists[this.openLists.length - 1];
    if (openList && indent !== undefined && indent > openList.indent + INDENT_TOLERANCE) {
      const item = openList.list.children[openList.list.children.length - 1]!;
      item.children.push(block);
      return;
    }
    this.openLists = [];
    this.container().push(block);
  }

  /** Adds a lettered item, nesting it under the previous item when indented further. */
  addItem(item: ListItemNode, indent: number): void {
    this.awaitingTitle = undefined;
    while (this.openLists.length > 0 && indent < this.openLists[this.openLists.length - 1]!.indent - INDENT_TOLERANCE) {
      this.openLists.pop();
    }
    const top = this.openLists[this.openLists.length - 1];
    if (top && indent <= top.indent + INDENT_TOLERANCE) {
      top.list.children.push(item);
      return;
    }
    const list: ListNode = {
      type: 'list',
      ordered: true,
      children: [item],
      position: item.position,
      data: { source: item.data?.source },
    };
    if (top) top.list.children[top.list.children.length - 1]!.children.push(list);
    else this.container().push(list);
    this.openLists.push({ list, indent });
  }

  /** Takes a bold line after "##### Clause 1" as that clause's title. Returns true if taken. */
  takeTitle(visible: string, runs: readonly InlineRun[]): boolean {
    const section = this.awaitingTitle;
    if (!section) return false;
    const text = visible.trim();
    const allStrong = runs.every((run) => run.strong || visible.slice(run.start, run.end).trim() === '');
    if (!allStrong || text.length === 0 || text.length > 120 || /[\r\n]/.test(text)) return false;
    const heading = cleanTitle(text);
    if (!heading || !/^\p{Lu}/u.test(heading)) return false;
    if (matchNumber(text, 0, true)) return false; // "**8.1 Instructions**" is a clause of its own
    section.heading = heading;
    const kind = kindFromTitle(heading);
    if (kind && (section.kind === 'clause' || section.kind === 'article')) section.kind = kind;
    return true;
  }

  finish(): BlockNode[] {
    for (const block of this.root) this.fitToChildren(block);
    return this.root;
  }

  /** Grows every parent's span to cover its children (children carry exact spans). */
  private fitToChildren(node: ContractNode): void {
    if (!('children' in node) || node.children.length === 0) return;
    const children = node.children as ContractNode[];
    for (const child of children) if (child.type !== 'text') this.fitToChildren(child);
    const first = children[0]!.position.start.offset;
    const last = children[children.length - 1]!.position.end.offset;
    const start = Math.min(node.position.start.offset, first);
    const end = Math.max(node.position.end.offset, last);
    if (start !== node.position.start.offset || end !== node.position.end.offset) {
      node.position = this.f.position(start, end);
    }
  }
}

/** Where a block came from, for `assembleBlock`. */
export interface BlockContext {
  /** Title line level (Markdown heading depth, HTML hN, caps line = 1); absent for paragraphs. */
  headingLevel?: number;
  /** Offsets of the whole block (a Markdown heading includes its "##"). */
  start: number;
  end: number;
  /** Column of the block's first character, for nesting lettered items (plain text). */
  indent?: number;
  /** Look for clause numbers and lettered items (false inside lists and tables). */
  recognise?: boolean;
  /** The title line is a guess from its look (a plain-text line in capitals). */
  guessedHeading?: boolean;
}

function headingNode(f: NodeFactory, children: TextNode[], start: number, end: number): HeadingNode {
  return { type: 'heading', children, position: f.position(start, end), data: { source: f.source(start) } };
}

/**
 * Adds one paragraph or title line to the tree: a section start (with its heading node and the
 * rest of the paragraph as body), a lettered list item, or a plain paragraph.
 */
export function assembleBlock(asm: TreeAssembler, rawNodes: readonly TextNode[], ctx: BlockContext): void {
  const f = asm.f;
  const nodes = f.trim(rawNodes);
  if (nodes.length === 0) return;
  const { visible, runs } = measure(nodes);

  if (ctx.headingLevel === undefined && asm.takeTitle(visible, runs)) {
    asm.add(f.paragraph(nodes), ctx.indent);
    return;
  }

  const lead = ctx.recognise === false ? undefined : recognise(visible, runs, { headingLevel: ctx.headingLevel });
  const current = asm.current();

  if (lead?.type === 'section') {
    const kind = lead.start.kind;
    // One recitals block holds every WHEREAS; one signature block holds every "Signed by".
    const continues = !lead.start.number && (kind === 'recitals' || kind === 'signatures') && current?.kind === kind;
    // Guessed title lines (plain-text capitals) inside a signature block are party names.
    const insideSignatures = ctx.guessedHeading === true && current?.kind === 'signatures' && !lead.start.number;
    if (!continues && !insideSignatures) {
      if (lead.titleEnd === undefined) {
        asm.openSection(lead.start, ctx.start);
        asm.add(f.paragraph(nodes));
        return;
      }
      const [title, body] = f.splitAt(nodes, lead.titleEnd);
      const titleNodes = f.trim(title);
      const bodyNodes = f.trim(body);
      let titleEndOffset = titleNodes.length > 0 ? titleNodes[titleNodes.length - 1]!.position.end.offset : ctx.start;
      // Cover the closing emphasis markers of "**4.2 Title.**" too, up to where the body starts
      // (a stray "**" that Markdown left as text belongs to the body).
      const titleLimit = bodyNodes.length > 0 ? bodyNodes[0]!.position.start.offset : ctx.end;
      while (titleEndOffset < titleLimit && (f.text[titleEndOffset] === '*' || f.text[titleEndOffset] === '_')) titleEndOffset++;
      const headingEnd = bodyNodes.length === 0 ? Math.max(ctx.end, titleEndOffset) : titleEndOffset;
      asm.openSection(lead.start, ctx.start, headingNode(f, titleNodes, ctx.start, headingEnd));
      if (bodyNodes.length > 0) asm.add(f.paragraph(bodyNodes));
      return;
    }
  }

  const [markerPart, content] =
    lead?.type === 'item' && ctx.headingLevel === undefined ? f.splitAt(nodes, lead.contentStart) : [[], []];
  const contentNodes = f.trim(content);
  if (lead?.type === 'item' && contentNodes.length > 0) {
    const markerNodes = f.trim(markerPart);
    const itemStart = markerNodes[0]?.position.start.offset ?? nodes[0]!.position.start.offset;
    const item: ListItemNode = {
      type: 'listItem',
      marker: lead.marker,
      children: [f.paragraph(contentNodes)],
      position: f.position(itemStart, nodes[nodes.length - 1]!.position.end.offset),
      data: { source: f.source(itemStart) },
    };
    asm.addItem(item, ctx.indent ?? 0);
    return;
  }

  // Anything else, including a guessed title line inside a signature block, is a paragraph.
  asm.add(f.paragraph(nodes), ctx.indent);
}
