/**
 * @file broken-cross-reference
 *
 * Flag a reference to a clause, schedule, annex, appendix or exhibit of this document that
 * does not exist in it ("as set out in Schedule 4" when the schedules stop at 3; "subject to
 * clause 4.8" when clause 4 ends at 4.7). Reported only when the reference is clearly to this
 * document; references to other documents are not broken:
 *
 * - the analysis leaves out references to statutes and named instruments ("Article 28 of the
 *   GDPR"); this rule also skips a reference followed by "of"/"to"/"under" another document
 *   ("clause 5 of the Framework Agreement", "Schedule 2 to the Call-Off Contract"), one qualified
 *   by a document name ("Framework Schedule 7", "Joint Schedule 1", "Call-Off Schedule 2"), and,
 *   in a document that is itself a schedule, annex or amendment, references to clauses (they
 *   point to the core terms);
 * - a kind of reference the document's own numbering does not answer most of the time
 *   ("Clause 7" in a document numbered by "Section", or a document whose numbering the parser
 *   could not rebuild) is left alone, unless it says "of this Agreement", "hereto", "attached";
 * - a clause number far beyond the document's own ("clause 27" in a twelve-clause contract) is
 *   taken for a reference to another document, unless it says so is this one.
 *
 * When a typo is likely the message names the nearest numbers that exist.
 */
import type { CrossReference, ReferenceKind, TextBlock } from '../src/analysis/index.js';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import type { SectionNode } from '../src/tree/types.js';
import { attachmentOf } from './shared/document-scope.js';

const CLAUSE_LIKE = new Set<ReferenceKind>(['clause', 'article', 'section', 'paragraph']);
const ATTACHMENTS = new Set<string>(['schedule', 'annex', 'appendix', 'exhibit', 'part']);

/** Words right after a reference that make it this document's: "of this Agreement", "hereto", "below". */
const LOCAL_AFTER =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:(?:of|to|in|under)\s+(?:this|these)\b|here(?:to|of|in|under|with)\b|below\b|above\b|attached\b|annexed\b|appended\b)/i;
const LOCAL_IN_ATTACHMENT =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:(?:of|to|in|under)\s+(?:this|these)\s+(?:schedules?|annex(?:es)?|appendix|appendices|exhibits?|attachments?|parts?|amendments?|addend(?:um|a))\b|below\b|above\b)/i;
/** Words right before it: "the attached Schedule", "attached as Exhibit A", "this Annex". */
const LOCAL_BEFORE = /\b(?:attached|annexed|appended|enclosed)\s+(?:hereto\s+)?(?:as\s+|in\s+)?$|\b(?:attached|annexed)\s+(?:hereto\s+)?$/i;
/** Another document after it: "of the Framework Agreement", "to the Call-Off Contract", "under the Act". */
const OTHER_AFTER =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:of|to|in|under|within|from)\s+(?:the\s+|that\s+|any\s+|each\s+|an?\s+|its\s+|their\s+)?(?!this\b|these\b)(?:[\p{Lu}\d]|relevant\b|applicable\b|other\b|such\b|said\b)/u;
/** A statute or instrument within reach after it: "section 119 (A) of the Data Protection Act 2018". */
const INSTRUMENT_AFTER = /^[^.;]{0,80}?\b(?:Act|Regulations?|Directive|Code|Law|Statute|Decision|Treaty|Convention|Rules)\b(?:\s+\d{4})?/u;
/** A document name qualifying the reference: "Framework Schedule 7", "Joint Schedule 1", "Call-Off Schedule 2". */
const QUALIFIED = /(?:^|[^.;:]\s)(?!(?:This|These|The|Each|Any|All|In|Under|See|Per|Of|To|And|Or|Its|Their|Our|Such|Said|That|A|An|With|By|From|For|On|At|Its|Relevant|Applicable|Such)\s*$)[\p{Lu}][\p{L}-]*\s+$/u;
const QUALIFIER_WORDS = /\b(?:order\s+form|call[-\s]off|framework|joint|contract)\s+$/i;
/** The word before a reference that starts a sentence is no qualifier. */
const SENTENCE_START = /(?:^|[.;:!?]\s+|\n\s*|^\s*[\d.]+\s+)[\p{Lu}][\p{L}-]*\s+$/u;

