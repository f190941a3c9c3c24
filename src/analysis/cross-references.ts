import type { SectionNode } from '../tree/types.js';
import { blockSpan } from './inline.js';
import type { CrossReference, CrossReferences, Outline, ReferenceKind, TextBlock } from './types.js';

/**
 * References to parts of this document: "clause 4.2(a)", "clauses 4 and 5", "Schedule 3",
 * "Annex I.B", "paragraph 2 of Schedule 1" (a reference to the schedule), "Part 2", "§ 7".
 * References to other instruments ("Article 28 of the GDPR", "Art. 28(3) GDPR",
 * "45 C.F.R. Part 164", "Section 1902(a) of the Social Security Act") are left out. A section's
 * own heading is not a reference to it.
 */
export function buildCrossReferences(blocks: TextBlock[], outline: Outline): CrossReferences {
  const index = new SectionIndex(outline.sections);
  const resolve = (kind: ReferenceKind, number: string): SectionNode | undefined => index.resolve(kind, number);
  const list: CrossReference[] = [];
  for (const block of blocks) {
    for (const found of referencesIn(block.text)) {
      const target = resolve(found.kind, found.number);
      // "Schedule 3 – Data" heading its own schedule (or a short title line the parser left as text).
      if (target && block.sections.includes(target) && (block.isHeading || isTitleLine(block.text, found.from))) continue;
      const [start, end] = blockSpan(block, found.from, found.to);
      list.push({ kind: found.kind, label: found.label, number: found.number, start, end, target, block });
    }
  }
  return { list, resolve };
}

function isTitleLine(text: string, from: number): boolean {
  return text.slice(0, from).trim() === '' && text.trim().split(/\s+/).length <= 8 && !/[.;:]$/.test(text.trim());
}

const KIND_WORDS: Array<[RegExp, ReferenceKind]> = [
  [/^(?:clauses?|cl\.|cls\.)$/i, 'clause'],
  [/^(?:sections?|secs?\.|§§?)$/i, 'section'],
  [/^(?:articles?|arts?\.)$/i, 'article'],
  [/^(?:schedules?|sch\.|schs\.)$/i, 'schedule'],
  [/^annex(?:es)?$/i, 'annex'],
  [/^(?:appendix|appendices)$/i, 'appendix'],
  [/^exhibits?$/i, 'exhibit'],
  [/^attachments?$/i, 'annex'],
  [/^parts?$/i, 'part'],
  [/^(?:paragraphs?|paras?\.)$/i, 'paragraph'],
];

/** Makes the letters of a regex source case-insensitive, leaving escapes alone ("\s" stays). */
function ci(source: string): string {
  return source.replace(/\\.|[a-z]/gi, (ch) => (ch.length === 1 ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch));
}

const KIND = ci(String.raw`clauses?|cl\.|cls\.|sections?|secs?\.|articles?|arts?\.|schedules?|sch\.|schs\.|annex(?:es)?|appendix|appendices|exhibits?|attachments?|parts?|paragraphs?|paras?\.`) + '|§§?';
// 4, 4.2, 4.2(a), 14(e)(ii), A, I.B, IV, 3A. Letters are case-sensitive: "Schedule a meeting" is no reference.
const NUMBER = String.raw`(?:\d+(?:\.\d+)*[A-Za-z]?(?:\s?\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\))*|[IVXLC]+(?:\.[A-Z0-9]+)*(?![\p{L}\p{N}])|[A-Z](?:\.\d+)*(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\))*(?![\p{L}\p{N}]))`;
const JOINER = String.raw`\s*(?:,\s*(?:${ci('and')}\s+|${ci('or')}\s+)?|${ci('and/or')}\s+|${ci('and')}\s+|${ci('or')}\s+|${ci('to')}\s+|${ci('through')}\s+|[-–]\s*)`;
const CONTAINER = String.raw`\s+(?:${ci('of')}|${ci('to')}|${ci('in')})\s+(?:${ci('this')}\s+|${ci('the')}\s+)?(${ci('schedule|annex|appendix|exhibit|attachment|part')})\s+(${NUMBER})`;
// Sticky: tried only at the candidate positions KIND_START finds (see `referenceMatches`).
const REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${KIND})\s*(${NUMBER}(?:${JOINER}${NUMBER})*)(?:${CONTAINER})?`, 'uy');
// Where REFERENCE may match: a whole KIND word, as in REFERENCE (ASCII letters spelt in both
// cases, no `i` flag), then a character a NUMBER can start with (digit or capital, also case
// sensitive). REFERENCE itself checks what precedes the word. Without `u` and without a
// lookbehind it scans fast, and it skips the many "party", "secure", "clear" that only share a
// kind word's first letters.
const KIND_START = new RegExp(String.raw`(?:${KIND})\s*[0-9A-Z]`, 'g');
const NUMBER_ANYWHERE = new RegExp(NUMBER, 'gu');
const KIND_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])(?:${KIND})`, 'gu');
const TITLE_REFERENCE = new RegExp(String.raw`^\s*(${KIND})\s*(${NUMBER})`, 'u');
// More references chained on: "Article 46(1) and Article 46(2)(c) of Regulation (EU) 2016/679".
const CHAINED = new RegExp(String.raw`^(?:\s*(?:,|${ci('and')}|${ci('or')})\s+(?:${KIND})\s*${NUMBER}(?:${JOINER}${NUMBER})*)+`, 'u');

