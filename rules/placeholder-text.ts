/**
 * @file placeholder-text
 *
 * Flag unfilled template fields: drafting instructions in brackets ("[insert purposes]",
 * "[describe the data]", "[*parties to specify*]"), blank marks ("[●]", "[•]", "[___]", "[ ]" as a
 * field), field names in brackets ("[Name]", "[Vendor Name]", "[DATA USER]"), "TBD"/"TBC"/"TBA",
 * template variables ("{pilot_period}", "{{customer_name}}"), date masks ("XX/XX/XXXX",
 * "DD/MM/YYYY") and runs of three or more underscores. One finding per placeholder; placeholders
 * separated only by spaces or line breaks ("[describe]______ ______") are one.
 *
 * Not flagged: the blank lines of a signature block (Signature, By, Name, Title, Date, Address,
 * Telephone, Email lines in a cluster of two or more, a signatures section, everything after
 * "IN WITNESS WHEREOF"), checkboxes ("[ ] Option 1", "[x]"), and square brackets that are not a
 * field: optional or alternative drafting ("[the Authority's]", "[or a Key Subcontractor]",
 * "[six (6) months]"), editorial brackets in quotations ("[t]he", "[sic]"), and option labels
 * of model clauses ("[OPTION 1: SPECIFIC PRIOR AUTHORISATION]"). Unresolved optional brackets are
 * a real drafting point, but they cannot be told apart from the brackets legal texts keep on
 * purpose without reading the negotiation; the rule stays with what is certainly unfilled.
 */
import type { TextBlock } from '../src/analysis/index.js';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import type { SectionNode } from '../src/tree/types.js';

/** A drafting instruction in brackets. */
const INSTRUCTION =
  /^\s*[*_]*\s*(?:insert|describe|specify|enter|add|list|identify|complete|state|provide|fill\s+in|select|check|choose|tick|delete|name\s+of|details\s+of|date\s+of|number\s+of|amount\s+of|to\s+be\s+(?:completed|confirmed|agreed|inserted|determined|added)|parties\s+to\s+(?:specify|complete|agree|insert)|drafting\s+note|note\s+to\s+(?:draft|drafter)|placeholder|tbc|tbd|tba)\b/i;

/** A blank mark in brackets: [●], [•], [___], [...], […], [XX]. */
const BLANK = /^\s*(?:[●•◼■▪◆]+|_{2,}|\.{2,}|…|X{2,}|x{2,}|\?+)\s*$/;

/** Words that name a field to fill in: "[Name]", "[Vendor Name]", "[address]", "[Effective Date]". */
const FIELD_WORDS =
  /\b(?:name|names|address|date|title|party|parties|entity|institution|company|organi[sz]ation|number|no|amount|sum|price|fee|fees|jurisdiction|country|state|county|city|email|e-mail|phone|telephone|signatory|signature|owner|pi|contact|representative|position|department|vendor|supplier|customer|client|contractor|recipient|provider|licensee|licensor|buyer|seller|period|term|duration|percentage|currency|reference|ref|url|website|version|year|month|day|days|months|years)\b/i;

/** Bracket contents that are not fields: options, editorial insertions, citations. */
const NOT_A_FIELD =
  /^\s*(?:option|alternative|reserved|not\s+used|intentionally|deleted|sic|emphasis|footnote|comment|[a-z]|\d{4}|\d+(?:\.\d+)*|[ivxlc]+|note)\b|^\s*(?:the|a|an|and|or|its|their|any|if|where|when|which|that|to|of|for|in|on|with|by|not|only)\b/i;

/** Unfilled markers outside brackets. */
const TEXT_MARKERS = /\b(?:TBD|TBC|TBA)\b|\{\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\s*\}\}|\{\s*[\p{L}_][\p{L}\p{N}_.-]{0,40}\s*\}|\b(?:XX|DD|MM)([/.-])(?:XX|MM|DD)\1(?:XX|XXXX|YY|YYYY)\b|_{3,}(?:\s*\/\s*_{2,}\s*\/\s*_{2,})?/gu;

/** Square brackets, one line at most. */
const BRACKET = /\[([^\][]{0,160})\]/g;
/**
 * What every placeholder contains, checked before the patterns above: a bracket, a brace,
 * "TBD"/"TBC"/"TBA", a date-mask "XX"/"DD"/"MM", or three underscores (case-sensitive, as TEXT_MARKERS).
 */
