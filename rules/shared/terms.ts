/**
 * Word-level matching of defined terms, for the consistency rules (undefined-term,
 * unused-definition): whole words, case-insensitive, plural- and possessive-tolerant.
 *
 * Terms go into a trie of normalised words; a text is tokenised once and every term that starts
 * at each word is found by walking the trie, so a scan costs O(words × longest term) whatever
 * the number of terms. Every match is reported, overlapping ones included: "Personal Data" inside
 * "Personal Data Breach" is a use of both.
 *
 * The rules read every word of a document, so the words are kept in parallel arrays (`Words`),
 * not one object per word, and found by a character scanner that reads exactly what `WORD` matches.
 */
import { boundedMemo } from '../../src/analysis/memo.js';
import type { TextBlock } from '../../src/analysis/index.js';
import { isSpaceCode } from '../../src/text/spaces.js';

/** A word as the rules read it: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}\p{N}]))?/gu;

/** Lower case, no possessive, singular: "Parties'" → "party", "Supplier's" → "supplier". Words repeat: remembered. */
export const normalizeWord = boundedMemo(normalize, 50_000);

function normalize(word: string): string {
  let lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (lower.length <= 3) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zzes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/(?:ss|us|is|ys)$/.test(lower)) lower = lower.slice(0, -1);
  return lower;
}

/**
 * The lookup key of a term: its normalised words, without quotes or a leading article. A
 * document's titles and terms come back at every lint: remembered.
 */
export const termKey = boundedMemo(readTermKey, 20_000);

