import { singleSpaced } from '../text/spaces.js';
import type { ModalKind, Modality, ScopeCue, ScopeCueKind, Sentence } from './types.js';

/**
 * Deontic reading of one sentence: what its main clause obliges, permits or forbids, and
 * the negation / exception / override cues that change the reading of its parts.
 *
 * A negated duty ("shall not be required to", "nothing ... shall require", "no consent shall be
 * required", "shall have no obligation to", "shall not apply to") is reported as kind 'none'
 * with `negatedDuty: true`: it removes a duty or a limit, it prohibits nothing
 * (safeguards.md 14.2 point 4). "shall not process" is a prohibition.
 */
export type SentenceLike = Pick<Sentence, 'text' | 'start'> & Partial<Pick<Sentence, 'block' | 'blockIndex'>>;

interface Candidate {
  kind: ModalKind;
  negatedDuty: boolean;
  /** Indices into the sentence text of the modal phrase. */
  from: number;
  to: number;
  /** "In no event shall the Supplier ...": the subject follows the modal. */
  inverted: boolean;
}

// Modal verbs and the multi-word modal phrases, found left to right.
const MODAL =
  /\b(?:(?:shall|must|will|may|can)(?:\s+(?:not|never))?|cannot|can[’']t|won[’']t|shan[’']t|mustn[’']t|(?:agrees?|undertakes?|covenants?)\s+(?:not\s+)?to|(?:is|are)\s+(?:not\s+)?(?:(?:required|obliged|obligated|entitled|permitted|allowed|authori[sz]ed|free)\s+to|(?:responsible|liable)\s+for|(?:prohibited|forbidden)\s+(?:from|to))|(?:has|have)\s+(?:no|the)\s+(?:right|obligation|duty|liability|responsibility)(?:\s+(?:to|for))?|reserves?\s+the\s+right\s+to|at\s+its\s+(?:(?:own|sole|absolute|reasonable|entire)\s+(?:and\s+)?)*(?:option|discretion|election))\b/gi;

// After a negated modal: a duty or limit word makes it a negated duty, not a prohibition.
const DUTY_AFTER =
  /^\s+(?:(?:in\s+any\s+event|at\s+any\s+time|otherwise|also|itself|thereby)\s+)?(?:be\s+(?:(?:required|obliged|obligated|bound|compelled)(?:\s+to\b)?|under\s+(?:any|an)\s+(?:obligation|duty)(?:\s+to\b)?|(?:liable|responsible)(?:\s+for\b)?|construed|interpreted|deemed\s+to\s+(?:limit|restrict|require|oblige))|have\s+(?:any|an)\s+(?:obligation|duty|liability|responsibility)|apply(?:\s+to\b)?|require|oblige|obligate|compel|limit|restrict|prevent)\b/i;
// "shall be entitled to", "shall have the right to": a permission spelt with "shall".
const PERMISSION_AFTER =
  /^\s+(?:be\s+(?:entitled|permitted|allowed|authori[sz]ed|free|at\s+liberty)\s+to|have\s+the\s+right\s+to|be\s+entitled)\b/i;
// "shall have no obligation to": a negated duty spelt without "not".
const NO_DUTY_AFTER = /^\s+have\s+no\s+(?:obligation|duty|liability|responsibility)\b/i;

// A clause opened by one of these negates its modal: "No Party shall", "Nothing in ... shall".
const NEGATING_OPENER =
  /^(?:no\b(?!\s+(?:later|less|more|fewer|longer|sooner|earlier)\s+than)(?!\.)|neither\b|nothing\b|none\b|nor\b|in\s+no\s+(?:event|circumstances?|case)\b|under\s+no\s+circumstances?\b|at\s+no\s+time\b|on\s+no\s+account\b)/i;
// The modal precedes its subject after these: "In no event shall the Supplier".
const INVERTING_TAIL =
  /\b(?:in\s+no\s+(?:event|circumstances?|case)|under\s+no\s+circumstances?|at\s+no\s+time|on\s+no\s+account|nor|neither)\s*,?\s*$/i;

// A clause opened by one of these is subordinate: "if the Authority may ...".
const SUBORDINATOR =
  /^(?:if|where|wherever|when|whenever|unless|until|once|while|whilst|whether|although|though|because|since|after|before|in\s+the\s+event|to\s+the\s+extent|insofar|in\s+so\s+far|so\s+long\s+as|as\s+long\s+as|provided|except|save|as|than|so\s+that|in\s+order\s+that|such\s+that|which|who|whom|whose|what|how)\b/i;
