/**
 * @file unused-definition
 *
 * Flag a defined term that the document never uses outside its own definition. Uses are
 * counted over the whole text, tables and schedules included: whole words, case-insensitive,
 * plural- and possessive-tolerant ("Party" is used by "Parties'"), and a use inside another
 * term's definition counts. Names defined together ("Protected Health Information" or "PHI")
 * are one definition: it is unused only when none of them is used.
 *
 * A definition nobody uses is dead text at best; at worst it is the trace of a clause that was
 * deleted or never written (a "Permitted Purpose" defined but never limited by), which is
 * exactly what a reviewer needs to see.
 */
import type { Analyses, Definition } from '../src/analysis/index.js';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { hasNonSpace } from '../src/text/spaces.js';
import { blockWords, buildTermIndex, termKey } from './shared/terms.js';

interface Options {
  ignore: string[];
}

/** A term worth checking: words, not a template field or a stray fragment. */
const CHECKABLE = /^[\p{L}\p{N}][\p{L}\p{N}'’\-/&., ]{0,78}[\p{L}\p{N}.)]?$/u;

/** A document that is mostly a glossary defines terms for other documents to use. */
const GLOSSARY_SHARE = 0.6;

export default defineRule<Options>({
  meta: {
    id: 'unused-definition',
    type: 'consistency',
    description: 'Flag defined terms that the document never uses outside their definition.',
    rationale:
      'A defined term that is never used is dead text at best. At worst it is the trace of an obligation that was deleted or never written: a "Permitted Purpose" that is defined but limits nothing, a "Retention Period" that no clause applies. Either way the reader is left to wonder which clause was meant to use it.',
    sources: [
      'Good practice (no single source): define only terms the document uses',
      'UK Office of the Parliamentary Counsel, Drafting Guidance (2020), definitions',
    ],
    recommended: true,
    defaultSeverity: 'warning',
    needs: ['blocks', 'definitions'],
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string' }, description: 'Defined terms never to report (used by other documents of the contract).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignore: [] },
    messages: {
      unused: '"{term}" is defined but never used elsewhere in this document.',
    },
    docs: `## What it checks

Every defined term (a "X" means ... definition, a (the "X") parenthetical, a definitions-table
entry) is used at least once outside its own definition. Uses are counted over the whole text,
headings, tables and schedules included: whole words, case-insensitive, plural- and
possessive-tolerant ("Party" is used by "the Parties'"), and a use inside another term's
definition counts. Names defined together ("Protected Health Information" or "PHI") count as one
definition, unused only when none of them is used.

## Why it matters

A definition nobody uses is dead text, or the trace of a clause that was deleted or never
written: a "Permitted Purpose" defined but never applied to the processing, a "Retention Period"
that no clause enforces.

## Options

- \`ignore\` (string[]): defined terms never to report, for example terms a definitions schedule
  defines for the other documents of the contract.

## Flagged

- "Retention Period" means two years from collection. (never used again)

## Accepted

- A term used once anywhere else, in any case or number: "Data Subject" used as "data subjects".
- One of two names defined together is used ("PHI" used, "Protected Health Information" not).
- A document that is mostly a glossary (a definitions schedule of a larger contract): it defines
  terms for the other documents, so it is not checked.

## How to fix

Delete the definition, or write the clause that was meant to use it.

## References

UK Office of the Parliamentary Counsel, Drafting Guidance (2020).`,
    examples: {
      valid: [
        {
          title: 'Every term is used',
          code: `## 1. Definitions

1.1 "Retention Period" means two (2) years from the date of collection.

## 2. Retention

2.1 The Supplier shall delete the data at the end of the Retention Period.
`,
        },
      ],
      invalid: [
        {
          title: 'A term defined and never used',
          code: `## 1. Definitions

1.1 "Retention Period" means two (2) years from the date of collection.

## 2. Retention

2.1 The Supplier shall keep the data for as long as it needs it.
`,
          messageIds: ['unused'],
        },
      ],
    },
  },
  create(context) {
    return { 'document:exit': () => check(context) };
  },
});

interface Group {
  key: string;
  definitions: Definition[];
}