// Words that name this document after "of"/"to"/"under": "clause 5 of this Agreement".
const LOCAL_DOCUMENT =
  /^(?:this|these|the\s+(?:agreement|contract|dpa|clauses|terms|amendment|addendum|deed|mou|memorandum|order|framework|call-off|specification)\b|(?:schedule|annex|appendix|exhibit|attachment|part)\b)/i;
const INSTRUMENT = String.raw`(?:UK\s+GDPR|EU\s+GDPR|GDPR|CCPA|CPRA|HIPAA|FERPA|TFEU|TEU|ECHR|FOIA|FOISA|PIPEDA|LGPD|EUDPR|DPA\s+\d{4}|AI\s+Act|SCCs?|UNGPs?|U\.S\.C\.|C\.F\.R\.|CFR|USC|ILCS)`;
// "Article 28 of the GDPR", "section 3 of the Act", "Article 46(1) of Regulation (EU)", "Art. 28(3) GDPR".
const EXTERNAL_AFTER = new RegExp(
  String.raw`^\s*(?:(?:of|to|under|in)\s+(?:the\s+)?(?:[\p{Lu}]|\d{4})|(?:${INSTRUMENT}|Regulation|Directive|Decision)(?![\p{L}]))`,
  'iu',
);
const EXTERNAL_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])${INSTRUMENT}|\bTitle\s+[IVXLC\d]+,|\b(?:Code|Act|Regulations?|Directive|Statutes?|Constitution|Rules|its))\s*$`,
  'u',
);

const LOWER_CASE_LETTER = /[\p{Ll}]/u;
const ACRONYM_BEFORE = /(?<![\p{L}])[\p{Lu}]{2,6}\s+$/u;

interface Found {
  kind: ReferenceKind;
  label: string;
  number: string;
  from: number;
  to: number;
}

function kindOf(word: string): ReferenceKind {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(word)) return kind;
  return 'clause';
}

/** References in one block of text, as indices into it. */
export function referencesIn(text: string): Found[] {
  const found: Found[] = [];
  KIND_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = nextReference(text)) !== null) {
    const whole = match[0];
    const kindWord = match[1];
    const numbers = match[2];
    const containerWord = match[3];
    const containerNumber = match[4];
    const from = match.index;
    const to = from + whole.length;
    const kind = kindOf(kindWord!);
    if (containerWord) {
      const container = kindOf(containerWord);
      if (CLAUSE_LIKE.has(kind) || kind === 'part') {
        // "paragraph 2 of Schedule 1" points at the schedule.
        found.push({ kind: container, label: whole.replace(/\s+/g, ' '), number: cleanNumber(containerNumber!), from, to });
        continue;
      }
      // "Annex III to Attachment 1": both the annex and its container.
      const containerFrom = from + whole.lastIndexOf(containerWord);
      found.push({ kind: container, label: `${containerWord} ${cleanNumber(containerNumber!)}`, number: cleanNumber(containerNumber!), from: containerFrom, to });
    } else {
      // Skip a chain of the same kind: "Article 46(1) and Article 46(2)(c) of Regulation (EU) ...".
      const lookahead = text.slice(to, to + 160);
      const chain = CHAINED.exec(lookahead)?.[0] ?? '';
      const sameKind = everyKindWordIs(chain, kind);
      const after = sameKind ? lookahead.slice(chain.length) : lookahead;
      if (isExternal(after, text.slice(Math.max(0, from - 16), from))) continue;
      // "FISA Section 702": an acronym before a Title Case reference names another instrument.
      if (LOWER_CASE_LETTER.test(kindWord!) && ACRONYM_BEFORE.test(text.slice(Math.max(0, from - 8), from))) continue;
    }
    const singular = singularWord(kindWord!);
    const numbersStart = from + whole.indexOf(numbers!, kindWord!.length);
    const items = allMatches(NUMBER_ANYWHERE, numbers!);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const number = cleanNumber(item[0]);
      const itemFrom = numbersStart + item.index;
      const itemTo = itemFrom + item[0].length;
      // "clauses 4 to 6": the numbers in between count too, at the range's span.
      const joiner = i > 0 ? numbers!.slice(items[i - 1]!.index + items[i - 1]![0].length, item.index) : '';
      if (/to|through|[-–]/.test(joiner)) {
        const low = Number(items[i - 1]![0]);
        const high = Number(item[0]);
        if (Number.isInteger(low) && Number.isInteger(high) && high - low > 1 && high - low <= 50) {
          for (let n = low + 1; n < high; n++) {
            found.push({ kind, label: `${singular} ${n}`, number: String(n), from: numbersStart + items[i - 1]!.index, to: itemTo });
          }
        }
      }
      found.push({ kind, label: `${singular} ${number}`, number, from: i === 0 ? from : itemFrom, to: itemTo });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Whether every kind word in `text` names `kind`. */
function everyKindWordIs(text: string, kind: ReferenceKind): boolean {
  KIND_ANYWHERE.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = KIND_ANYWHERE.exec(text)) !== null) if (kindOf(word[0]) !== kind) return false;
  return true;
}

/** `[...text.matchAll(pattern)]` for a global `pattern` that never matches empty, without cloning it. */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) matches.push(match);
  return matches;
}

/**
 * The next match of REFERENCE in `text` from `KIND_START.lastIndex` on (set it to 0 to start), as
 * a global REFERENCE would find it, found faster: the big unicode regex is tried only where a
 * kind word may start, not at every character. Leaves `KIND_START.lastIndex` after the match.
 */
function nextReference(text: string): RegExpExecArray | null {
  let candidate: RegExpExecArray | null;
  while ((candidate = KIND_START.exec(text)) !== null) {
    REFERENCE.lastIndex = candidate.index;
    const match = REFERENCE.exec(text);
    if (match) {
      // Matches do not overlap: the scan resumes after this one.
      KIND_START.lastIndex = REFERENCE.lastIndex;
      return match;
    }
    KIND_START.lastIndex = candidate.index + 1;
  }
  return null;
}

function isExternal(after: string, before: string): boolean {
  if (EXTERNAL_BEFORE.test(before)) return true;
  if (!EXTERNAL_AFTER.test(after)) return false;
  const object = after.replace(/^\s*(?:of|to|under|in)\s+/i, '');
  return !LOCAL_DOCUMENT.test(object);
}

function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('§')) return '§';
  if (lower === 'appendices') return word.slice(0, 1) + 'ppendix';
  if (lower === 'annexes') return word.slice(0, 5);
  if (lower.endsWith('.')) return word;
  return lower.endsWith('s') ? word.slice(0, -1) : word;
}

function cleanNumber(number: string): string {
  const clean = SPACE.test(number) ? number.replace(/\s+/g, '') : number;
  return clean.endsWith('.') ? clean.slice(0, -1) : clean;
}

const CLAUSE_LIKE = new Set<ReferenceKind>(['clause', 'article', 'section', 'paragraph']);
const ATTACHMENT_KINDS = new Set(['schedule', 'annex', 'appendix', 'exhibit', 'part']);

/** Sections keyed by kind family, then by normalized number (nested maps: no key strings to build). */
class SectionIndex {
  private readonly byFamily = new Map<string, Map<string, SectionNode[]>>();

  constructor(sections: SectionNode[]) {
    for (const section of sections) {
      // The (family, number) pairs a section answers to: its kind and number, its label, its heading.
      const number = section.number?.replace(KIND_PREFIX, '');
      if (number) this.add(isAttachmentKind(section.kind) ? section.kind : 'clause', number, section);
      this.addTitle(section.label, section);
      this.addTitle(section.heading, section);
    }
  }

  /** A label or heading that opens with a reference ("Schedule 3 – Data") answers to it. */
  private addTitle(title: string | undefined, section: SectionNode): void {
    if (!title) return;
    const match = TITLE_REFERENCE.exec(title);
    if (match) this.add(familyOf(kindOf(match[1]!)), cleanNumber(match[2]!), section);
  }

  private add(family: string, number: string, section: SectionNode): void {
    let byNumber = this.byFamily.get(family);
    if (!byNumber) this.byFamily.set(family, (byNumber = new Map()));
    const key = normalize(number);
    const list = byNumber.get(key);
    if (list) {
      if (!list.includes(section)) list.push(section);
    } else byNumber.set(key, [section]);
  }

  resolve(kind: ReferenceKind, number: string): SectionNode | undefined {
    const family = familyOf(kind);
    const exact = this.pick(family, number);
    if (exact) return exact;
    // "Annex I" / "Annex 1", "Article VII" / "7".
    const converted = romanToArabic(number) ?? arabicToRoman(number);
    if (converted) {
      const found = this.pick(family, converted);
      if (found) return found;
    }
    // "4.2(a)" as sub-section "(a)" of 4.2, "I.B" as part "B" of Annex I.
    const split = /^(.+?)(?:\.([A-Z0-9]+)|(\([a-z0-9]+\)))$/i.exec(number);
    if (split) {
      const parent = this.resolve(kind, split[1]!);
      const child = split[2] ?? split[3]!;
      if (parent) return childNumbered(parent, child);
    }
    return undefined;
  }

  private pick(family: string, number: string): SectionNode | undefined {
    const candidates = this.byFamily.get(family)?.get(normalize(number));
    if (!candidates) return undefined;
    // Prefer main-body clauses to a schedule's own paragraph numbering.
    return family === 'clause' ? (candidates.find((s) => !isAttachmentKind(s.kind)) ?? candidates[0]) : candidates[0];
  }
}

function familyOf(kind: ReferenceKind): string {
  return CLAUSE_LIKE.has(kind) ? 'clause' : kind;
}

function isAttachmentKind(kind: string): boolean {
  return ATTACHMENT_KINDS.has(kind);
}

const KIND_PREFIX = /^(?:schedule|annex|appendix|exhibit|attachment|part|clause|article|section)\s+/i;


function childNumbered(parent: SectionNode, child: string): SectionNode | undefined {
  const want = normalize(child).replace(/^\(|\)$/g, '');
  const stack = [...parent.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== 'section') continue;
    const number = normalize(node.number ?? '').replace(/^.*\(([a-z0-9]+)\)$/, '$1').replace(/^\(|\)$/g, '');
    const headed = normalize(node.heading ?? '').match(/^\(?([a-z0-9]+)[.)]/)?.[1];
    if (number === want || headed === want) return node;
    stack.push(...node.children);
  }
  return undefined;
}

/** Lower case, no white space, no final "." and no trailing ".0"s: "4.2.0." is "4.2". */
function normalize(number: string): string {
  // Each step only when it applies: most numbers are short and clean already.
  let key = number.toLowerCase();
  if (SPACE.test(key)) key = key.replace(/\s+/g, '');
  if (key.endsWith('.')) key = key.slice(0, -1);
  if (key.endsWith('.0')) key = key.replace(/(?:\.0)+$/, '');
  return key;
}

const SPACE = /\s/;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanToArabic(number: string): string | undefined {
  const lower = number.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN[lower[i]!]!;
    const next = ROMAN[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? String(total) : undefined;
}

function arabicToRoman(number: string): string | undefined {
  let value = Number(number);
  if (!Number.isInteger(value) || value <= 0 || value >= 400) return undefined;
  let out = '';
  for (const [symbol, size] of [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as const) {
    while (value >= size) {
      out += symbol;
      value -= size;
    }
  }
  return out;
}
