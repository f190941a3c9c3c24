/**
 * @file vague-language
 *
 * Flag the cross-cutting weakeners of safeguards.md section 2 (rules/shared/weakeners.ts) inside
 * safeguard clauses: operative sentences under a safeguard heading (data protection, processing,
 * impact assessment, transparency, government access, retention, audit, remedy, consultation,
 * security, onward transfer) or about personal data. One finding per occurrence, naming the
 * pattern: "as appropriate" (soft necessity, W4) leaves the limit to judgement.
 *
 * Overlap with the safeguard rules is accepted, and kept small. The safeguard rules judge a
 * safeguard as a whole: they report a weakener only in the sentence that carries their safeguard,
 * at most once per sentence, and not at all when a sound clause elsewhere answers the point. This
 * rule is a drafting aid that points at every vague phrase in every safeguard clause, so a clause
 * that passes its safeguard rule can still be tightened. By default it reads the patterns that
 * make wording vague (W1–W5, W7) and leaves to the safeguard rules the ones that are about what a
 * clause does rather than how precisely it says it: W6 (a permission where a duty is expected),
 * W8 (unilateral variation), W9 (confidentiality of the agreement), W10 (deferred content, which
 * placeholder-text also reports) and W11 (a duty on request). The `weakeners` option changes the set.
 *
 * Noisy by nature (contracts are full of "reasonable efforts"): in the strict preset only.
 */
import { modalityOf } from '../src/analysis/index.js';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import type { SectionNode } from '../src/tree/types.js';
import { clauses, SAFEGUARD_NEEDS, type Clause } from './shared/safeguard.js';
import { PERSONAL_DATA, SAFEGUARD_HEADING } from './shared/safeguard-topics.js';
import { WEAKENER_NAMES, WEAKENER_PATTERNS, type WeakenerId } from './shared/weakeners.js';

interface Options {
  weakeners: WeakenerId[];
}

const ALL_WEAKENERS: WeakenerId[] = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9', 'W10', 'W11'];
const DEFAULT_WEAKENERS: WeakenerId[] = ['W1', 'W2', 'W3', 'W4', 'W5', 'W7'];

/** What each pattern does to a safeguard, and the messageId that names it. */
const EFFECTS: Record<WeakenerId, { messageId: string; effect: string; fix: string }> = {
  W1: {
    messageId: 'open-ended-scope',
    effect: 'turns a closed list into examples, so it limits nothing',
    fix: 'Close the list: name every item, say "and no other", and require a written amendment to add one.',
  },
  W2: {
    messageId: 'unilateral-discretion',
    effect: 'lets one party set the limit alone',
    fix: 'Replace the discretion with written criteria, a decision by both parties in writing, and a record of each decision that the other party and any auditor can see.',
  },
  W3: {
    messageId: 'moving-target',
    effect: 'lets the content change after signature',
    fix: 'Fix the version that applies at signature, and require a written amendment, agreed by both parties and reviewed before it takes effect, for any change.',
  },
  W4: {
    messageId: 'soft-necessity',
    effect: 'leaves the limit to judgement',
    fix: 'Replace the judgement with the standard it stands for: the measures, the cases, the deadline or the test, written out in the clause or a schedule.',
  },
  W5: {
    messageId: 'effort-only',
    effect: 'makes the duty one of effort, not of result',
    fix: 'Make it an obligation of result ("shall"), with a deadline, and say what happens if it is not met (notice, suspension, termination).',
  },
  W6: {
    messageId: 'optional-modal',
    effect: 'makes the safeguard optional',
    fix: 'Make the safeguard a duty ("shall"), with a trigger and a deadline, instead of a permission.',
  },
  W7: {
    messageId: 'law-override',
    effect: 'lets any law override the safeguard, with no limit or notice',
    fix: 'Name the law that may override the safeguard, and require notice to the other party, a legality review, a challenge where there are grounds, and disclosure of the minimum required.',
  },
  W8: {
    messageId: 'unilateral-variation',
    effect: 'lets one party change the terms alone',
    fix: 'Allow changes only by written amendment signed by both parties, after a fresh impact assessment, and publish each amendment.',
  },
  W9: {
    messageId: 'blanket-confidentiality',
    effect: 'keeps the agreement itself from the public',
    fix: 'Carve publication of the agreement, freedom-of-information law, regulators, auditors and courts out of confidentiality, with redaction only on listed grounds.',
  },
  W10: {
    messageId: 'deferred-content',
    effect: 'leaves the content to be agreed after signature',
    fix: 'Write the content into the agreement or a signed schedule before signature; nothing that limits the data may be left to be agreed.',
  },
  W11: {
    messageId: 'on-request',
    effect: 'makes the duty depend on a request',
    fix: 'Make the duty automatic, with a trigger and a deadline, instead of depending on the other party asking.',
  },
};