// "data which may be collected", "as the Authority may direct".
const RELATIVE_TAIL = /\b(?:which|who|whom|whose|as|than)\s+(?:[^\s,;]+\s+){0,5}$/i;
// "that" after a verb of agreeing introduces the real obligation; after a noun it is relative.
const THAT_TAIL = /\b([\p{L}’']+)\s+that\s+(?:[^\s,;]+\s+){0,5}$/iu;
const COMPLEMENT_VERBS =
  /^(?:agrees?|acknowledges?|warrants?|represents?|confirms?|undertakes?|covenants?|ensures?|procures?|provided|so|such|understands?|certif(?:y|ies)|accepts?|recogni[sz]es?|declares?|notes?|states?|requires?|stipulates?|means|is|are|hereby)$/i;

const LIST_MARKER = /^\s*(?:\d+(?:\.\d+)+\.?|\(?(?:\d+|[a-z]|[ivx]+)[.)])\s*/i;

// Many rules read the same sentence's modality: compute it once per sentence object. Only
// analysis sentences (those with a block) are cached; they are never mutated.
const MODALITY_CACHE = new WeakMap<SentenceLike, Modality>();

/** The modality of a sentence's main clause (the first modal that is not in a subordinate clause). */
export function modalityOf(sentence: SentenceLike): Modality {
  if (sentence.block === undefined) return readModality(sentence);
  let modality = MODALITY_CACHE.get(sentence);
  if (!modality) {
    modality = readModality(sentence);
    MODALITY_CACHE.set(sentence, modality);
  }
  return modality;
}

function readModality(sentence: SentenceLike): Modality {
  const { text } = sentence;
  // An exec loop, not matchAll: matchAll would clone this large regex for every sentence.
  MODAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MODAL.exec(text)) !== null) {
    // The clause text before the modal, read by all three steps below.
    const prefix = clausePrefix(text, match.index);
    const candidate = classify(text, match.index, match[0], prefix);
    if (!candidate || isSubordinate(prefix)) continue;
    const modality: Modality = {
      kind: candidate.kind,
      modal: text.slice(candidate.from, candidate.to),
      start: offsetAt(sentence, candidate.from),
      end: offsetAt(sentence, candidate.to - 1) + 1,
      negatedDuty: candidate.negatedDuty,
    };
    const subject = candidate.inverted ? subjectAfter(text, candidate.to) : subjectBefore(prefix);
    if (subject) modality.subject = subject;
    return modality;
  }
  return { kind: 'none', negatedDuty: false };
}

