import type { Sentence, TextBlock } from './types.js';

/**
 * Sentence segmentation tuned for contracts, one linear pass per block.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis (plus any closing quotes or brackets) when
 * whitespace follows and the next sentence plausibly starts (capital letter, digit, opening
 * quote), unless the period belongs to an abbreviation ("Art.", "i.e.", "Ltd."), a clause or
 * list marker at the start of a line ("1.", "4.2.", "a."), or an initial ("John A. Smith").
 * ";" and ":" never end a sentence: enumerations ("shall: (a) ...; (b) ...; and (c) ...")
 * stay one sentence. A blank line inside a block always ends one. A heading is one sentence.
 */
export function splitSentences(blocks: TextBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const spans = block.isHeading ? headingSpan(block.text) : sentenceSpans(block.text);
    for (const [from, to] of spans) {
      sentences.push({
        text: block.text.slice(from, to),
        start: block.toOffset(from),
        end: block.toOffset(to - 1) + 1,
        block,
        blockIndex: from,
      });
    }
  }
  return sentences;
}

function headingSpan(text: string): Array<[number, number]> {
  const span = trimSpan(text, 0, text.length);
  return span ? [span] : [];
}

/** Never a sentence end: the next word continues the sentence ("Art. 28", "i.e. the"). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'cf', 'viz', 'al', 'Art', 'Arts', 'art', 'arts', 'No', 'Nos', 'no', 'nos',
  'cl', 'Cl', 'cls', 'Cls', 'Sch', 'Schs', 'sch', 'para', 'paras', 'Para', 'Paras', 'p', 'pp',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sr', 'v', 'vs', 'approx', 'incl', 'min', 'max', 'Sec',
  'Secs', 'sec', 'ss', 'Reg', 'Regs', 'reg', 'Ch', 'ch', 'Vol', 'vol', 'Fig', 'fig', 'Ref', 'ref',
  'Dept', 'Gov', 'Govt', 'est', 'Ave', 'Rd', 'Mt', 'Ft', 'Hon', 'Rev', 'Cal', 'Civ', 'Stat', 'Supp',
  'et', 'seq', 'ibid', 'op', 'cit', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec',
]);

/** May end a sentence ("... Acme Ltd. The Supplier shall"); only when a capital follows. */
const SOMETIMES_FINAL = new Set(['etc', 'Ltd', 'ltd', 'Inc', 'inc', 'Co', 'Corp', 'LLC', 'LLP', 'plc', 'Plc', 'PLC', 'Jr', 'Bros', 'Pty', 'Ltda', 'GmbH', 'AG', 'BV', 'NV', 'SA', 'AB']);

/** Words that start sentences; after an initialism ("U.S.") only these confirm a boundary. */
const SENTENCE_STARTERS = new Set([
  'The', 'This', 'These', 'That', 'Those', 'Each', 'Either', 'Neither', 'Any', 'All', 'If', 'In',
  'No', 'Nothing', 'Such', 'Where', 'When', 'It', 'Its', 'Notwithstanding', 'Subject', 'Except',
  'Unless', 'For', 'Upon', 'On', 'A', 'An', 'Both', 'Save', 'Provided', 'Without', 'To', 'As',
  'We', 'You', 'They', 'He', 'She', 'There', 'Following', 'After', 'Before', 'Within',
]);

/** Reference words before a single capital letter: "Annex A." ends a sentence, "John A." does not. */
const REFERENCE_WORDS = /(?:annex|schedule|appendix|exhibit|part|clause|section|article|attachment|plan|option|module|category|class|type|tier|level)$/i;