/** Every occurrence of each pattern: the shared patterns, compiled once more with the g flag. */
const GLOBAL_PATTERNS: Record<WeakenerId, RegExp> = Object.fromEntries(
  ALL_WEAKENERS.map((id) => [id, new RegExp(WEAKENER_PATTERNS[id].source, `${WEAKENER_PATTERNS[id].flags.replace('g', '')}g`)]),
) as Record<WeakenerId, RegExp>;

/**
 * W2 has the u and i flags, under which V8 makes each \b many times slower: two cheap tests that
 * every W2 match passes go first. One holds the words its alternatives start with, the other those
 * they end with; "ſ", which those flags fold to "s", is spelled out.
 */
const W2_OPENING = /(?:a[sſ]|at)\s|deem|con[sſ]ider/i;
const W2_CLOSING =
  /determine|direct|require|[sſ]pecify|reque[sſ]t|decide|de[sſ]ignate|notify|approve|con[sſ]ider|di[sſ]cretion|deem|fit|appropriate|nece[sſ][sſ]ary|rea[sſ]onable/i;

/** A sentence W2 (unilateral discretion) may match. */
function mayBeDiscretion(text: string): boolean {
  return W2_OPENING.test(text) && W2_CLOSING.test(text);
}

const message = (id: WeakenerId): string => `"{phrase}" (${WEAKENER_NAMES[id]}, ${id}) ${EFFECTS[id].effect}.`;

/** A heading that names a whole document ("Data Sharing Agreement"): the title, not a topic. */
const DOCUMENT_TITLE = /\b(?:agreement|addendum|contract|terms|memorandum|understanding|MOU|licen[cs]e|deed|conditions)\s*$/i;

/**
 * The clause sits under a safeguard heading. The document title is left out: everything in a
 * "Data Sharing Agreement" is under its title, delivery and payment clauses included.
 */
function safeguardHeading(clause: Clause): boolean {
  const own = clause.sentence.block.sections.map((section) => [section.label, section.heading].filter(Boolean).join(' '));
  // Bold pseudo-headings ("**Data Retention**") are in the joined heading but are no section.
  const pseudo = clause.heading.split(' > ').filter((part) => part && !own.includes(part));
  return [...own.filter((heading) => !DOCUMENT_TITLE.test(heading.trim())), ...pseudo].some((heading) => SAFEGUARD_HEADING.test(heading));
}

/** The body of the EU standard contractual clauses: "the data importer shall ...". */
const SCC_TEXT = /\bdata\s+(?:importer|exporter)\b/i;
const SCC_HEADING =
  /\bstandard\s+contractual\s+clauses\b|\bUK\s+addendum\b|\binternational\s+data\s+transfer\s+(?:addendum|agreement)\b|\bsection\s+(?:I|II|III|IV)\b(?=\s*(?:$|>|-|–|—|obligations\s+of\s+the\s+parties|local\s+laws|final\s+provisions))/i;
