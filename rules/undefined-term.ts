/**
 * @file undefined-term
 *
 * Flag a capitalised phrase used as a defined term ("the Permitted Purpose", "Authority Data")
 * that the document never defines. Reported once per term, at its first use, with the number of
 * uses. Conservative by design: a phrase counts only when it is used mid-sentence at least
 * `minUses` times, and every one of its words is an ordinary word of the document (it also
 * appears in lower case, or is a party's or a defined term's word), so proper names of people,
 * places, laws and organisations drop out. Headings, table labels, signature blocks, ALL CAPS
 * passages, quoted titles and section titles in brackets after a reference ("Clause 15
 * (Confidentiality)") are not read. Titles of other documents ("the Order Form", "the Standard
 * Contractual Clauses") are not terms of this one.
 *
 * Terms defined by reference count as defined: "“Controller” and “Processor” have the meanings
 * given in the GDPR", "Customer Data (as defined in the Agreement)". A document that takes its
 * undefined terms from another one ("Capitalised terms not defined here have the meaning given in
 * the Agreement", "Interpret this Contract using Joint Schedule 1 (Definitions)"), or that is
 * itself a schedule, annex, amendment or addendum of another agreement, gets no finding: the
 * definitions are in a document the linter cannot see.
 */
import type { Analyses, Sentence, TextBlock } from '../src/analysis/index.js';
import type { SectionNode } from '../src/tree/types.js';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { attachmentOf, BY_REFERENCE, globalIncorporation, INLINE_REFERENCE } from './shared/document-scope.js';
import { isSpaceCode } from '../src/text/spaces.js';
import { blockWords, buildTermIndex, isSpaceGap, isTermJoin, normalizeWord, termKey, type TermIndex, type TermMatch, type WordToken, type Words, wordToken } from './shared/terms.js';

interface Options {
  minUses: number;
  ignore: string[];
}

/** Words that join the words of one term: "Statement of Work", "Technical and Organisational Measures". */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'to', 'on', 'in']);

/** Function words that start a sentence; the capitalised phrase after them is still read. */
const STARTERS = new Set(
  (
    'the this these that those each every either neither any all if in no such where when whenever while it its a an ' +
    'for upon on as to from by with without within after before during following subject save except unless notwithstanding ' +
    'provided both and or but nothing where whereas once until since so there their our your his her they we you under ' +
    'between among at of only neither nor also further furthermore however accordingly'
  ).split(' '),
);

/** A word that makes the phrase a proper name: laws, bodies, places, companies. */
const PROPER_WORDS = new Set(
  (
    'act regulation directive code convention treaty charter constitution commission commissioner council court tribunal ' +
    'parliament congress senate assembly ministry minister department agency office bureau board university college school ' +
    'institute institution center centre foundation association society union inc incorporated ltd limited llc llp plc gmbh ' +
    'corporation corp company bank hospital kingdom state republic federation county city town village borough province ' +
    'street road avenue lane circular gazette journal federal national european united american british english french ' +
    'german swiss swedish irish scottish welsh canadian australian government governor secretary president mayor police ' +
    'army navy crown majesty queen king district region island islands north south east west northern southern eastern ' +
    'western new saint mount river lake tax vat'
  ).split(' '),
);

/** Months and days: dates are not terms. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** A last word that names another document: its title, not a term of this one. */
const TITLE_HEADS = new Set(
  (
    'agreement addendum addenda contract clause term condition policy statement schedule annex appendix appendice exhibit ' +
    'attachment guideline guidance principle rule deed memorandum understanding framework form regulation act directive ' +
    'specification standard manual handbook licence license version edition amendment order protocol charter notice ' +
    'declaration certificate report page website site'
  ).split(' '),
);