/** A marker word: "1", "4.2", "a", "iv", "(b)", "(iii)". */
const MARKER = /^\(?(?:\d+(?:\.\d+)*|\p{L}|x{0,3}(?:ix|iv|v?i{0,3}))\)?$/iu;

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v';
// The same test on a char code (no one-character string).
const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x0c || code === 0x0b;
const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Sentence spans [start, end) of one block of text, trimmed of surrounding whitespace.
 * Exported for analyses that need sentence ends inside a block (definition bodies).
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (from: number, to: number): void => {
    const span = trimSpan(text, from, to);
    if (span) spans.push(span);
  };
  let start = 0;
  // Where the current line starts: a period right after a marker at its first word is a marker.
  let lineStart = 0;
  const n = text.length;
  // Jump from stop to stop (a regex scan is much faster than reading every character here).
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    if (text.charCodeAt(i) === 0x0a) {
      // A blank line is a hard break.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') {
        push(start, i);
        start = j;
      }
      lineStart = i + 1;
      continue;
    }

    // Take the whole run of terminal marks and closing quotes/brackets: `."`, `.)`, `?!`, `...`.
    let end = i + 1;
    while (end < n && TERMINAL.has(text[end]!)) end++;
    while (end < n && CLOSERS.has(text[end]!)) end++;
    STOP.lastIndex = end;
    if (end < n && !isSpace(text[end])) continue; // "4.2", "e.g.,", "U.S.C", "www.example.org"
    let next = end;
    while (next < n && isSpace(text[next])) next++;
    if (next >= n) break; // the block end closes the sentence anyway
    if (isBoundary(text, i, end, next, firstNonSpace(text, lineStart))) {
      push(start, end);
      start = next;
    }
  }
  push(start, n);
  return spans;
}

/**
 * What `sentenceSpans` stops at: a line break or a terminal mark. Global, read with `test` (no
 * match array per stop): the stop is at `lastIndex - 1`.
 */
const STOP = /[\n.!?…]/g;

/** Index of the first non-space character from `from` on (a line's first word; a terminal mark follows). */
function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

const WORD_CHAR = /[\p{L}\p{N}.()]/u;

/** Decides whether the terminal run text[mark, end) followed by text[next] ends a sentence. */
function isBoundary(text: string, mark: number, end: number, next: number, lineFirst: number): boolean {
  const following = text[next]!;
  const startsLikeSentence =
    isUpper(following) ||
    isDigit(following) ||
    (OPENERS.has(following) && following !== '(' && (isUpper(text[next + 1]) || isDigit(text[next + 1])));
  if (!startsLikeSentence) return false;
  // The terminal run is text[mark, end): "...", "…", ".", "..", "!", "?", with closers.
  const ellipsis = (end - mark >= 3 && text.startsWith('...', mark)) || text[mark] === '…';
  if (ellipsis) return startsSentence(text, next);
  if (text[mark] !== '.') return true; // "!" or "?"
  if (end - mark > 1 && text[mark + 1] === '.') return true; // ".." is a typo for a stop

  // The word carrying the period, dots included: "e.g", "U.S", "Art", "4.2", "(a)".
  let wordStart = mark;
  while (wordStart > 0 && mark - wordStart < 24 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
  let word = text.slice(wordStart, mark);
  // An opening bracket belongs to the word only as a marker "(a)."; otherwise drop it.
  if (word.startsWith('(') && !/^\([\p{L}\p{N}]{1,4}\)$/u.test(word)) word = word.slice(1);
  if (word === '') return true;

  // A clause or list marker opening the line: "1.", "4.2.", "a.", "iv.", "(a).", "Section 5.1.".
  const atLineStart =
    wordStart === lineFirst ||
    (lineFirst >= 0 && wordStart - lineFirst <= 12 && /^(?:section|clause|article|schedule|annex|appendix|part|§)\s*$/i.test(text.slice(lineFirst, wordStart)));
  if (atLineStart && MARKER.test(word)) return false;

  if (ABBREVIATIONS.has(word)) return false;
  if (SOMETIMES_FINAL.has(word)) return isUpper(following) || OPENERS.has(following);
  // Initialisms "U.S.", "U.K.", "C.F.R.": a boundary only before a typical sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return startsSentence(text, next);
  // A single capital letter: an initial ("John A. Smith") unless it names a part ("Annex A.").
  if (/^\p{Lu}$/u.test(word)) {
    const before = text.slice(Math.max(0, wordStart - 16), wordStart).trimEnd();
    if (REFERENCE_WORDS.test(before)) return true;
    return !/\p{Lu}[\p{L}'’-]*$/u.test(before) && startsSentence(text, next);
  }
  // A lone lower-case letter ("p.", "s.") is an abbreviation or marker, not a sentence end.
  if (/^\p{Ll}$/u.test(word)) return false;
  return true;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Whether the word at `next` is a typical sentence opener ("The", "If", ...). Read only when needed. */
function startsSentence(text: string, next: number): boolean {
  const nextWord = FIRST_WORD.exec(text.slice(next, next + 40))?.[0] ?? '';
  return SENTENCE_STARTERS.has(nextWord);
}

function trimSpan(text: string, from: number, to: number): [number, number] | undefined {
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return from < to ? [from, to] : undefined;
}