/** A sentence restating a statute, citing its article: "... (Article 32(1))". */
const STATUTE_QUOTE = /\(?\bArt(?:icle)?\.?\s*\d+(?:\(\d+\))?(?:\([a-z]\))?\)?\s*\.?\s*$|\breferred\s+to\s+in\s+Art(?:icle)?\.?\s*\d+/i;
/** "as required by law", "as necessary to provide the Services": a stated requirement or purpose, not a judgement. */
const STATED_COMPLEMENT = /^\s*(?:by|under|pursuant|upon|in\s+(?:accordance|connection)|to\s+(?:provide|perform|comply|deliver|fulfil|carry\s+out|meet|achieve|process)|for\s+(?:the\s+)?(?:purposes?|performance|provision))\b/i;
/** A change the moving-target phrase governs: a list, policy or law updated over time. */
const CHANGE_CONTEXT =
  /\b(?:updat(?:e|es|ed|ing)|amend(?:s|ed|ing)?|chang(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|var(?:y|ies|ied)|modif(?:y|ies|ied)|replac(?:e|es|ed)|engag(?:e|es|ed)|add(?:s|ed)?|designat(?:e|es|ed)|issu(?:e|es|ed)|publish(?:es|ed)?|notif(?:y|ies|ied)|specif(?:y|ies|ied)|determin(?:e|es|ed)|policy|policies|list|schedule|guidelines?|procedures?|standards?|instructions?)\b/i;
/** Laws in force from time to time are a moving target by nature, not a drafting choice. */
const LAW_BEFORE = /\b(?:laws?|legislation|regulations?|statutes?|acts?|requirements)\b[^.;]{0,40}$/i;

/**
 * Whether a hit weakens a safeguard here. Open-ended scope (W1) widens a permission, but widens
 * a duty or a prohibition ("shall return all data collected"), which is no weakness. A soft
 * necessity (W4) tied to a law or a stated purpose ("as required by law", "as necessary to provide
 * the Services") is a stated limit. "From time to time" (W3) moves a target only when something is
 * updated or designated, and not when it is the law in force.
 */
function weakens(id: WeakenerId, clause: Clause, start: number, end: number): boolean {
  const text = clause.text;
  // The sentence's own modal first: a list lead-in ("may terminate:") does not make "shall indemnify" a permission.
  if (id === 'W1') {
    const own = modalityOf(clause.sentence);
    return (own.kind === 'none' ? clause.modality.kind : own.kind) === 'permission';
  }
  if (id === 'W4' && /^(?:as|where|if)\s+(?:required|necessary)/i.test(text.slice(start, end))) return !STATED_COMPLEMENT.test(text.slice(end));
  if (id === 'W3') {
    if (LAW_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
    return CHANGE_CONTEXT.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80)));
  }
  return true;
}