function check(context: RuleContext<Options>): void {
  const { analysis, options } = context;
  const text = context.text;
  const list = analysis.definitions.list.filter(
    (definition) => CHECKABLE.test(definition.term.trim()) && /\p{L}/u.test(definition.term) && isDefiningUse(definition, text),
  );
  if (list.length === 0) return;
  if (isGlossary(analysis, list)) return;
  const ignored = new Set((options.ignore ?? []).map(termKey));

  // Definitions by key; names defined together (one body) form one group.
  const byKey = new Map<string, Definition[]>();
  for (const definition of list) {
    const key = termKey(definition.term);
    if (!key || ignored.has(key)) continue;
    const same = byKey.get(key);
    if (same) same.push(definition);
    else byKey.set(key, [definition]);
  }
  // Spans that are not uses of a key: its own term spans and its own definitions' bodies.
  const own = new Map<string, Array<[number, number]>>();
  for (const [key, definitions] of byKey) {
    own.set(
      key,
      definitions.flatMap((definition): Array<[number, number]> => [
        [definition.termStart, definition.termEnd],
        [Math.min(definition.bodyStart, definition.bodyEnd), Math.max(definition.bodyStart, definition.bodyEnd)],
      ]),
    );
  }

  const used = new Set<string>();
  const index = buildTermIndex(byKey.keys());
  // One visitor for every block (the block it reads is `block`), and indexed loops: no allocation per block or match.
  const blocks = analysis.blocks;
  let block = blocks[0]!;
  // Once every term is used, no later match changes anything: the visit stops there.
  const visitor = (key: string, matchStart: number, matchEnd: number): boolean => {
    if (used.has(key)) return false;
    const start = block.toOffset(matchStart);
    const end = block.toOffset(matchEnd - 1) + 1;
    if (!withinSpans(own.get(key), start, end)) used.add(key);
    return used.size === index.size;
  };
  for (let b = 0; b < blocks.length && used.size < index.size; b++) {
    block = blocks[b]!;
    index.visit(block.text, blockWords(blocks, block), visitor);
  }

  // Alternatives: names sharing a body ("Protected Health Information" or "PHI").
  const groups = new Map<string, Group>();
  for (const [key, definitions] of byKey) {
    const first = definitions[0]!;
    const group = `${first.bodyStart}:${first.style}`;
    const existing = groups.get(group);
    if (existing) existing.definitions.push(...definitions);
    else groups.set(group, { key, definitions: [...definitions] });
  }
  const reported = new Set<string>();
  for (const group of [...groups.values()].sort((a, b) => a.definitions[0]!.termStart - b.definitions[0]!.termStart)) {
    const keys = new Set(group.definitions.map((definition) => termKey(definition.term)));
    if ([...keys].some((key) => used.has(key))) continue;
    for (const key of keys) {
      if (reported.has(key)) continue;
      reported.add(key);
      const definition = byKey.get(key)![0]!;
      context.report({
        range: [definition.termStart, definition.termEnd],
        messageId: 'unused',
        data: { term: definition.term },
        evidence: definition.term,
        suggestion: `Delete the definition of "${definition.term}", or use the term in the clause it was written for.`,
      });
    }
  }
}

/**
 * A definition that makes a defined term: quoted or bold, or "X means". Left out: an abbreviation
 * introduced in passing ("Internet Protocol (IP) address", "the Family Educational Rights and
 * Privacy Act (FERPA)"), and a bold run-in heading the definitions analysis reads as a
 * definitions-list entry ("**EU Transfers**. Where ... the following applies:").
 */
function isDefiningUse(definition: Definition, text: string): boolean {
  const before = text.slice(Math.max(0, definition.termStart - 3), definition.termStart);
  const marked = /["“‘'*_]\s*$/.test(before);
  if (definition.style === 'parenthetical' && !marked) return false;
  if (definition.style === 'definitions-block') {
    const between = text.slice(definition.termEnd, definition.termEnd + 8);
    if (/^[*_"”’']*\\?\.(?:[\s*_]|$)/.test(between)) return false;
  }
  return true;
}

/** Whether `start` to `end` lies within one of `spans`. */
function withinSpans(spans: Array<[number, number]> | undefined, start: number, end: number): boolean {
  if (!spans) return false;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (start >= span[0] && end <= span[1]) return true;
  }
  return false;
}

/** Most blocks of the document are definitions: a glossary for other documents. */
function isGlossary(analysis: Analyses, list: Definition[]): boolean {
  // Read once: every read of an analysis goes through the engine's guard (a proxy).
  const blocks = analysis.blocks;
  let textBlocks = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (!block.isHeading && hasNonSpace(block.text)) textBlocks++;
  }
  if (textBlocks < 10) return false;
  const defining = new Set(list.map((definition) => definition.block));
  return defining.size / textBlocks >= GLOSSARY_SHARE;
}