function readTermKey(term: string): string {
  const words = wordsIn(term.replace(/^[\s"“”'‘’*]+|[\s"“”'‘’*]+$/g, '')).norms;
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) words.shift();
  return words.join(' ');
}

/** The words of a text in parallel arrays: word i is `text.slice(starts[i], ends[i])`. */
export interface Words {
  readonly count: number;
  readonly starts: number[];
  /** End exclusive. */
  readonly ends: number[];
  /** `normalizeWord` of each word. */
  readonly norms: string[];
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** The words of `text`, exactly as `text.matchAll(WORD)` finds them. */
export function wordsIn(text: string): Words {
  // The words are gathered in scratch arrays and copied out at their exact length: the arrays kept
  // for a document are no larger than they need be, and no array grows word by word.
  const starts = SCRATCH_STARTS;
  const ends = SCRATCH_ENDS;
  const norms = SCRATCH_NORMS;
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (wordCharSize(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    i = afterWordChars(text, i);
    while (i < length) {
      const code = text.charCodeAt(i);
      const apostrophe = code === APOSTROPHE || code === RIGHT_QUOTE;
      // An inner apostrophe or hyphen joins two runs of letters: "Call-Off", "Party's".
      if ((apostrophe || code === HYPHEN) && wordCharSize(text, i + 1) > 0) {
        i = afterWordChars(text, i + 1);
        continue;
      }
      // A trailing apostrophe (not followed by a letter, or the loop would have taken it): "Parties'".
      if (apostrophe) i++;
      break;
    }
    starts[count] = start;
    ends[count] = i;
    norms[count] = normalAt(text, start, i);
    count++;
  }
  return { count, starts: starts.slice(0, count), ends: ends.slice(0, count), norms: norms.slice(0, count) };
}

// wordsIn's scratch arrays: they keep the length of the longest text read (never read past `count`).
const SCRATCH_STARTS: number[] = [];
const SCRATCH_ENDS: number[] = [];
const SCRATCH_NORMS: string[] = [];

// The words read lately and their normal forms, by a hash of their characters (a direct-mapped
// cache: a word evicts the one in its slot). Most words of a document are found here and never
// copied out of its text, which spares the garbage collector a string per word.
const SEEN_SLOTS = 1 << 14;
const seenWords: Array<string | undefined> = new Array<string | undefined>(SEEN_SLOTS).fill(undefined);
const seenNorms: string[] = new Array<string>(SEEN_SLOTS).fill('');

/** `normalizeWord(text.slice(start, end))`, without the slice when the word was read lately. */
function normalAt(text: string, start: number, end: number): string {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = (hash ^ (hash >>> 15)) & (SEEN_SLOTS - 1);
  const seen = seenWords[slot];
  if (seen !== undefined && isWordAt(seen, text, start, end)) return seenNorms[slot]!;
  const word = text.slice(start, end);
  const norm = normalizeWord(word);
  seenWords[slot] = word;
  seenNorms[slot] = norm;
  return norm;
}

/** `text.slice(start, end) === word`, without the slice. */
function isWordAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** 1 for the ASCII letters and digits, by code. */
const ASCII_WORD_CHAR = Uint8Array.from({ length: 0x80 }, (_, code) => ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0));
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Letters and digits beyond ASCII, read once per code unit: 0 not yet read, 1 a word character, 2 not.
const BMP_WORD_CHAR = new Uint8Array(0x10000);

/** UTF-16 length of the letter or digit at `index` (`[\p{L}\p{N}]`), 0 when there is none. */
function wordCharSize(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  return code < 0x80 ? ASCII_WORD_CHAR[code]! : nonAsciiWordCharSize(text, index, code);
}

function nonAsciiWordCharSize(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)!;
    if (point > 0xffff) return WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = BMP_WORD_CHAR[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD_CHAR[code] = known;
  }
  return known === 1 ? 1 : 0;
}

function afterWordChars(text: string, index: number): number {
  let size = wordCharSize(text, index);
  while (size > 0) {
    index += size;
    size = wordCharSize(text, index);
  }
  return index;
}


/** `/^\s{1,max}$/.test(text.slice(from, to))`, without the slice. */
export function isSpaceGap(text: string, from: number, to: number, max = 3): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Characters that may separate two words of one term: one to three spaces, or a slash ("EU/EEA")
 * or an ampersand with at most one space on each side. `/^(?:\s{1,3}|\s?[/&]\s?)$/` on
 * `text.slice(from, to)`, without the slice.
 */
export function isTermJoin(text: string, from: number, to: number): boolean {
  if (isSpaceGap(text, from, to)) return true;
  let i = from;
  if (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  const mark = text.charCodeAt(i);
  if (i >= to || (mark !== 0x2f && mark !== 0x26)) return false;
  i++;
  if (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i === to;
}

export interface WordToken {
  text: string;
  norm: string;
  /** Index in the searched text, end exclusive. */
  start: number;
  end: number;
}

/** Word `index` of `words` as an object, for the few words a rule keeps. */
export function wordToken(text: string, words: Words, index: number): WordToken {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  return { text: text.slice(start, end), norm: words.norms[index]!, start, end };
}

export function wordsOf(text: string): WordToken[] {
  const words = wordsIn(text);
  const tokens: WordToken[] = [];
  for (let i = 0; i < words.count; i++) tokens.push(wordToken(text, words, i));
  return tokens;
}

// The words of each block of a document, read once for every rule that scans it (never mutated):
// one array per document, by block index (a WeakMap entry per block cost more than the reading).
const DOCUMENT_WORDS = new WeakMap<readonly TextBlock[], Array<Words | undefined>>();

/** `wordsIn(block.text)` for a block of `blocks` (the document's `analysis.blocks`), shared by the rules. */
export function blockWords(blocks: readonly TextBlock[], block: TextBlock): Words {
  let byIndex = DOCUMENT_WORDS.get(blocks);
  if (!byIndex) {
    byIndex = new Array<Words | undefined>(blocks.length).fill(undefined);
    DOCUMENT_WORDS.set(blocks, byIndex);
  }
  return (byIndex[block.index] ??= wordsIn(block.text));
}

function toWords(tokens: WordToken[]): Words {
  return { count: tokens.length, starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end), norms: tokens.map((t) => t.norm) };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

export interface TermMatch {
  key: string;
  /** Indices of the match in the searched text, end exclusive. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

/** Called for each term occurrence; return true to stop the scan. */
export type TermVisitor = (key: string, start: number, end: number) => boolean | void;

export interface TermIndex {
  readonly size: number;
  /** Every term occurrence in `text` (its words from `wordsIn(text)` or `wordsOf(text)` when the caller has them). */
  scan(text: string, words?: Words | WordToken[]): TermMatch[];
  /**
   * Visits every term occurrence that lies in words `from` to `to` (end exclusive) of `text`, in
   * the order `scan` lists them, without building match objects; false when a visit stopped it.
   */
  visit(text: string, words: Words, visitor: TermVisitor, from?: number, to?: number): boolean;
  /** `visit` for the terms that start at word `index` (and end before word `to`). */
  visitAt(text: string, words: Words, index: number, visitor: TermVisitor, to?: number): boolean;
  /** Whether a term occurs in words `from` to `to` of `text`: as `scan` of that stretch of text finding one. */
  occursIn(text: string, words: Words, from: number, to: number): boolean;
}

export function buildTermIndex(terms: Iterable<string>): TermIndex {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const term of terms) {
    const key = termKey(term);
    if (!key) continue;
    let node = root;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    if (node.key === undefined) size++;
    node.key = key;
  }

  const visitAt = (text: string, words: Words, index: number, visitor: TermVisitor, to = words.count): boolean => {
    const { starts, ends, norms } = words;
    let node = root.next.get(norms[index]!);
    let j = index;
    while (node) {
      if (node.key !== undefined && visitor(node.key, starts[index]!, ends[j]!) === true) return false;
      if (j + 1 >= to || !isTermJoin(text, ends[j]!, starts[j + 1]!)) break;
      j++;
      node = node.next.get(norms[j]!);
    }
    return true;
  };
  const visit = (text: string, words: Words, visitor: TermVisitor, from = 0, to = words.count): boolean => {
    for (let i = from; i < to; i++) if (!visitAt(text, words, i, visitor, to)) return false;
    return true;
  };

  return {
    size,
    scan(text, words = wordsIn(text)) {
      const found: TermMatch[] = [];
      visit(text, Array.isArray(words) ? toWords(words) : words, (key, start, end) => {
        found.push({ key, start, end, text: text.slice(start, end) });
      });
      return found;
    },
    visit,
    visitAt,
    occursIn: (text, words, from, to) => size > 0 && !visit(text, words, () => true, from, to),
  };
}