// The tests `classify` makes, compiled once (a regex literal in a function is a new object per call).
const PHRASE = {
  atIts: /^at its/,
  reservesTheRight: /^reserves? the right/,
  hasNoRight: /^(?:has|have) no right/,
  hasNo: /^(?:has|have) no/,
  hasThe: /^(?:has|have) the/,
  right: /right/,
  agreesNot: /^(?:agrees?|undertakes?|covenants?) not/,
  agrees: /^(?:agrees?|undertakes?|covenants?)/,
  isOrAre: /^(?:is|are) /,
  not: / not /,
  prohibited: /prohibited|forbidden/,
  permitted: /entitled|permitted|allowed|authori[sz]ed|free/,
  liable: /liable/,
  upperMay: /^MAY/,
  digitBefore: /\d\s*$/,
  digitAfter: /^\s*\d/,
  nounBefore: /\b(?:the|a|at|its|free|good|his|her|their|own)\s+$/i,
  wordAfter: /^\s+[\p{L}]/u,
  negatedVerb: / (?:not|never)$/,
  contracted: /^(?:cannot|can.t|won.t|shan.t|mustn.t)$/,
};
// Used with `replace` only (which resets `lastIndex`), so sharing the global regexes is safe.
const BRACKETED = /\([^()]*\)/g;
const QUOTE_EDGES = /^[("“'‘]+|[)"”'’]+$/g;
// QUOTE_EDGES can only match when the text opens or ends with one of these.
const QUOTE_OPENERS = '("“\'‘';
const QUOTE_CLOSERS = ')"”\'’';

// First words of the modal verbs MODAL finds (lower case, single-spaced: "shall not" is "shall").
const MODAL_VERBS = new Set(['shall', 'must', 'will', 'may', 'can', 'cannot', "can't", 'can’t', "won't", 'won’t', "shan't", 'shan’t', "mustn't", 'mustn’t']);

function candidateAt(kind: ModalKind, negatedDuty: boolean, from: number, to: number, inverted: boolean): Candidate {
  return { kind, negatedDuty, from, to, inverted };
}

/** Reads the modal phrase `written` at `from`; `prefix` is `clausePrefix(text, from)`. */
function classify(text: string, from: number, written: string, prefix: string): Candidate | undefined {
  const lower = singleSpaced(written.toLowerCase());
  const to = from + written.length;
  const before = text.slice(Math.max(0, from - 12), from);
  const rest = text.slice(to, to + 90);
  const result = (kind: ModalKind, negatedDuty = false, end = to, inverted = false): Candidate =>
    candidateAt(kind, negatedDuty, from, end, inverted);

  // The multi-word phrases open with "at", "reserve", "has"/"have", "agree", "undertake",
  // "covenant", "is" or "are", never with a modal verb: one set lookup spares their tests for the
  // common "shall", "may", "will".
  const verb = firstWord(lower);
  if (!MODAL_VERBS.has(verb)) {
    if (PHRASE.atIts.test(lower)) return result('permission');
    if (PHRASE.reservesTheRight.test(lower)) return result('permission');
    if (PHRASE.hasNoRight.test(lower)) return result('prohibition');
    if (PHRASE.hasNo.test(lower)) return result('none', true);
    if (PHRASE.hasThe.test(lower)) return PHRASE.right.test(lower) ? result('permission') : result('obligation');
    if (PHRASE.agreesNot.test(lower)) return result('prohibition');
    if (PHRASE.agrees.test(lower)) return result('obligation');
    if (PHRASE.isOrAre.test(lower)) {
      const negated = PHRASE.not.test(lower);
      if (PHRASE.prohibited.test(lower)) return result(negated ? 'permission' : 'prohibition');
      if (PHRASE.permitted.test(lower)) return result(negated ? 'prohibition' : 'permission');
      if (PHRASE.liable.test(lower)) return negated ? result('none', true) : undefined;
      return negated ? result('none', true) : result('obligation');
    }
  }

  // A modal verb. Rule out the month "May 2024", "at will", "a can".
  if (written.startsWith('May') && !PHRASE.upperMay.test(written) && (PHRASE.digitBefore.test(before) || PHRASE.digitAfter.test(rest))) return undefined;
  if ((verb === 'will' || verb === 'can') && PHRASE.nounBefore.test(before)) return undefined;
  if (verb === 'will' && !PHRASE.wordAfter.test(rest)) return undefined;
  const negated = PHRASE.negatedVerb.test(lower) || PHRASE.contracted.test(lower);
  const opener = prefix.replace(LIST_MARKER, '').trimStart();
  const lastSegment = afterLast(prefix, ',').trimStart();
  const negatedByOpener = NEGATING_OPENER.test(opener) || NEGATING_OPENER.test(lastSegment);
  const inverted = INVERTING_TAIL.test(prefix);

  const duty = DUTY_AFTER.exec(rest);
  const permission = PERMISSION_AFTER.exec(rest);
  if (negated || negatedByOpener) {
    if (duty) return result('none', true, to + duty[0].length, inverted);
    if (permission) return result('prohibition', false, to + permission[0].length, inverted);
    return result('prohibition', false, to, inverted);
  }
  const noDuty = NO_DUTY_AFTER.exec(rest);
  if (noDuty) return result('none', true, to + noDuty[0].length, inverted);
  if (permission) return result('permission', false, to + permission[0].length, inverted);
  return result(verb === 'may' || verb === 'can' ? 'permission' : 'obligation', false, to, inverted);
}

const SEMICOLON = 0x3b;
const COLON = 0x3a;

/**
 * Text of the clause before `index`: from the last ";" or ":" (or the sentence start), at most
 * 400 characters back so that a run-on "sentence" of a whole page stays linear.
 */
function clausePrefix(text: string, index: number): string {
  const limit = Math.max(0, index - 400);
  let start = index;
  while (start > limit) {
    // Char codes, not one-character strings.
    const code = text.charCodeAt(start - 1);
    if (code === SEMICOLON || code === COLON) break;
    start--;
  }
  return text.slice(start, index);
}

/** Text after the last `separator` (all of `text` without one), as `text.split(separator).pop()`. */
function afterLast(text: string, separator: string): string {
  return text.slice(text.lastIndexOf(separator) + 1);
}

/** Text before the first space (all of `text` without one), as `text.split(' ')[0]`. */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** Whether the modal after `prefix` (its clause's text before it) sits in a subordinate clause. */
function isSubordinate(prefix: string): boolean {
  const unbracketed = prefix.replace(BRACKETED, ' ');
  const lastPiece = unbracketed.slice(Math.max(unbracketed.lastIndexOf(','), unbracketed.lastIndexOf('(')) + 1);
  const segment = lastPiece.replace(LIST_MARKER, '').trimStart();
  if (SUBORDINATOR.test(segment)) return true;
  // "data which the Supplier may collect" is relative; "Data which is collected shall" has
  // closed its relative clause with its own verb before the modal.
  const relative = RELATIVE_TAIL.exec(segment);
  if (relative && !HAS_VERB.test(relative[0])) return true;
  // Cheap gate first: most segments hold no "that".
  const that = HAS_THAT.test(segment) ? THAT_TAIL.exec(segment) : null;
  return that !== null && !COMPLEMENT_VERBS.test(that[1]!) && !HAS_VERB.test(that[0].slice(that[1]!.length));
}

// No letter outside ASCII folds to "t", "h" or "a", so this is a safe gate for the `iu` regexes.
const HAS_THAT = /that/i;

const HAS_VERB = /\b(?:is|are|was|were|be|been|has|have|had|does|do|did|[\p{L}]{3,}ed)\b/iu;

// Comma segments that are adverbials, not subjects: "if so requested", "without delay".
const NOT_A_SUBJECT =
  /^(?:without|notwithstanding|subject\s+to|in\s+accordance|pursuant|upon|on|at|for|within|after|before|following|during|in|by|to|from|with|save|except|unless|acting|where|if|when|as|having|promptly|thereafter|accordingly|however|moreover|furthermore|further|also|where\s+applicable|and|or)\b/i;
const LEADING_WORDS = /^(?:(?:and|but|or|then|thereafter|accordingly|further|furthermore|moreover|however|so)\s+)+/i;
const TRAILING_WORDS =
  /(?:\s+(?:hereby|also|further|promptly|immediately|only|therefore|thereupon|then|each|both|itself|themselves|at\s+all\s+times|in\s+any\s+event|jointly\s+and\s+severally|[\p{L}]+ly))+$/iu;
// Every match of TRAILING_WORDS ends the text with one of these words (same flags): tested on
// the text's last characters only, it spares the unanchored TRAILING_WORDS scan of most subjects.
const TRAILING_WORD_END = /(?:ly|hereby|also|further|therefore|thereupon|then|each|both|itself|themselves|times|event)$/iu;
// Longer than any word of TRAILING_WORD_END ("themselves").
const TRAILING_WORD_TAIL = 12;
const TAIL_NOUN_PHRASE =
  /(?:\b(?:the|each|either|neither|no|any|every|all|such|this|its|their)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’.&-]*\s+){0,4}[\p{Lu}][\p{L}\p{N}'’.&-]*$/u;

const LAST_COMPLEMENT_THAT = /^.*\b([\p{L}’']+)\s+that\s+(?=\S)/isu;

function cleanSubject(segment: string): string | undefined {
  // "The parties agree that the Supplier": the subject follows the last complement "that".
  const that = HAS_THAT.test(segment) ? LAST_COMPLEMENT_THAT.exec(segment) : null;
  if (that && COMPLEMENT_VERBS.test(that[1]!)) segment = segment.slice(that[0].length);
  let subject = segment.replace(LIST_MARKER, '').trim().replace(LEADING_WORDS, '');
  if (TRAILING_WORD_END.test(subject.slice(-TRAILING_WORD_TAIL))) subject = subject.replace(TRAILING_WORDS, '');
  subject = subject.trim();
  subject = singleSpaced(subject);
  if (QUOTE_OPENERS.includes(subject[0] ?? ' ') || QUOTE_CLOSERS.includes(subject[subject.length - 1] ?? ' ')) subject = subject.replace(QUOTE_EDGES, '');
  if (!subject) return undefined;
  if (countOf(subject, ' ') <= 5) return subject; // at most six words
  return TAIL_NOUN_PHRASE.exec(subject)?.[0];
}

const CLAUSE_SUBJECT =
  /^\s*((?:(?:the|this|each|either|neither|any|such|all|no)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’-]*)(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}\p{N}'’-]*){0,5})/u;

function countOf(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) count++;
  return count;
}

const ENDS_WITH_CONJUNCTION = /\b(?:and|or|but)\s*$/i;
const ENDS_WITH_COMMA_CONJUNCTION = /,\s*(?:and|or|but)\s*$/i;

/** The subject of a modal from its clause's text before it (`clausePrefix`). */
function subjectBefore(clauseBefore: string): string | undefined {
  const prefix = clauseBefore.replace(BRACKETED, ' ');
  // "X is entered into by ... and shall be effective": the modal shares the clause's subject.
  if (ENDS_WITH_CONJUNCTION.test(prefix) && !ENDS_WITH_COMMA_CONJUNCTION.test(prefix)) {
    const leading = CLAUSE_SUBJECT.exec(prefix.replace(LIST_MARKER, ''));
    if (leading) return leading[1]!.trim();
  }
  // The comma segments from the last one back, as `prefix.split(',')` read backwards.
  for (let end = prefix.length; end >= 0; ) {
    const comma = end > 0 ? prefix.lastIndexOf(',', end - 1) : -1;
    const segment = prefix.slice(comma + 1, end).replace(LIST_MARKER, '').trim();
    end = comma;
    if (!segment) continue;
    if (NOT_A_SUBJECT.test(segment) && !NEGATING_OPENER.test(segment)) continue;
    return cleanSubject(segment);
  }
  return undefined;
}

const SUBJECT_AFTER = /^\s+((?:(?:the|each|either|any|its|such)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’-]*\s*){1,4}|it|they)/u;

function subjectAfter(text: string, index: number): string | undefined {
  const match = SUBJECT_AFTER.exec(text.slice(index, index + 80));
  return match?.[1]?.trim();
}

/** Maps an index in the sentence text to a document offset (through the block when known). */
function offsetAt(sentence: SentenceLike, index: number): number {
  const { block, blockIndex } = sentence;
  return block && blockIndex !== undefined ? block.toOffset(blockIndex + index) : sentence.start + index;
}

// ---------------------------------------------------------------------------------------------
// Scope cues

// One pass over the sentence finds every cue; each alternative is a named group.
const CUE =
  /\b(?:(?<negation>not|cannot|(?:don|doesn|didn|isn|aren|wasn|weren|won|wouldn|shan|shouldn|can|couldn|mustn|hasn|haven|hadn)[’']t|no|neither|nor|nothing|none|without|never)|(?<exception>except(?:ing)?|unless|save(?=\s+(?:as|that|for|where|to\s+the\s+extent|insofar|in\s+so\s+far|in|if|with|only)\b)|other\s+than|excluding|with\s+the\s+exception\s+of|apart\s+from)|(?<override>notwithstanding)|(?<proviso>provided(?:\s*,?\s*(?:however|always|further|also)\s*,?)?\s+that|provided\s*,\s*however)|(?<subjectTo>subject\s+to))\b/gi;
// Negation words that are not negations here: quantities, open lists, "No. 5".
const NOT_NEGATION_AFTER = /^(?:\s+(?:later|less|more|fewer|longer|sooner|earlier)\s+than|\s+exceeding|\s+limitation|\.\s*\d)/i;
const NOT_NEGATION_BEFORE = /\b(?:but|or)\s+$/i;
// "shall not", "is not": the auxiliary belongs to the cue.
const AUXILIARY = /\b(?:shall|must|will|may|can|could|should|would|do|does|did|is|are|was|were|be|been|has|have|had)\s+$/i;

/**
 * Negation, exception, override, proviso and subject-to cues, each with the span it governs:
 * from the cue to the end of its clause (the next ";" at the same bracket depth, the closing
 * bracket of an enclosing parenthetical, or the sentence end; a cue followed by a colon governs
 * the whole enumeration after it). A non-negation cue that opens
 * its clause ("Except as required by law, the Supplier shall ...") governs only up to the
 * first comma. Sorted by start.
 */
export function scopeCues(sentence: SentenceLike): ScopeCue[] {
  const { text } = sentence;
  const cues: ScopeCue[] = [];
  let ends: ClauseEnds | undefined;
  // An exec loop, not matchAll: matchAll would clone the regex for every sentence.
  CUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CUE.exec(text)) !== null) {
    const groups = match.groups!;
    const kind: ScopeCueKind = groups.negation
      ? 'negation'
      : groups.exception
        ? 'exception'
        : groups.override
          ? 'override'
          : groups.proviso
            ? 'proviso'
            : 'subject-to';
    let from = match.index;
    const to = from + match[0].length;
    if (kind === 'negation') {
      const word = match[0].toLowerCase();
      const after = text.slice(to, to + 24);
      const before = text.slice(Math.max(0, from - 12), from);
      if (NOT_NEGATION_AFTER.test(after) && (word === 'not' || word === 'no' || word === 'without')) continue;
      if (word === 'not' && NOT_NEGATION_BEFORE.test(before)) continue;
      if (word === 'not') from -= AUXILIARY.exec(before)?.[0].length ?? 0;
    }
    ends ??= clauseEnds(text);
    const scopeTo = scopeEnd(text, ends, to, kind !== 'negation' && kind !== 'proviso' && opensClause(text, from));
    cues.push({
      kind,
      cue: text.slice(from, to),
      start: offsetAt(sentence, from),
      end: offsetAt(sentence, to - 1) + 1,
      scopeStart: offsetAt(sentence, from),
      scopeEnd: offsetAt(sentence, Math.max(scopeTo, to) - 1) + 1,
    });
  }
  return cues.sort((a, b) => a.start - b.start || a.end - b.end);
}

function opensClause(text: string, index: number): boolean {
  const prefix = clausePrefix(text, index).replace(LIST_MARKER, '');
  return /^[\s("“]*(?:(?:and|but|or)\s+)?$/i.test(prefix);
}

/**
 * For every index, where the clause running through it ends: the next ";" or "," at the same
 * bracket depth, and the ")" that closes the enclosing bracket. One backward pass, so a
 * sentence with many cues stays linear.
 */
interface ClauseEnds {
  semicolon: Int32Array;
  comma: Int32Array;
  close: Int32Array;
}

function clauseEnds(text: string): ClauseEnds {
  const n = text.length;
  const depths = new Int32Array(n + 1);
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < n; i++) {
    depths[i] = depth;
    if (text[i] === '(') deepest = Math.max(deepest, ++depth);
    else if (text[i] === ')' && depth > 0) depth--;
  }
  depths[n] = depth;
  const maxDepth = deepest + 2;
  const semicolonAt = new Int32Array(maxDepth).fill(n);
  const commaAt = new Int32Array(maxDepth).fill(n);
  const closeAt = new Int32Array(maxDepth).fill(n);
  const ends: ClauseEnds = { semicolon: new Int32Array(n + 1), comma: new Int32Array(n + 1), close: new Int32Array(n + 1) };
  for (let i = n; i >= 0; i--) {
    const d = depths[i]!;
    if (i < n) {
      const ch = text[i];
      if (ch === ';') semicolonAt[d] = i;
      else if (ch === ',') commaAt[d] = i;
      else if (ch === ')' && d > 0) closeAt[d] = i;
      else if (ch === '(') {
        // Entering a bracket from its left: its inner stops are not ours, reset that level.
        semicolonAt[d + 1] = n;
        commaAt[d + 1] = n;
        closeAt[d + 1] = n;
      }
    }
    ends.semicolon[i] = semicolonAt[d]!;
    ends.comma[i] = commaAt[d]!;
    ends.close[i] = d > 0 ? closeAt[d]! : n;
  }
  return ends;
}

/** End index (exclusive, trimmed) of the clause a cue at [from, to) governs. */
function scopeEnd(text: string, ends: ClauseEnds, to: number, stopAtComma: boolean): number {
  // "except: (1) as Customer directs; (2) ...; or (3) ...": a cue opening a list governs all of it.
  const opensList = /^\s*:/.test(text.slice(to, to + 4));
  let end = ends.close[to]!;
  if (!opensList) end = Math.min(end, ends.semicolon[to]!);
  if (stopAtComma) end = Math.min(end, ends.comma[to]!);
  while (end > to && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return end;
}