/**
 * The words around a reference, read from its block's plain text (no Markdown escapes): the
 * block index is found from the document offset by binary search, `toOffset` being monotonic.
 */
function contextOf(reference: CrossReference): { before: string; after: string } {
  const { block } = reference;
  const locate = (offset: number): number => {
    let low = 0;
    let high = block.text.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (block.toOffset(mid) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const from = locate(reference.start);
  const to = Math.max(from, locate(reference.end - 1) + 1);
  return { before: block.text.slice(Math.max(0, from - 60), from), after: block.text.slice(to, to + 120) };
}

/** More references listed after this one: ", Annex II, and Annex III", " and 9.2". */
const CHAIN =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|to\s+)(?:(?:clauses?|sections?|articles?|schedules?|annex(?:es)?|appendix|appendices|exhibits?|paragraphs?|parts?)\s*)?(?:\d[\w.]*(?:\([\w]{1,4}\))*|[IVXLC]+(?![\p{L}])|[A-Z](?![\p{L}])))+/iu;

/** Three or more broken references of one kind are believed only when at least this share of that kind resolves. */
const RELIABLE_SHARE = 0.5;

export default defineRule({
  meta: {
    id: 'broken-cross-reference',
    type: 'consistency',
    description: 'Disallow references to clauses, schedules, annexes, appendices or exhibits that the document does not contain.',
    rationale:
      'A reference to a clause or schedule that does not exist leaves the obligation that depends on it empty: "only the data listed in Schedule 4" limits nothing when there is no Schedule 4, and "subject to clause 4.8" is a condition nobody can read. Broken references are also the usual trace of clauses renumbered or deleted late in a negotiation.',
    sources: [
      'Good practice (no single source): every internal cross-reference must resolve',
      'UK Office of the Parliamentary Counsel, Drafting Guidance (2020), cross-references',
      'UN B-Tech/GNI (2021), recommendation 1 (a data list "set out in a schedule" must exist to be a list)',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: ['blocks', 'outline', 'crossReferences'],
    messages: {
      broken: 'This refers to {label}, but the document has no {label}{nearest}.',
    },
    docs: `## What it checks

References to parts of this document (clauses, articles, sections, paragraphs, schedules, annexes,
appendices, exhibits, parts) that point to nothing: "as set out in Schedule 4" when the schedules
stop at 3, "subject to clause 4.8" when clause 4 ends at 4.7. When a typo is likely, the message
names the nearest numbers that do exist.

Only references that are clearly to this document are judged. Left alone:

- references to other documents: statutes and named instruments ("Article 28 of the GDPR",
  "section 119 of the Data Protection Act 2018"), a reference followed by "of", "to" or "under"
  another document ("clause 5 of the Framework Agreement", "Schedule 2 to the Call-Off
  Contract"), and a reference qualified by a document name ("Framework Schedule 7", "Joint
  Schedule 1", "Call-Off Schedule 2");
- in a document that is itself a schedule, annex, appendix, exhibit, amendment or addendum,
  references to clauses: they point to the main agreement;
- a kind of reference the document's own numbering does not answer most of the time ("Clause 7"
  in a document numbered by "Section", meaning the Standard Contractual Clauses; a document whose
  clause numbers the parser could not rebuild), unless the reference says "of this Agreement",
  "hereto", "attached" or "below";
- a clause number well past the document's last one ("clause 27" in a twelve-clause contract),
  unless the reference says it is to this document;
- a schedule, annex, appendix or exhibit reference in a document that has none of that kind, unless
  the reference says it is attached or part of this document ("Schedule 1 to this Agreement",
  "the attached Exhibit A"): the attachments are often separate files of the same contract.

## Why it matters

A safeguard that rests on a missing part is empty: a data list "in Schedule 4", a retention period
"in clause 12.3", an audit right "under Annex C". A broken reference is also the usual sign of a
late renumbering that nobody checked.

## Options

None.

## Flagged

- "The Supplier shall process only the data listed in Schedule 4." in a contract with Schedules 1 to 3.
- "Subject to clause 4.8, ..." when clause 4 has sub-clauses 4.1 to 4.7 (the message names 4.7).
- "as described in Exhibit B attached hereto" in a contract without exhibits.

## Accepted

- "clause 5 of the Framework Agreement", "Article 28(3) of the GDPR", "Joint Schedule 11 (Processing Data)".
- In a Call-Off schedule: "in accordance with Clause 15 (Confidentiality)" (a core-terms clause).
- "in Clause 9 of the EU SCCs", and "in Clause 9" in a DPA numbered by "Section" that applies the SCCs.

## How to fix

Correct the number, add the missing part, or name the document the reference points to
("clause 5 of the Framework Agreement").

## References

UK Office of the Parliamentary Counsel, Drafting Guidance (2020); UN B-Tech / GNI (2021) rec. 1.`,
    examples: {
      valid: [
        {
          title: 'References that resolve, and one to another document',
          code: `## 1. Data

1.1 The Supplier shall process only the data listed in Schedule 1, subject to clause 2.

## 2. Law

2.1 The parties shall comply with Article 28 of the GDPR and clause 5 of the Framework Agreement.

## Schedule 1 – Data

1. Bus journey times.
`,
        },
      ],
      invalid: [
        {
          title: 'A schedule that does not exist',
          code: `## 1. Data

1.1 The Supplier shall process only the data listed in Schedule 2.

## 2. Term

2.1 This Agreement ends on 31 December 2026.

## Schedule 1 – Data

1. Bus journey times.
`,
          messageIds: ['broken'],
        },
      ],
    },
  },
  create(context) {
    return { 'document:exit': () => check(context) };
  },
});

interface Numbering {
  /** Normalised numbers ("4", "4.2", "a") of this family, in document order. */
  numbers: string[];
  set: Set<string>;
  /** Top-level numeric maximum, when numeric. */
  maxTop: number | undefined;
}

function check(context: RuleContext): void {
  const { analysis } = context;
  const text = context.text;
  const references = analysis.crossReferences.list;
  // Most references resolve to a section of the outline; everything below is about those that do not.
  if (references.every((reference) => reference.target)) return;
  const isAttachment = attachmentOf(context.document, analysis.blocks) !== undefined;
  const titleLines = titleLinesOf(analysis.blocks);

  const ok = references.map((reference) => resolved(reference, analysis.crossReferences.resolve, titleLines));
  // Unresolved references that may be to this document.
  const unresolved: Array<{ reference: CrossReference; local: boolean }> = [];
  references.forEach((reference, index) => {
    if (ok[index]) return;
    const { local, mayBeHere } = placeOf(reference, isAttachment);
    if (mayBeHere) unresolved.push({ reference, local });
  });
  if (unresolved.length === 0) return;
  const numbering = numberingOf(analysis.outline.sections);

  // How often each reference word resolves here: "Clause" refs in a "Section"-numbered DPA do not.
  // Counted over the references that may be to this document, for the kinds with an unresolved one.
  const stats = new Map<ReferenceKind, { resolved: number; unresolved: number }>();
  for (const { reference } of unresolved) {
    const entry = stats.get(reference.kind) ?? { resolved: 0, unresolved: 0 };
    entry.unresolved++;
    stats.set(reference.kind, entry);
  }
  references.forEach((reference, index) => {
    const entry = stats.get(reference.kind);
    if (entry && ok[index] && placeOf(reference, isAttachment).mayBeHere) entry.resolved++;
  });

  const lineNumbers = new Map<string, string[]>();
  const existingLines = (family: string): string[] => {
    let numbers = lineNumbers.get(family);
    if (!numbers) lineNumbers.set(family, (numbers = linesOf(titleLines, family)));
    return numbers;
  };
  const reported = new Set<string>();
  for (const { reference, local } of unresolved) {
    if (!internal(reference, local, isAttachment, numbering, stats)) continue;
    const family = CLAUSE_LIKE.has(reference.kind) ? 'clause' : reference.kind;
    const key = `${family}:${normalise(reference.number)}:${reference.start}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const label = labelOf(reference);
    const nearest = nearestOf(reference, [...(numbering.get(family)?.numbers ?? []), ...existingLines(family)]);
    context.report({
      range: [reference.start, reference.end],
      messageId: 'broken',
      data: { label, nearest: nearest ? ` (the nearest is ${nearest})` : '' },
      evidence: text.slice(reference.start, reference.end),
      suggestion: `Correct the reference, add the missing ${label}, or name the document it belongs to ("${label} of the Framework Agreement").`,
    });
  }
}

/** The document's own numbers, per family ("clause", "schedule", ...), from its outline. */
function numberingOf(sections: readonly SectionNode[]): Map<string, Numbering> {
  const numbering = new Map<string, Numbering>();
  for (const section of sections) {
    const family = familyOf(section.kind);
    const number = ownNumber(section);
    if (!number) continue;
    let entry = numbering.get(family);
    if (!entry) numbering.set(family, (entry = { numbers: [], set: new Set(), maxTop: undefined }));
    if (entry.set.has(number)) continue;
    entry.set.add(number);
    entry.numbers.push(number);
    const top = Number(number.split('.')[0]);
    if (Number.isInteger(top) && top < 1000) entry.maxTop = Math.max(entry.maxTop ?? 0, top);
  }
  return numbering;
}

/**
 * Whether a reference says it is to this document ("of this Agreement", "attached"), and whether
 * it may be (it says so, or nothing ties it to another document).
 */
function placeOf(reference: CrossReference, isAttachment: boolean): { local: boolean; mayBeHere: boolean } {
  const { before, after } = contextOf(reference);
  // In a schedule or amendment, "this Agreement" is the main agreement: only "this Schedule" is local.
  const local = (isAttachment ? LOCAL_IN_ATTACHMENT : LOCAL_AFTER).test(after) || LOCAL_BEFORE.test(before);
  return { local, mayBeHere: local || !toOtherDocument(before, after) };
}

/** "clause 5 of the Framework Agreement", "section 119 (A) of the Data Protection Act 2018", "Joint Schedule 1". */
function toOtherDocument(before: string, rawAfter: string): boolean {
  // "Annex 1A, Annex 1B, Annex II, and Annex III of the UK Addendum": read past the list.
  const after = rawAfter.replace(CHAIN, '');
  if (OTHER_AFTER.test(after) || /^\s*there(?:to|of|in|under)\b/i.test(after)) return true;
  if (/^\s*(?:\([^)]{0,20}\)\s*)?(?:of|to|in|under)\b/i.test(after) && INSTRUMENT_AFTER.test(after)) return true;
  return QUALIFIER_WORDS.test(before) || (QUALIFIED.test(before) && !SENTENCE_START.test(before));
}

/**
 * The reference resolves; or its container does ("Annex I.B" when "Annex I" is one section;
 * "clause 8.1(b)" when clause 8.1 exists, its lettered paragraphs being a list, not sections);
 * or the document has a title line for it that the parser did not make a section ("ANNEX 1
 * AUTHORISED PROCESSING" at the end of a schedule).
 */
function resolved(
  reference: CrossReference,
  resolve: (kind: ReferenceKind, number: string) => SectionNode | undefined,
  titleLines: Set<string>,
): boolean {
  if (reference.target) return true;
  const number = normalise(reference.number);
  const family = CLAUSE_LIKE.has(reference.kind) ? 'clause' : reference.kind;
  if (titleLines.has(`${family}:${number}`)) return true;
  const paragraph = /^(.+?)\s*\([a-z0-9]{1,4}\)(?:\([a-z0-9]{1,4}\))*$/i.exec(reference.number)?.[1];
  if (paragraph && (resolve(reference.kind, paragraph) !== undefined || titleLines.has(`${family}:${normalise(paragraph)}`))) return true;
  if (!ATTACHMENTS.has(reference.kind)) return false;
  const base = reference.number.split(/[.(]/)[0]!;
  return base !== reference.number && base !== '' && (resolve(reference.kind, base) !== undefined || titleLines.has(`${family}:${normalise(base)}`));
}

/**
 * Labels of title lines ("ANNEX 1 AUTHORISED PROCESSING", "Schedule 2 – Security", "**Annex II**")
 * and of numbered lines ("6.1.2 provide ..."): parts that exist even when the parser did not make
 * them sections.
 */
function titleLinesOf(blocks: readonly TextBlock[]): Set<string> {
  const labels = new Set<string>();
  for (const { text } of blocks) {
    // Most blocks are one line: no array of lines for them.
    if (!text.includes('\n')) addTitleLabels(text, labels);
    else for (const line of text.split('\n')) addTitleLabels(line, labels);
  }
  return labels;
}

/** The labels one line gives: its clause number, or the part its title line names. */
function addTitleLabels(line: string, labels: Set<string>): void {
  // "6.1.2 provide to the Buyer ...": a numbered line the parser left inside a paragraph or list.
  const numbered = NUMBERED_LINE.exec(line);
  if (numbered) labels.add(`clause:${normalise(numbered[1]!)}`);
  const match = TITLE_LINE.exec(line);
  if (!match) return;
  const rest = line.slice(match[0].length).trim();
  const words = line.trim().split(/\s+/).length;
  if (words > 12 && !/^[-–—:(]/.test(rest) && rest !== rest.toUpperCase()) return;
  const kind = match[1]!.toLowerCase().replace(/s$/, '');
  const family = ATTACHMENTS.has(kind) ? kind : kind === 'attachment' ? 'annex' : 'clause';
  const number = normalise(match[2]!.replace(/[.:]$/, ''));
  labels.add(`${family}:${number}`);
  const roman = romanValue(number);
  if (roman) labels.add(`${family}:${roman}`);
}

/** The numbers of one family among the title-line labels. */
function linesOf(labels: Set<string>, family: string): string[] {
  const prefix = `${family}:`;
  return [...labels].filter((label) => label.startsWith(prefix)).map((label) => label.slice(prefix.length));
}

const NUMBERED_LINE = /^[\s#*_>|]*(\d+(?:\.\d+)+\.?|\d+\.(?=\s+[\p{Lu}]))\s+[\p{L}("“]/u;
const TITLE_LINE = /^[\s#*_>|]*(schedule|annex|appendix|exhibit|attachment|part)\s+([\dIVXLC]+[A-Z]?(?:\.\d+)*|[A-Z])(?![\p{L}\d])[.:]?/iu;

function romanValue(number: string): string | undefined {
  if (!/^[ivxlc]+$/.test(number)) return undefined;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < number.length; i++) {
    const value = values[number[i]!]!;
    total += value < (values[number[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return String(total);
}

/** Clearly a reference to a part of this document. */
function internal(
  reference: CrossReference,
  local: boolean,
  isAttachment: boolean,
  numbering: Map<string, Numbering>,
  stats: Map<ReferenceKind, { resolved: number; unresolved: number }>,
): boolean {
  const clauseLike = CLAUSE_LIKE.has(reference.kind);
  const family = clauseLike ? 'clause' : reference.kind;
  const own = numbering.get(family);
  if (clauseLike) {
    // A schedule's or amendment's clause references point to the main agreement.
    if (isAttachment && reference.kind !== 'paragraph' && !local) return false;
    if (!own || own.numbers.length < 2) return false;
    // Most references of this kind point nowhere: a numbering the parser did not read, or another document's.
    const stat = stats.get(reference.kind)!;
    if (stat.unresolved >= 3 && stat.resolved / (stat.resolved + stat.unresolved) < RELIABLE_SHARE) return false;
    if (local) return true;
    const top = Number(normalise(reference.number).split(/[.(]/)[0]);
    if (!Number.isInteger(top)) return own.set.has(normalise(reference.number).split(/[.(]/)[0]!);
    // Well past the last clause: another document's numbering.
    return own.maxTop !== undefined && top <= own.maxTop + 1;
  }
  // Attachments: the document must have some of that kind, or say the missing one is attached.
  if (local) return true;
  if (!own || own.numbers.length === 0) return false;
  // Schedules that exist but never resolve (a numbering the parser did not read) make every reference suspect.
  const stat = stats.get(reference.kind)!;
  if (stat.resolved === 0 && stat.unresolved > 2) return false;
  // "Annex XI" when the annexes stop at III: another instrument's annex.
  const roman = own.numbers.some((number) => /^[ivxlc]{2,}$/.test(number)) || /^[ivxlc]{2,}$/i.test(reference.number);
  const wanted = ordinal(normalise(reference.number).split(/[.(]/)[0]!, roman);
  const last = Math.max(...own.numbers.map((number) => ordinal(number.split(/[.(]/)[0]!, roman) ?? 0));
  return wanted === undefined || wanted <= last + 2;
}

/** "3" → 3, "iii" → 3 (when the numbering is roman), "c" → 3. */
function ordinal(number: string, roman: boolean): number | undefined {
  if (/^\d+$/.test(number)) return Number(number);
  if (/^[a-z]$/.test(number) && !roman) return number.charCodeAt(0) - 96;
  const value = romanValue(number);
  if (value) return Number(value);
  if (/^[a-z]$/.test(number)) return number.charCodeAt(0) - 96;
  return undefined;
}

function familyOf(kind: string): string {
  return ATTACHMENTS.has(kind) ? kind : 'clause';
}

/** A section's number without its kind word: "Schedule 3" → "3", "4.2." → "4.2". */
function ownNumber(section: SectionNode): string | undefined {
  const raw = section.number?.replace(/^(?:schedule|annex|appendix|exhibit|attachment|part|clause|article|section|paragraph)\s+/i, '');
  return raw ? normalise(raw) : undefined;
}

function normalise(number: string): string {
  return number.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '').replace(/(?:\.0)+$/, '');
}

/** "clause 4.8", "Schedule 4", "§ 7": the reference's own word, in the case lawyers write it. */
function labelOf(reference: CrossReference): string {
  const word = reference.label.split(/\s+/)[0] || reference.kind;
  if (word.startsWith('§')) return `§ ${reference.number}`;
  const lower = word.toLowerCase();
  return `${ATTACHMENTS.has(reference.kind) && reference.kind !== 'part' ? capitalise(lower) : lower} ${reference.number}`;
}

const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * The existing numbers closest to a missing one: the nearest siblings ("4.7" for "4.8"), else a
 * number at the same depth that differs in one place by one ("2.1.1" for "2.2.1"), the usual typo.
 */
function nearestOf(reference: CrossReference, existing: readonly string[]): string | undefined {
  if (existing.length === 0) return undefined;
  const wanted = normalise(reference.number).replace(/\(.*$/, '');
  const word = labelOf(reference).split(' ')[0]!;
  const parts = wanted.split('.');
  const values = parts.map(partValue);
  if (values.some((value) => Number.isNaN(value))) return undefined;
  const sameDepth = [...new Set(existing)].filter((number) => number.split('.').length === parts.length);
  const ranked: Array<{ number: string; distance: number; sibling: boolean }> = [];
  for (const number of sameDepth) {
    const pieces = number.split('.').map(partValue);
    if (pieces.some((value) => Number.isNaN(value))) continue;
    const differing = pieces.map((value, i) => Math.abs(value - values[i]!)).filter((delta) => delta > 0);
    if (differing.length !== 1) continue;
    const sibling = pieces.slice(0, -1).every((value, i) => value === values[i]);
    ranked.push({ number, distance: differing[0]!, sibling });
  }
  const siblings = ranked.filter((entry) => entry.sibling && entry.distance <= 2);
  const pool = siblings.length > 0 ? siblings : ranked.filter((entry) => entry.distance === 1);
  if (pool.length === 0) return undefined;
  const best = Math.min(...pool.map((entry) => entry.distance));
  const close = pool
    .filter((entry) => entry.distance === best)
    .slice(0, 2)
    .map((entry) => `${word} ${displayNumber(entry.number, reference)}`);
  return close.join(' or ');
}

function partValue(item: string): number {
  if (/^\d+$/.test(item)) return Number(item);
  if (/^[a-z]$/i.test(item)) return item.toLowerCase().charCodeAt(0) - 96;
  return Number.NaN;
}

/** A normalised number in the case the reference used ("i" → "I" for "Annex I"). */
function displayNumber(number: string, reference: CrossReference): string {
  return /[A-Z]/.test(reference.number) ? number.toUpperCase() : number;
}