export default defineRule<Options>({
  meta: {
    id: 'vague-language',
    type: 'drafting',
    description: 'Flag vague or weakening wording (the weakeners W1–W11) inside safeguard clauses.',
    rationale:
      'A safeguard is only as strong as its wording. "Appropriate measures as necessary", "reasonable endeavours", "including but not limited to", "as the Authority may determine" and "subject to applicable law" each leave the limit to someone\'s later judgement, which is where data partnerships drift. The safeguard rules judge whether each safeguard holds as a whole; this rule points at every vague phrase inside the safeguard clauses so the drafter can tighten them one by one.',
    sources: [
      'safeguards.md section 2 (cross-cutting weakeners W1–W11)',
      'UN B-Tech/GNI (2021), recommendations 1–4 (explicit lists, limits and procedures)',
      'GDPR Art. 28(3) (processing only on documented instructions; stipulated, not discretionary, duties)',
      'SCC 2021/914 Clause 14 and 15 (specific duties on government access, not best efforts)',
    ],
    recommended: false,
    defaultSeverity: 'warning',
    needs: [...SAFEGUARD_NEEDS],
    schema: {
      type: 'object',
      properties: {
        weakeners: {
          type: 'array',
          items: { enum: ALL_WEAKENERS },
          uniqueItems: true,
          description: 'The weakener patterns to report (default W1–W5 and W7).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { weakeners: DEFAULT_WEAKENERS },
    messages: Object.fromEntries(ALL_WEAKENERS.map((id) => [EFFECTS[id].messageId, message(id)])),
    docs: `## What it checks

The cross-cutting weakeners of the safeguard catalogue (section 2) inside safeguard clauses:
operative sentences (with "shall", "must", "may", "will") under a heading about data protection,
processing, purposes, impact assessment, transparency, government access, retention and deletion,
audit, complaints, consultation, security or sub-processing and transfers, or about personal data
wherever they sit. Definitions, recitals and headings are not read. One finding per occurrence,
named by its pattern:

| messageId | pattern | examples |
| --- | --- | --- |
| \`open-ended-scope\` | W1 | "including but not limited to", "and/or other", "any and all", "etc." |
| \`unilateral-discretion\` | W2 | "as the Authority may determine", "at its sole discretion", "as it deems appropriate" |
| \`moving-target\` | W3 | "from time to time", "as updated", "as notified by" |
| \`soft-necessity\` | W4 | "as appropriate", "where necessary", "to the extent practicable" |
| \`effort-only\` | W5 | "reasonable endeavours", "best efforts", "shall seek to", "will consider" |
| \`optional-modal\` | W6 | "may carry out", "is entitled but not obliged" (off by default) |
| \`law-override\` | W7 | "to the extent permitted by law", "subject to applicable law" |
| \`unilateral-variation\` | W8 | "may amend the Schedule on notice" (off by default) |
| \`blanket-confidentiality\` | W9 | "the terms of this Agreement are confidential" (off by default) |
| \`deferred-content\` | W10 | "to be agreed", "TBC" (off by default) |
| \`on-request\` | W11 | "upon written request" (off by default) |

## Why it matters

Each of these phrases moves a limit out of the signed text: into a party's judgement, an effort, a
document that can change, or whatever the law later allows. The safeguard rules report the phrase
that defeats a safeguard; this rule shows every vague phrase in the safeguard clauses, including in
clauses that pass.

The default set is the patterns that are about precision (W1–W5, W7). The others say what a clause
does (a permission, a variation power, secrecy, deferred content, a duty on request); the safeguard
rules judge those, and placeholder-text reports unfilled fields, so they are off unless listed in
the \`weakeners\` option. Overlap with a safeguard rule on the same sentence is possible and
accepted: that rule judges the safeguard, this one the wording.

## Options

- \`weakeners\` (array of "W1" … "W11", default ["W1", "W2", "W3", "W4", "W5", "W7"]): the patterns
  to report.

## Flagged

- "The Supplier shall implement appropriate technical and organisational measures as appropriate."
  (\`soft-necessity\`)
- "The Supplier shall use reasonable endeavours to delete the Personal Data." (\`effort-only\`)
- "The Processor may use sub-processors as it deems appropriate." (\`unilateral-discretion\`)

## Accepted

- The same words outside safeguard clauses: "reasonable endeavours to deliver the Goods on time"
  in a delivery clause is commercial, not a safeguard.
- Definitions and recitals; "appropriate technical and organisational measures" (the statutory
  standard of GDPR Art. 32, not "as appropriate").
- A document's title is no topic: in a "Data Sharing Agreement" the delivery clause is still a
  delivery clause.
- Open-ended scope (W1) that widens a duty or a prohibition ("shall delete all data collected,
  including backups"); "as required by law" and "as necessary to provide the Services" (a stated
  requirement or purpose); "from time to time" for how often something happens ("may inspect from
  time to time") or for the law in force.
- The text of the EU standard contractual clauses and restated statute articles: the parties
  cannot redraft them (SCC Clause 2(a)).

## How to fix

Replace the phrase with the fixed standard it stands for: a closed list, a named decision-maker
with criteria and review, a version of the document fixed at signature, a deadline, an
obligation of result, or a named law with a duty to notify and challenge.

## References

safeguards.md section 2; UN B-Tech / GNI (2021); GDPR Art. 28(3); SCC 2021/914 Clauses 14–15.`,
    examples: {
      valid: [
        {
          title: 'Precise safeguard wording',
          code: `## 7. Data Security

7.1 The Supplier shall encrypt the Personal Data at rest and in transit and shall notify the Authority of any breach within 24 hours.

## 8. Delivery

8.1 The Supplier shall use reasonable endeavours to deliver the Goods on time.
`,
        },
      ],
      invalid: [
        {
          title: 'Vague wording in a deletion clause',
          code: `## 9. Retention and Deletion

9.1 The Supplier shall use reasonable endeavours to delete the Personal Data where practicable.
`,
          messageIds: ['effort-only', 'soft-necessity'],
        },
      ],
    },
  },
  create(context) {
    return { 'document:exit': () => check(context) };
  },
});

function check(context: RuleContext<Options>): void {
  const wanted = new Set<WeakenerId>((context.options.weakeners ?? DEFAULT_WEAKENERS).filter((id) => id in EFFECTS));
  if (wanted.size === 0) return;
  const ids = ALL_WEAKENERS.filter((id) => wanted.has(id));
  // The answer depends only on the sections around a sentence (its innermost section fixes them)
  // and its heading line: judge each pair once.
  const safeguardHeadings = new Map<SectionNode | undefined, Map<string, boolean>>();
  const underSafeguardHeading = (clause: Clause): boolean => {
    const { section } = clause.sentence.block;
    let byHeading = safeguardHeadings.get(section);
    if (!byHeading) safeguardHeadings.set(section, (byHeading = new Map()));
    let hit = byHeading.get(clause.heading);
    if (hit === undefined) byHeading.set(clause.heading, (hit = safeguardHeading(clause)));
    return hit;
  };
  for (const clause of clauses(context, context.analysis)) {
    if (clause.isHeading || clause.isDefinition || clause.inRecitals) continue;
    if (clause.modality.kind === 'none') continue;
    if (!underSafeguardHeading(clause) && !PERSONAL_DATA.test(clause.text)) continue;
    // The Commission's standard contractual clauses cannot be redrafted (SCC Clause 2(a)); a restated statute neither.
    if ((SCC_TEXT.test(clause.text) || SCC_HEADING.test(clause.heading)) && !/\b(?:annex|appendix)\b/i.test(clause.heading)) continue;
    if (STATUTE_QUOTE.test(clause.text)) continue;
    const { sentence } = clause;
    const hits: Array<{ id: WeakenerId; start: number; end: number; text: string }> = [];
    for (const id of ids) {
      if (id === 'W2' && !mayBeDiscretion(clause.text)) continue;
      // A first test with the shared pattern: most sentences have no weakener, and matchAll copies the pattern.
      if (!WEAKENER_PATTERNS[id].test(clause.text)) continue;
      for (const match of clause.text.matchAll(GLOBAL_PATTERNS[id])) {
        const text = match[0].trim();
        if (!text) continue;
        const start = match.index + match[0].indexOf(text);
        if (!weakens(id, clause, start, start + text.length)) continue;
        // One finding per span: a phrase two patterns share is reported once, under the first.
        if (hits.some((hit) => start < hit.end && start + text.length > hit.start)) continue;
        hits.push({ id, start, end: start + text.length, text });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      const from = sentence.block.toOffset(sentence.blockIndex + hit.start);
      const to = sentence.block.toOffset(sentence.blockIndex + hit.end - 1) + 1;
      context.report({
        range: [from, to],
        messageId: EFFECTS[hit.id].messageId,
        data: { phrase: hit.text },
        evidence: sentence.text,
        suggestion: EFFECTS[hit.id].fix,
      });
    }
  }
}