const MAY_HOLD_PLACEHOLDER = /[\[{]|TB[DCA]|XX|DD|MM|___/;

/** Labels of a signature block or a party's signing details. */
const SIGNATURE_LABEL =
  /\b(?:sign(?:ed|ature|atory)?|please\s+sign|by|name|full\s+name|print(?:ed)?\s+name|name\s+and\s+title|title|position|capacity|date|dated|witness(?:ed)?|initials?|address|mailing\s+address|country|telephone|phone|tel|fax|facsimile|e[\p{Pd}\u00AD\s-]*mail|company|organi[sz]ation|authori[sz]ed\s+(?:signatory|signature|representative|officer))\b/iu;
/** A line that starts with a signature label and holds nothing but a blank after it (read one line at a time). */
const SIGNATURE_LINE = new RegExp(String.raw`^[\s*_|]*${SIGNATURE_LABEL.source}\s*[:.]?\s*(?:_{3,}|$|\(|\t)`, 'iu');
/** "Name: ______", "Date: ____" anywhere on a line. */
const LABELLED_BLANKS = new RegExp(String.raw`${SIGNATURE_LABEL.source}\s*[:.]?[ \t]*_{3,}`, 'giu');
/** A label right before a blank on its line, or a caption right after it. */
const LABEL_BEFORE = new RegExp(String.raw`${SIGNATURE_LABEL.source}\s*[:.]?[\s\t]*$`, 'iu');
const CAPTION_AFTER = new RegExp(String.raw`^\s*(?:\n|\()\s*${SIGNATURE_LABEL.source}`, 'iu');
/** Where the signature part of a contract starts. */
const SIGNATURE_START =
  /\bIN\s+WITNESS\s+WHEREOF\b|\bexecuted\s+(?:this\s+agreement\s+)?(?:as\s+of|on\s+the\s+date|by\s+their)\b|\bsigned\s+for\s+and\s+on\s+behalf\s+of\b|\bAGREED\s+AND\s+ACCEPTED\b|\bACCEPTED\s+AND\s+AGREED\b|\bSIGNATURES?\s+(?:PAGE|BLOCK)\b/i;
/** A signatures section heading. */
const SIGNATURE_HEADING = /\b(?:signatures?|execution|signing|in\s+witness)\b/i;

/** Signature labels nearby that make a blank a signature line. */
const CLUSTER_RADIUS = 3;

export default defineRule({
  meta: {
    id: 'placeholder-text',
    type: 'drafting',
    description: 'Disallow unfilled template fields ("[insert ...]", "[●]", "TBD", "{field}", "____") outside signature blocks.',
    rationale:
      'A contract signed with "[insert purposes]" or "for a period of ____ years" in it has no purposes and no period: the parties agreed to a blank. Placeholders left in a data-sharing agreement are also where the safeguards usually were meant to go (the data list, the retention period, the permitted purposes), so each one is worth a look before signature.',
    sources: [
      'Good practice (no single source): complete or delete every template field before signature',
      'UN B-Tech/GNI (2021), recommendation 1 (an explicit list of the data, not a blank to be completed later)',
      'GDPR Art. 28(3) (the contract must set out the subject-matter, duration, nature and purpose of the processing)',
    ],
    recommended: true,
    defaultSeverity: 'warning',
    needs: ['blocks'],
    messages: {
      placeholder: 'Unfilled template field "{placeholder}": complete it or delete it before signature.',
    },
    docs: `## What it checks

Template fields left unfilled:

- drafting instructions in square brackets: "[insert purposes]", "[describe the data]",
  "[specify]", "[*parties to specify*]", "[check appropriate box]";
- blank marks in square brackets: "[●]", "[•]", "[___]", "[...]", "[XX]", and "[ ]" standing alone
  as a value (not a checkbox before an option);
- field names in square brackets: "[Name]", "[Vendor Name]", "[address]", "[DATA USER]",
  "[Effective Date]";
- "TBD", "TBC", "TBA"; template variables "{pilot_period}", "{{customer_name}}"; date masks
  "XX/XX/XXXX", "DD/MM/YYYY";
- runs of three or more underscores ("for a period of ____ years", "between the University and
  ________").

One finding per placeholder; placeholders separated only by spaces or line breaks are one.

## Why it matters

A contract signed with a blank has no term there at all. In a data partnership the blanks are
usually where the safeguards were meant to go: the list of data, the purposes, the retention
period.

## Options

None.

## Flagged

- "The Recipient shall use the Data only for [insert purposes]."
- "This Agreement is made between the City and ______________ (the Contractor)."
- "Retention period: TBC".

## Accepted

- Signature blocks: "By: ______", "Name: ______", "Title: ______", "Date: ______", "Signature:
  ______", and a party's signing details (Address, Telephone, Email) when two or more such lines
  stand together, anything in a signatures section or after "IN WITNESS WHEREOF".
- Checkboxes: "[ ] Option 1", "[x] Option 2".
- Square brackets that are not a field: optional or alternative wording ("[the Authority's]",
  "[or a Key Subcontractor]", "[six (6) months]"), editorial brackets ("[t]he", "[sic]"), option
  labels of model clauses ("[OPTION 1: SPECIFIC PRIOR AUTHORISATION]"). An unresolved optional
  bracket is a drafting point too, but it cannot be told apart from the brackets a legal text keeps
  on purpose, so this rule leaves it to the reviewer.

## How to fix

Fill in the field, or delete it with the text that depends on it.

## References

UN B-Tech / GNI (2021) rec. 1; GDPR Art. 28(3).`,
    examples: {
      valid: [
        {
          title: 'A completed agreement with a signature block',
          code: `## 3. Purposes

3.1 The Recipient shall use the Data only to measure bus journey times.

## Signatures

By: ______________________

Name: ____________________

Date: ____________________
`,
        },
      ],
      invalid: [
        {
          title: 'An instruction and a blank left in the text',
          code: `## 3. Purposes

3.1 The Recipient shall use the Data only for [insert purposes].

3.2 The Recipient shall keep the Data for ______ years.
`,
          messageIds: ['placeholder', 'placeholder'],
        },
      ],
    },
  },
  create(context) {
    return { 'document:exit': () => check(context) };
  },
});

interface Hit {
  start: number;
  end: number;
}

function check(context: RuleContext): void {
  const blocks = context.analysis.blocks;
  // Signature lines per block, counted only when a blank needs its neighbours: most blocks have no blank.
  const signatureLines: Array<number | undefined> = [];
  const signatureLinesAt = (index: number): number => (signatureLines[index] ??= signatureLineCount(blocks[index]!.text));
  // Sections are shared by every block under them: judge each heading once.
  const signatureSections = new Map<SectionNode, boolean>();
  const isSignatureSection = (section: SectionNode): boolean => {
    let signatures = signatureSections.get(section);
    if (signatures === undefined) {
      signatures = section.kind === 'signatures' || SIGNATURE_HEADING.test(section.heading ?? '');
      signatureSections.set(section, signatures);
    }
    return signatures;
  };
  const inSignatures = signaturePart(blocks);

  blocks.forEach((block, index) => {
    const { text } = block;
    // Cheap gate first: most blocks have no bracket and no marker at all.
    if (!MAY_HOLD_PLACEHOLDER.test(text)) return;

    const hits: Hit[] = [];
    for (const match of text.matchAll(BRACKET)) {
      if (isPlaceholderBracket(match[1]!, text, match.index + match[0].length)) {
        hits.push({ start: match.index, end: match.index + match[0].length });
      }
    }
    for (const match of text.matchAll(TEXT_MARKERS)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hits.some((hit) => start < hit.end && end > hit.start)) continue;
      if (match[0].startsWith('_')) {
        if (inSignatures(index) || block.sections.some(isSignatureSection)) continue;
        if (clusterAt(signatureLinesAt, blocks.length, index) && signatureBlank(text, start, end)) continue;
      }
      hits.push({ start, end });
    }
    for (const hit of merge(hits, text)) {
      const evidence = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      const range: [number, number] = [block.toOffset(hit.start), block.toOffset(hit.end - 1) + 1];
      context.report({
        range,
        messageId: 'placeholder',
        data: { placeholder: clip(evidence) },
        evidence,
        suggestion: 'Fill in the field with the agreed text, or delete it together with the words that depend on it.',
      });
    }
  });
}

/**
 * Whether a block lies in the signature part: at or after "IN WITNESS WHEREOF" (or the like) and
 * before the next top-level heading that is not about signatures. Asked only for blocks with a
 * blank, so it reads backwards from the block to the nearest start or end of such a part,
 * remembering the answer for every block on the way (each block is read at most once).
 */
function signaturePart(blocks: readonly TextBlock[]): (index: number) => boolean {
  const known: boolean[] = [];
  return (index) => {
    let from = index;
    let inside = false;
    for (; from >= 0; from--) {
      const block = blocks[from]!;
      if (known[from] !== undefined) {
        inside = known[from]!;
        break;
      }
      if (SIGNATURE_START.test(block.text)) {
        inside = true;
        break;
      }
      if (block.isHeading && !SIGNATURE_HEADING.test(block.text) && block.sections.length <= 1) break;
    }
    for (let i = Math.max(from, 0); i <= index; i++) known[i] = inside;
    return inside;
  };
}

/** A bracket that is a field to fill in, not a checkbox, an option or an editorial insertion. */
function isPlaceholderBracket(inside: string, text: string, end: number): boolean {
  const content = inside.replace(/\\/g, '');
  if (/^\s*$/.test(content)) {
    // "[ ] Option 1" is a checkbox; "[ ]" alone (a table cell) or before punctuation is a blank value.
    return !/^[ \t]*[^\s.,;:)\]]/.test(text.slice(end));
  }
  if (/^\s*[xX✓✔]\s*$/.test(content)) return false;
  if (BLANK.test(content)) return true;
  if (INSTRUCTION.test(content)) return true;
  if (NOT_A_FIELD.test(content)) return false;
  // A markdown link label is not a field: "[CC BY 4.0](https://...)".
  if (text[end] === '(') return false;
  const words = content.trim().split(/\s+/);
  if (words.length > 6) return false;
  // "[six (6) months]", "[20] Working Days": a value in brackets is an option to confirm, not a blank.
  if (/\d/.test(content)) return false;
  // "[DATA USER]", "[SUPPLIER NAME]": a capitalised field name.
  if (/^[\p{Lu}\d\s&'’/-]{3,}$/u.test(content.trim()) && /\p{Lu}{2,}/u.test(content) && words.length <= 4) return true;
  return FIELD_WORDS.test(content);
}

/** A short block that is only a caption under a signature line: "Authorised Signatory", "Date". */
function isCaption(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 40 && SIGNATURE_LABEL.test(trimmed) && !/[.;]$/.test(trimmed) && trimmed.split(/\s+/).length <= 4;
}

/** Signature lines in a block: "Name: ____", "By:", a caption such as "Authorised Signatory". */
function signatureLineCount(text: string): number {
  if (isCaption(text)) return 1;
  let count = 0;
  for (const line of text.split('\n')) {
    // "Name: ____" needs a blank: without one, only the cheap start-anchored line test is left.
    const labelled = line.includes('___') ? (line.match(LABELLED_BLANKS)?.length ?? 0) : 0;
    count += labelled > 0 ? labelled : SIGNATURE_LINE.test(line) ? 1 : 0;
  }
  return count;
}

/** Two or more signature lines within a few blocks, this one included. */
function clusterAt(linesAt: (index: number) => number, blockCount: number, index: number): boolean {
  let count = 0;
  for (let i = Math.max(0, index - CLUSTER_RADIUS); i <= Math.min(blockCount - 1, index + CLUSTER_RADIUS); i++) count += linesAt(i);
  return count >= 2;
}

/** The blank sits on a signature line: a label before it on its line, or a caption after it. */
function signatureBlank(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 60), start);
  if (/^[\s*_|:]*$/.test(before)) return true;
  if (LABEL_BEFORE.test(before)) return true;
  return CAPTION_AFTER.test(text.slice(end, end + 40));
}

/** Placeholders separated only by spaces or line breaks are one: "[describe]_____ _____". */
function merge(hits: Hit[], text: string): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const merged: Hit[] = [];
  for (const hit of sorted) {
    const last = merged[merged.length - 1];
    const gap = text.slice(last?.end ?? 0, hit.start);
    // "[describe]_____ ____" and underscores continuing on the next lines are one field;
    // "Project # ____" and "[describe]" on the next line are two.
    if (last && /^[\s.]*$/.test(gap) && (!gap.includes('\n') || text[hit.start] === '_')) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

function clip(value: string): string {
  return value.length <= 60 ? value : `${value.slice(0, 57).trimEnd()}…`;
}