/** Reference words: a bracket right after one holds a section title ("Section 2.1 (Restrictions on Customer)"). */
const TITLE_BRACKET =
  /(?:clauses?|sections?|schedules?|annex(?:es)?|appendix|appendices|exhibits?|attachments?|paragraphs?|articles?|parts?|§)\s*[\w.()]*\d[\w.()]*\s*\($|(?:clauses?|sections?|schedules?|annex(?:es)?|appendix|exhibits?|attachments?|paragraphs?|articles?|parts?)\s+[A-Z]{1,3}\s*\($/i;

const ENUMERATOR = /^(?:[a-z]{1,2}|[ivxlc]{1,5}|\d{1,3})$/i;

/** "a. Limited Data Set. Covered Entity agrees ...": a short capitalised title opening a paragraph. */
const RUN_IN_HEADING = /^\s*(?:(?:\(?[A-Za-z\d]{1,4}[.)]|\d+(?:\.\d+)*\.?)\s+)?((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of|and|for|&|to|on|in|the|[\p{Lu}][\p{L}'’-]*)){0,6})\.\s+[\p{Lu}]/u;
const LIST_MARKER = /^\s*(?:[A-Z]\.|\(?[a-z\d]{1,4}[.)]|\d+(?:\.\d+)*\.?|(?:clause|section|article|schedule|annex|appendix|exhibit|part)\s+[\w.]+\s*[-–—:.]?)\s+/i;
const PLAIN_DEFINITION =
  /^\s*((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of|and|for|[\p{Lu}][\p{L}'’-]*)){0,5})\s+(?:means|shall\s+mean|refers\s+to|shall\s+refer\s+to|is\s+defined\s+as|has\s+the\s+meaning)\b/u;
const QUOTED = /["“]([^"”]{2,60})["”]/gu;
/** "Customer Data (as defined in the Agreement)": the capitalised phrase before the reference. */
const BEFORE_INLINE_REFERENCE =
  /((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)\s*[,(]\s*(?:as\s+(?:such\s+terms?\s+(?:is|are)\s+)?defined|within\s+the\s+meaning|as\s+(?:that\s+term\s+is\s+)?used)\b/gu;
// Every match of BEFORE_INLINE_REFERENCE holds one of these words (case-sensitive, as it is):
// a cheap test that skips the sentences it cannot match.
const MAY_REFER_INLINE = /defined|meaning|used/;
// Likewise every QUOTED match holds a quotation mark, and every PLAIN_DEFINITION match one of these words;
// one test of them all first skips the sentences that define nothing, most of them.
const MAY_QUOTE = /["“]/;
const MAY_DEFINE_PLAIN = /mean|refer|defined/;
const MAY_DEFINE = /["“]|mean|refer|defined|used/;
// Module constants rather than literals in the functions that run per block or sentence: a regex
// literal makes a new RegExp object at every evaluation.
/** Full stops, colons and spaces that end a title. */
const TRAILING_MARKS = /[.:\s]+$/;
/** "Categories of Data Subjects: ...": a label before a colon. */
const LABEL = /^([^:.;]{3,80}):/;
/** The end of a clause or sentence, perhaps inside a closing quote or bracket. */
const ENDS_LIKE_CLAUSE = /[.;,!?]["”’)]?$/;
const ENDS_LIKE_SENTENCE = /[.;:!?]["”’)]?$/;
const QUOTED_MEANS = /["“]([^"”]{2,60})["”]\s+(?:means|shall\s+mean|has\s+the\s+meaning|refers\s+to|is\s+defined\s+as)\b/giu;

export default defineRule<Options>({
  meta: {
    id: 'undefined-term',
    type: 'consistency',
    description: 'Flag capitalised phrases used as defined terms that the document never defines.',
    rationale:
      'A capital letter tells the reader that a phrase has a defined meaning. When "the Permitted Purpose" or "Authority Data" is never defined, the limit it carries has no content the parties agreed on: a court reads it by its ordinary meaning, or against the drafter, and a safeguard that depends on it can be argued away. Undefined terms are also the commonest trace of a clause copied from another contract.',
    sources: [
      'Good practice (no single source): a defined term must be defined once and used consistently',
      'UK Office of the Parliamentary Counsel, Drafting Guidance (2020), definitions',
      'GDPR Art. 28(3) (the contract must set out the subject-matter, nature and purpose of the processing)',
    ],
    recommended: true,
    defaultSeverity: 'warning',
    needs: ['sentences', 'blocks', 'definitions', 'parties'],
    schema: {
      type: 'object',
      properties: {
        minUses: { type: 'integer', minimum: 1, description: 'Report a phrase only when it is used at least this many times.' },
        ignore: { type: 'array', items: { type: 'string' }, description: 'Capitalised phrases never to report (defined elsewhere, proper names).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minUses: 2, ignore: [] },
    messages: {
      undefined:
        '"{term}" is capitalised like a defined term and used {count} times, but this document does not define it.',
    },
    docs: `## What it checks

Capitalised phrases that the document uses as defined terms ("the Permitted Purpose", "Authority
Data", "Supplier Personnel") but never defines: no "X means ...", no (the "X") parenthetical, no
definitions-table entry, and no definition by reference. Each term is reported once, at its first
use, with the number of times it is used.

To keep noise down the rule reads a phrase as a term only when:

- it has at least two capitalised words (connectors such as "of" and "and" may join them);
- it is used mid-sentence, outside headings, table labels, signature blocks, ALL CAPS passages,
  quotation marks and section titles in brackets ("Clause 15 (Confidentiality)");
- every word is an ordinary word of the document (it also appears in lower case, or belongs to a
  party's name or a defined term), so "Kansas City" and "European Union" drop out;
- no word marks a proper name of a law, body, place or company (Act, Regulation, Commission,
  University, Inc., State, a month) and the last word does not name another document
  ("the Order Form", "the Standard Contractual Clauses", "the Privacy Policy");
- it is used at least \`minUses\` times (default 2).

## Why it matters

A capital letter promises a definition. An undefined term leaves the parties to argue about its
meaning later, and a safeguard that rests on it ("only for the Permitted Purpose") is only as
precise as that argument.

## Options

- \`minUses\` (integer, default 2): report a phrase only when it is used at least this many times.
- \`ignore\` (string[]): phrases never to report.

## Flagged

- "The Supplier shall process Authority Data only for the Permitted Purpose." with neither term
  defined anywhere (two findings, one per term, at their first use).

## Accepted

- A term defined in the document in any style: "X" means ..., (the "X"), a definitions table.
- A term defined by reference: "“Controller” and “Processor” have the meanings given in the GDPR",
  "Customer Data (as defined in the Agreement)", "Personal Data, as defined in the Data Protection
  Legislation".
- A document that takes its undefined terms from another ("Capitalised terms not defined in this
  Addendum have the meanings given in the Agreement", "Interpret this Contract using Joint Schedule 1
  (Definitions)"), or that is itself a schedule, annex, amendment or addendum of another agreement:
  no finding at all.
- Party names, proper names, titles of other documents, sentence-initial capitals, headings.

## How to fix

Add a definition ("Permitted Purpose" means ...), point to the definition in another document
("has the meaning given in the Framework Agreement"), or write the phrase in lower case if it is
not meant as a defined term.

## References

UK Office of the Parliamentary Counsel, Drafting Guidance (2020); GDPR Art. 28(3).`,
    examples: {
      valid: [
        {
          title: 'Terms defined in the document and by reference',
          code: `## 1. Definitions

1.1 "Permitted Purpose" means measuring bus journey times on the Authority's network.

1.2 "Controller" and "Personal Data" have the meanings given in the UK GDPR.

## 2. Processing

2.1 The Supplier shall process Personal Data only for the Permitted Purpose and as Controller only where clause 2.2 applies.

2.2 The Authority may review the Permitted Purpose each year.
`,
        },
      ],
      invalid: [
        {
          title: 'A term used but never defined',
          code: `## 2. Processing

2.1 The Supplier shall use the data only for the Permitted Purpose.

2.2 The Authority may review the Permitted Purpose each year; no other use is permitted and the purpose shall not be widened.
`,
          messageIds: ['undefined'],
        },
      ],
    },
  },
  create(context) {
    return { 'document:exit': () => check(context) };
  },
});

interface Use {
  count: number;
  start: number;
  end: number;
  text: string;
}

/** How often a normalised word is written with a lower-case first letter, and otherwise. */
interface WordCases {
  lower: number;
  capital: number;
}

/** A set of normalised words, as far as the checks read it. */
type WordSet = Pick<ReadonlySet<string>, 'has'>;

/**
 * A word written capitalised far more often than not is a name ("Customer", "Provider"), and so
 * is a word written capitalised three times or more and never in lower case.
 */
function writtenAsName(tally: WordCases | undefined): boolean {
  if (!tally) return false;
  return tally.lower > 0 ? tally.lower * 3 < tally.capital : tally.capital >= 3;
}

function check(context: RuleContext<Options>): void {
  const { analysis, options } = context;
  const sentences = analysis.sentences;
  const blocks = analysis.blocks;
  // The definitions are in a document the linter cannot see.
  if (attachmentOf(context.document, blocks) || globalIncorporation(sentences)) return;

  const parties = partyKeys(analysis);
  const defined = new Set<string>();
  const definedWords = new Set<string>();
  const titles = new Set<string>();
  const addDefined = (term: string): void => {
    const key = termKey(term);
    if (!key) return;
    defined.add(key);
    for (const word of key.split(' ')) definedWords.add(word);
  };
  for (const definition of analysis.definitions.list) addDefined(definition.term);
  for (const term of options.ignore ?? []) addDefined(term);

  // Pass 1: how each word is written, titles, and terms defined by reference.
  const addTitle = (title: string): void => {
    titles.add(termKey(title.replace(LIST_MARKER, '').replace(TRAILING_MARKS, '')));
  };
  const cases = new Map<string, WordCases>();
  // Indexed loops: check runs once per document, mostly before it is optimised, and a for-of loop
  // there allocates an iterator result per step.
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    countCases(block.text, blockWords(blocks, block), cases);
    // A heading, a run-in heading, a form label or a label cell names what its part of the document
    // explains: "A. Permitted Use. This licence ...", "Categories of Data Subjects:", a bold title line.
    readTitles(block, addTitle);
    // A converted document may hold its definitions in heading-styled paragraphs.
    if (block.isHeading) forEachMatch(QUOTED_MEANS, block.text, (match) => addDefined(match[1]!));
  }
  for (let s = 0; s < sentences.length; s++) {
    const text = sentences[s]!.text;
    if (!MAY_DEFINE.test(text)) continue;
    if (MAY_QUOTE.test(text)) {
      const byReference = BY_REFERENCE.test(text);
      forEachMatch(QUOTED, text, (match) => {
        // "“Controller” and “Processor” have the meanings given in the GDPR"; "“Data” (as defined in ...)".
        if (byReference || INLINE_REFERENCE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) addDefined(match[1]!);
      });
    }
    if (MAY_REFER_INLINE.test(text)) {
      forEachMatch(BEFORE_INLINE_REFERENCE, text, (match) => addDefined(match[1]!));
    }
    // "A. Licensed Material refers to ...": an unformatted definition the definitions analysis does not read.
    if (MAY_DEFINE_PLAIN.test(text)) {
      for (const line of text.split('\n')) {
        const plain = PLAIN_DEFINITION.exec(line.replace(LIST_MARKER, ''));
        if (plain) addDefined(plain[1]!);
      }
    }
  }
  // Party short names ("Authority") stay out: "Authority Data" is a term of its own.
  const partyLike = new Set(analysis.definitions.list.filter((d) => d.style === 'parenthetical' && !d.term.includes(' ')).map((d) => termKey(d.term)));
  // Read from the tallies when a candidate asks (a few do), not gathered into sets of every word.
  const lowerWords: WordSet = { has: (word) => (cases.get(word)?.lower ?? 0) > 0 };
  const names: WordSet = { has: (word) => parties.words.has(word) || writtenAsName(cases.get(word)) };
  const definedIndex = buildTermIndex([...defined].filter((key) => !parties.keys.has(key) && !partyLike.has(key)));

  // Pass 2: capitalised runs mid-sentence, cut around the defined terms they contain.
  const candidates = new Map<string, string>();
  // Sentences come in block order: one cursor per block keeps the word split linear.
  let cursorBlock: TextBlock | undefined;
  let words: Words | undefined;
  let blockReadable = false;
  let cursor = 0;
  const inSignatures = signatureSections();
  // The capitalised runs of the sentence read, refilled for each sentence.
  const runs: Run[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const block = sentence.block;
    if (block !== cursorBlock) {
      cursorBlock = block;
      words = blockWords(blocks, block);
      blockReadable = readableBlock(block, inSignatures);
      cursor = 0;
    }
    const { starts, ends, count } = words!;
    const from = sentence.blockIndex;
    const to = from + sentence.text.length;
    while (cursor < count && starts[cursor]! < from) cursor++;
    let stop = cursor;
    while (stop < count && ends[stop]! <= to) stop++;
    const first = cursor;
    cursor = stop;
    if (!blockReadable) continue;
    capitalisedRuns(block.text, words!, first, stop, from, runs);
    if (runs.length === 0 || !readableSentence(sentence)) continue;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const key = words!.norms.slice(run.first, run.last + 1).join(' ');
      if (candidates.has(key) || defined.has(key) || titles.has(key) || parties.keys.has(key)) continue;
      if (setApart(sentence, starts[run.first]!, ends[run.last]!)) continue;
      const piece: WordToken[] = [];
      for (let i = run.first; i <= run.last; i++) piece.push(wordToken(block.text, words!, i));
      if (!termLike(piece, lowerWords, parties.words, definedWords) || joinsParties(piece, names)) continue;
      if (parties.multiWord.some((party) => key.includes(party) || party.includes(key))) continue;
      // A run that holds a defined term is read as that term in context ("Customer Personal Data"), not a new one.
      if (definedIndex.occursIn(block.text, words!, run.first, run.last + 1)) continue;
      candidates.set(key, piece.map((token) => token.text).join(' '));
    }
  }
  if (candidates.size === 0) return;

  // Count the capitalised uses of each candidate over the whole text; report at the first.
  // Only maximal matches count: "GitHub Privacy" inside "GitHub Privacy Statement" is not a use.
  const index = buildTermIndex([...candidates.keys(), ...defined]);
  // Only the blocks where a candidate occurs are scanned: a word that opens one, then the candidate itself.
  const openers = new Set([...candidates.keys()].map((key) => key.split(' ')[0]!));
  const isCandidate = (key: string): boolean => candidates.has(key);
  const uses = new Map<string, Use>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.isHeading) continue;
    const words = blockWords(blocks, block);
    if (!holdsTerm(block.text, words, openers, index, isCandidate)) continue;
    const matches = maximal(index.scan(block.text, words));
    for (let m = 0; m < matches.length; m++) {
      const match = matches[m]!;
      if (!candidates.has(match.key) || !allCapitalised(match.text)) continue;
      const use = uses.get(match.key);
      if (use) use.count++;
      else uses.set(match.key, { count: 1, start: block.toOffset(match.start), end: block.toOffset(match.end - 1) + 1, text: match.text });
    }
  }
  const minUses = Math.max(1, options.minUses ?? 2);
  const found = [...uses.entries()].filter(([, use]) => use.count >= minUses).sort((a, b) => a[1].start - b[1].start);
  for (const [key, use] of found) {
    const term = candidates.get(key) ?? use.text;
    context.report({
      range: [use.start, use.end],
      messageId: 'undefined',
      data: { term, count: String(use.count) },
      evidence: use.text,
      suggestion: `Define it where the other terms are defined ("${term}" means ...), refer to the document that defines it ("${term}" has the meaning given in ...), or write it in lower case if it is not meant as a defined term.`,
    });
  }
}

/**
 * Calls `take` with each match of the global `pattern` in `text`, as `text.matchAll(pattern)` lists
 * them, without the copy of the regex and the iterator `matchAll` makes. For patterns that cannot
 * match the empty string (all those given here), and `take` must not run `pattern` itself.
 */
function forEachMatch(pattern: RegExp, text: string, take: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) take(match);
  pattern.lastIndex = 0;
}

/** Whether a term of `index` that `wanted` accepts starts in `text` at a word whose normal form is one of `openers`. */
function holdsTerm(text: string, words: Words, openers: Set<string>, index: TermIndex, wanted: (key: string) => boolean): boolean {
  for (let i = 0; i < words.count; i++) {
    if (openers.has(words.norms[i]!) && !index.visitAt(text, words, i, wanted)) return true;
  }
  return false;
}

/** Tallies, for each normalised word, the words of `text` written in lower case and the others. */
function countCases(text: string, words: Words, cases: Map<string, WordCases>): void {
  for (let i = 0; i < words.count; i++) {
    const norm = words.norms[i]!;
    let tally = cases.get(norm);
    if (!tally) cases.set(norm, (tally = { lower: 0, capital: 0 }));
    if (startsLowerCase(text, words.starts[i]!, words.ends[i]!)) tally.lower++;
    else tally.capital++;
  }
}

/** Calls `take` with each title and label a block holds. */
function readTitles(block: TextBlock, take: (title: string) => void): void {
  const text = block.text.trim();
  if (!text) return;
  if (block.isHeading) {
    take(text);
    return;
  }
  const runIn = RUN_IN_HEADING.exec(text)?.[1];
  if (runIn) take(runIn);
  const label = LABEL.exec(text)?.[1];
  if (label) take(label);
  if (text.length <= 80 && wordCount(text) <= 10 && !ENDS_LIKE_CLAUSE.test(text)) take(text);
}

/** `text.split(/\s+/).length`, without building the array. */
function wordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** Matches not strictly inside another match. */
function maximal(matches: TermMatch[]): TermMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let reach = -1;
  for (const match of sorted) {
    if (match.end <= reach) continue;
    kept.push(match);
    reach = match.end;
  }
  return kept;
}

function partyKeys(analysis: Analyses): { keys: Set<string>; words: Set<string>; multiWord: string[] } {
  const keys = new Set<string>();
  const words = new Set<string>();
  let list: Analyses['parties']['list'] = [];
  try {
    list = analysis.parties.list;
  } catch {
    list = [];
  }
  for (const party of list) {
    for (const name of [party.name, party.shortName]) {
      const key = termKey(name);
      if (!key || key.length > 80) continue;
      keys.add(key);
      for (const word of key.split(' ')) words.add(word);
    }
  }
  return { keys, words, multiWord: [...keys].filter((key) => key.includes(' ')) };
}

/** Two parties joined: "Customer and Provider", "Customer to Provider". */
function joinsParties(tokens: WordToken[], names: WordSet): boolean {
  const name = (token: WordToken | undefined): boolean => token !== undefined && names.has(token.norm);
  return tokens.some((token, i) => (token.text === 'and' || token.text === '&' || token.text === 'to') && (name(tokens[i - 1]) || name(tokens[i + 1])));
}

/** `/^[\p{Ll}]/u.test(word)` for the word `text.slice(start, end)`, without the regex or the slice for an ASCII first character. */
function startsLowerCase(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return code >= 97 && code <= 122;
  return /^[\p{Ll}]/u.test(text.slice(start, end));
}

/**
 * UTF-16 lengths of the letters and of the upper-case letters of `text`, as
 * `text.replace(/[^\p{L}]/gu, '').length` and `text.replace(/[^\p{Lu}]/gu, '').length` give them,
 * read character by character.
 */
function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const point = text.codePointAt(i)!;
    const size = point > 0xffff ? 2 : 1;
    const kind = letterKind(point);
    if (kind !== NOT_A_LETTER) letters += size;
    if (kind === UPPER_CASE) upper += size;
    i += size - 1;
  }
  return { letters, upper };
}

const NOT_A_LETTER = 1;
const OTHER_LETTER = 2;
const UPPER_CASE = 3;
// The kind of each BMP code point, read once: 0 not yet read.
const BMP_LETTER_KIND = new Uint8Array(0x10000);

function letterKind(point: number): number {
  if (point > 0xffff) return readLetterKind(String.fromCodePoint(point));
  let kind = BMP_LETTER_KIND[point]!;
  if (kind === 0) BMP_LETTER_KIND[point] = kind = readLetterKind(String.fromCharCode(point));
  return kind;
}

function readLetterKind(char: string): number {
  if (/^\p{Lu}$/u.test(char)) return UPPER_CASE;
  return /^\p{L}$/u.test(char) ? OTHER_LETTER : NOT_A_LETTER;
}

/** Blocks read for candidates: running text, not headings or signature blocks. */
function readableBlock(block: TextBlock, inSignatures: (sections: SectionNode[]) => boolean): boolean {
  if (block.isHeading) return false;
  return !inSignatures(block.sections);
}

/**
 * Whether one of a block's sections holds signatures, by its kind or its heading. Each section is
 * read once, and the blocks of one section share their `sections` array: a run of them is read once.
 */
function signatureSections(): (sections: SectionNode[]) => boolean {
  const known = new Map<SectionNode, boolean>();
  const holdsSignatures = (section: SectionNode): boolean => {
    let signatures = known.get(section);
    if (signatures === undefined) {
      signatures = section.kind === 'signatures' || /\bsignatures?\b|\bexecution\b|\bin\s+witness\b/i.test(section.heading ?? '');
      known.set(section, signatures);
    }
    return signatures;
  };
  let lastSections: SectionNode[] | undefined;
  let lastAnswer = false;
  return (sections) => {
    if (sections !== lastSections) {
      lastSections = sections;
      lastAnswer = sections.some(holdsSignatures);
    }
    return lastAnswer;
  };
}

/** Sentences of a readable block read for candidates: not labels or ALL CAPS. */
function readableSentence(sentence: Sentence): boolean {
  const { block, text } = sentence;
  const { letters, upper } = letterCounts(text);
  if (letters === 0) return false;
  if (upper / letters > 0.6) return false;
  const trimmed = text.trim();
  // A label: a short line without a verb-bearing sentence end (table cells, pseudo-headings, form fields).
  if (!ENDS_LIKE_SENTENCE.test(trimmed) && wordCount(trimmed) <= 12) return false;
  if (block.inTable && wordCount(trimmed) <= 8) return false;
  return true;
}

/** Words `first` to `last` (inclusive) of a block. */
interface Run {
  first: number;
  last: number;
}

/**
 * Runs of capitalised words (joined by connectors), not counting a sentence-initial capital, among
 * the words `from` to `to` (end exclusive) of the block text `text`: the words of the sentence
 * that starts at `sentenceStart`. They replace the contents of `runs` (one array for all sentences).
 */
function capitalisedRuns(text: string, words: Words, from: number, to: number, sentenceStart: number, runs: Run[]): void {
  const { starts, ends } = words;
  runs.length = 0;
  // The sentence's first word: skip enumerators ("a", "iv", "12").
  let first = from;
  while (first < to - 1 && isEnumeratorAt(text, words, first)) first++;

  let i = from;
  while (i < to) {
    if (!isCapitalAt(text, words, i)) {
      i++;
      continue;
    }
    let j = i;
    let lastCap = i;
    while (j + 1 < to) {
      if (!isTermJoin(text, ends[j]!, starts[j + 1]!)) break;
      if (isCapitalAt(text, words, j + 1)) {
        j++;
        lastCap = j;
        continue;
      }
      if (isConnectorAt(text, words, j + 1) && j + 2 < to && isCapitalAt(text, words, j + 2) && isSpaceGap(text, ends[j + 1]!, starts[j + 2]!)) {
        j += 1;
        continue;
      }
      break;
    }
    // A single capitalised word ("the Supplier") is no run.
    if (lastCap > i) {
      const initial = i === first || afterOpeningMark(text, starts[i]!, sentenceStart);
      const run = termWords(text, words, i, lastCap, initial);
      if (run) runs.push(run);
    }
    i = lastCap + 1;
  }
}

/** An enumerator word ("a", "iv", "12") followed by a space, a full stop or a closing bracket. */
function isEnumeratorAt(text: string, words: Words, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  // ENUMERATOR matches at most five characters: longer words are not read.
  if (end - start > 5 || end >= text.length) return false;
  const next = text.charCodeAt(end);
  // `/[\s.)\]]/` on the character after the word.
  if (!(isSpaceCode(next) || next === 0x2e || next === 0x29 || next === 0x5d)) return false;
  return ENUMERATOR.test(text.slice(start, end));
}

/** The part of the capitalised words `first` to `last` that may be a term, when it has two capitalised words. */
function termWords(text: string, words: Words, first: number, last: number, initial: boolean): Run | undefined {
  if (initial) {
    // "The Permitted Purpose" keeps "Permitted Purpose"; "Personal Data must" is ambiguous.
    if (!isLowerCaseIn(STARTERS, STARTER_NORMS, text, words, first)) return undefined;
    first++;
    while (first <= last && isLowerCaseIn(CONNECTORS, CONNECTOR_NORMS, text, words, first)) first++;
  }
  // "the Supplier’s Personnel": the possessor is a name; what it owns stands alone.
  for (let i = last; i >= first; i--) {
    if (isPossessiveAt(text, words, i)) {
      first = i + 1;
      break;
    }
  }
  // "by The Regents of ...": a capitalised article or starter opens a name, not a term.
  while (first <= last && (isLowerCaseIn(STARTERS, STARTER_NORMS, text, words, first) || isConnectorAt(text, words, first))) first++;
  if (first > last || !isCapitalAt(text, words, first)) return undefined;
  let capitals = 0;
  for (let i = first; i <= last; i++) if (isCapitalAt(text, words, i)) capitals++;
  return capitals >= 2 ? { first, last } : undefined;
}

/** The normal forms of the starters and connectors: a word whose normal form is not among them is not one of them in any case. */
const STARTER_NORMS = new Set([...STARTERS].map(normalizeWord));
const CONNECTOR_NORMS = new Set([...CONNECTORS].map(normalizeWord));

/**
 * `words.has(word.toLowerCase())` for word `index` of `text`, where `norms` holds the normal forms
 * of `words`: the lower-case copy is made only for the few words whose normal form is among them.
 */
function isLowerCaseIn(words: Set<string>, norms: Set<string>, text: string, found: Words, index: number): boolean {
  if (!norms.has(found.norms[index]!)) return false;
  return words.has(text.slice(found.starts[index]!, found.ends[index]!).toLowerCase());
}

/** `/['’]s?$/` on word `index` of `text`, without the copy: it ends in an apostrophe, or in one and "s". */
function isPossessiveAt(text: string, words: Words, index: number): boolean {
  const start = words.starts[index]!;
  let end = words.ends[index]!;
  if (text.charCodeAt(end - 1) === 0x73 && end - 1 > start) end--;
  const code = text.charCodeAt(end - 1);
  return code === 0x27 || code === 0x2019;
}

/** Marks after which a capital starts a phrase as a sentence start does: "Note: Personal Data ...". */
const OPENING_MARKS = ':;(“"‘\'—–•●';

/** `/[:;(“"‘'—–•●]\s*$/.test(text.slice(from, index))`, without the slice. */
function afterOpeningMark(text: string, index: number, from: number): boolean {
  let i = index - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= from && OPENING_MARKS.includes(text.charAt(i));
}

/** Quoted, in square brackets (a template field), or a section title in brackets after a reference. */
function setApart(sentence: Sentence, start: number, end: number): boolean {
  const sentenceText = sentence.text;
  const startIndex = start - sentence.blockIndex;
  const endIndex = end - sentence.blockIndex;
  const before = sentenceText.slice(Math.max(0, startIndex - 40), startIndex);
  const after = sentenceText.slice(endIndex, endIndex + 2);
  const quoted = /["“‘'*]\s*$/.test(before) && /^\s*["”’'*]/.test(after);
  const field = /\[[^\]]*$/.test(before) && /^[^[]*\]/.test(sentenceText.slice(endIndex, endIndex + 80));
  const title = TITLE_BRACKET.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after) && titleBracket(sentenceText, startIndex, endIndex));
  return quoted || field || title;
}

/** A bracket holding only a capitalised title: "(Feedback and Usage Data)". */
function titleBracket(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open < 0 || close < 0) return false;
  const inside = text.slice(open + 1, close).trim();
  return inside.split(/\s+/).every((word) => /^[\p{Lu}&]/u.test(word) || CONNECTORS.has(word));
}

/** A connector word as written ("of", not "Of"). */
function isConnectorAt(text: string, words: Words, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  return end - start <= 3 && CONNECTORS.has(text.slice(start, end));
}

/**
 * `isCapital` for word `index` of `text`, read from its characters when they are ASCII: a capital
 * first, then a lower-case letter, or else 2-6 capitals in all (an acronym).
 */
function isCapitalAt(text: string, words: Words, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  const head = text.charCodeAt(start);
  if (head >= 0x80) return isCapital(text.slice(start, end));
  if (head < 65 || head > 90) return false;
  let onlyCapitals = true;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return isCapital(text.slice(start, end));
    if (code >= 97 && code <= 122) return true;
    if (code < 65 || code > 90) onlyCapitals = false;
  }
  return onlyCapitals && end - start >= 2 && end - start <= 6;
}

/** Title Case word ("Permitted", "Call-Off"); an acronym ("DPA") counts inside a run. */
function isCapital(word: string): boolean {
  return /^[\p{Lu}]/u.test(word) && (/[\p{Ll}]/u.test(word) || /^[\p{Lu}]{2,6}s?$/u.test(word));
}

function allCapitalised(text: string): boolean {
  return text.split(/[\s/&]+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || CONNECTORS.has(word));
}

/** Every content word is an ordinary word of the document, and none marks a name or a title. */
function termLike(words: WordToken[], lowerWords: WordSet, partyWords: Set<string>, definedWords: Set<string>): boolean {
  const content = words.filter((token) => !CONNECTORS.has(token.text));
  if (content.length < 2) return false;
  const last = content[content.length - 1]!;
  if (TITLE_HEADS.has(last.norm)) return false;
  for (const token of content) {
    if (PROPER_WORDS.has(token.norm) || CALENDAR.has(token.norm)) return false;
    if (/\d/.test(token.text)) return false;
    const acronym = /^[\p{Lu}]{2,6}s?$/u.test(token.text);
    if (acronym) {
      if (!definedWords.has(token.norm) && !partyWords.has(token.norm)) return false;
      continue;
    }
    if (!lowerWords.has(token.norm) && !partyWords.has(token.norm) && !definedWords.has(token.norm)) return false;
  }
  return true;
}
