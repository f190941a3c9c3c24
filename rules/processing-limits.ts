/**
 * @file processing-limits (S2)
 *
 * Require limits on what the parties may do with the data: closed purposes, processing only on
 * documented instructions, and named prohibited uses. Flags open purposes ("any related
 * purposes", "for any purpose", a purpose term defined that way), own-purpose and secondary-use
 * carve-outs ("may use the Data to improve its products"), discretion that reopens a limit
 * ("except as the Authority may direct", "as it considers appropriate"), negation traps
 * ("nothing shall restrict either party's use of aggregated data"), unilateral change of the
 * purposes, effort-only limits, and the confidentiality analogue of an NDA ("use Confidential
 * Information solely for the Purpose").
 *
 * Reads: sentences (headings, list lead-ins), modality, definitions ("only for the Permitted
 * Purpose" is judged by the definition of Permitted Purpose), cross-references, parties.
 */
import { defineRule } from '../src/engine/rule.js';
import { processingLimitsClause } from './model-clauses/processing-limits.js';
import { readNegation } from './shared/negation.js';
import { SAFEGUARD_NEEDS, deferredReference, safeguardHandlers, type Judgement } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { clipPhrase } from './shared/phrases.js';

/** Headings of sections about use and purpose. */
const S2_HEADING =
  /\b(?:purpose\s+limitation|permitted\s+(?:purposes?|uses?)|prohibited\s+uses?|restrictions?\s+on\s+(?:use|processing)|(?:constraints|limits|limitations)\s+on\s+(?:the\s+)?(?:use|processing)|use\s+of\s+(?:the\s+)?(?:data|personal\s+data|information|dataset|confidential\s+information|customer\s+data)|use\s+and\s+(?:protection|disclosure)|(?:processing\s+)?instructions|nature\s+(?:and|&)\s+purpose|purposes?\s+of\s+(?:the\s+)?(?:processing|transfer)|no\s+secondary\s+use|data\s+use|intended\s+use|usage\s+data|processing\s+of\s+personal\s+data|performance\s+of\s+activities|nondisclosure)\b/i;

/** A use or processing verb. */
const USE_VERB =
  /\b(?:use[sd]?|using|process(?:es|ed|ing)?|disclos(?:e|es|ed|ure)|exploit(?:s|ed)?|s(?:ell|old)|shar(?:e|es|ed)|combin(?:e|es|ed)|analy[sz](?:e|es|ed)|re-?identif(?:y|ied)|commerciali[sz]e|train(?:ing)?|retain(?:s|ed)?)\b/i;

/** The object of the limit: data, not business secrets. */
const DATA_OBJECT =
  /\b(?:data|personal\s+data|information|dataset|data\s+set|records|content|materials?|phi|outputs?|results)\b/i;

/** A limit cue: purpose, restrictive adverb, instructions. */
const LIMIT_CUE =
  /\b(?:purposes?|only|solely|exclusively|instructions?|other\s+than|not\s+directly\s+related|in\s+connection\s+with|except)\b/i;

/** Purpose nouns that anchor a sentence on their own. */
const PURPOSE_NOUN =
  /\b(?:nature\s+and\s+purpose|purposes?\s+of\s+(?:the\s+)?processing|permitted\s+(?:purposes?|uses?)|prohibited\s+uses?)\b/i;

/** What a negation trap must take off to matter here: a use, a purpose, the data. */
const TRAP_OBJECT = /\b(?:use|uses|processing|purposes?|data|information)\b/i;

/** Restrictive adverbs that turn a permission into a limit ("may use ... only for"). */
const RESTRICTIVE =
  /\b(?:only|solely|exclusively)\b[^.;]{0,100}\b(?:for|in\s+accordance\s+with|on|in\s+connection\s+with|to\s+the\s+extent|as|if|where|within)\b|\bfor\s+no\s+other\s+purpose\b|\bnot\s+for\s+any\s+other\s+purpose\b/i;

/** Open-ended purposes. */
const OPEN_PURPOSE = new RegExp(
  [
    String.raw`\bfor\s+any\s+(?:lawful\s+|legitimate\s+|other\s+|business\s+)?purposes?\b(?!\s+(?:other\s+than|not\b|except|unrelated|outside|beyond|inconsistent|incompatible))(?!\s+(?:whatsoever\s+)?(?:other\s+than|not\b|except))`,
    String.raw`\bany\s+(?:related|incidental|ancillary|associated|compatible|connected)(?:\s+(?:or|and)\s+(?:related|incidental|ancillary|associated|compatible|connected))?\s+purposes?\b`,
    String.raw`\b(?:and|or)\s+(?:other|related|incidental|ancillary)\s+purposes\b`,
    String.raw`\bsuch\s+other\s+purposes?\b`,
    String.raw`\bother\s+public\s+interest\s+purposes\b`,
    String.raw`\bwithout\s+restriction\b`,
    String.raw`\bfor\s+(?:its|their)\s+own\s+(?:business\s+)?purposes\b`,
  ].join('|'),
  'i',
);

/** Own-purpose or secondary use granted to a party. */
const SECONDARY_USE = new RegExp(
  String.raw`\b(?:may|is\s+entitled\s+to|shall\s+be\s+entitled\s+to|will\s+be\s+free\s+to|reserves\s+the\s+right\s+to|is\s+permitted\s+to|may\s+freely)\b(?:(?!\bnot\b)[^.;]){0,80}?\b(?:use|process|exploit|analy[sz]e|combine|match|link|commerciali[sz]e|aggregate)\b[^.;]{0,160}?\b(?:improv\w*|develop\w*|enhanc\w*|promot\w*|train\w*|research\s+and\s+development|benchmark\w*|analytics|its\s+(?:own\s+)?(?:products|services|business)|other\s+customers|machine\s+learning|(?:data|data\s+sets?|information)\s+(?:obtained|collected|received)\s+from\s+other\s+sources|other\s+data\s+sets?)\b`,
  'i',
);

/**
 * A licence over the data to copy, share or adapt it ("a worldwide licence to exercise the
 * Licensed Rights in the Licensed Material to: reproduce and Share"), with no purpose in the
 * grant: use beyond any purpose the contract states.
 */
const OPEN_LICENCE =
  /\bgrant(?:s|ed)?\b[^.;]{0,160}?\blicen[cs]e\b[^.;]{0,120}?\bto\b[^.;]{0,120}?\b(?:reproduce|share|distribute|publish|sublicen[cs]e|make\s+derivative\s+works|commercially\s+exploit)\b/i;

/** A purpose in a licence grant: "as necessary to provide the Services", "for the purposes of". */
const LICENCE_PURPOSE =
  /\b(?:only|solely|exclusively|as\s+(?:reasonably\s+)?necessary|to\s+the\s+extent\s+(?:reasonably\s+)?necessary|in\s+order\s+to|for\s+the\s+(?:sole\s+)?purposes?\s+of|to\s+(?:provide|perform|deliver)\s+the\s+services)\b/i;

/** A confidentiality analogue: the limit protects business secrets. */
const CONFIDENTIAL_OBJECT = /\b(?:confidential|proprietary)\s+information\b/i;

/** Negation traps specific to purposes ("The Purposes shall not be construed as limiting ..."). */
const S2_TRAP =
  /\b(?:no|without)\s+(?:further\s+)?(?:consent|approval|authori[sz]ation)\b[^.;]{0,60}\b(?:required|needed|necessary)\b[^.;]{0,80}\b(?:processing|use)\b/i;

/** Disclosure or use by discretion ("may disclose ... as it considers appropriate"). */
const DISCRETIONARY_PERMISSION = /\b(?:may|is\s+entitled\s+to)\b[^.;]{0,120}\b(?:use|disclos\w*|share|process)\b/i;

/** Purpose-bearing defined terms. */
const PURPOSE_TERM = /\b(?:purposes?|uses?|research|project|services|activities|scope)\b/i;

export default defineRule({
  meta: {
    id: 'processing-limits',
    safeguard: 'S2',
    type: 'safeguard',
    description: 'Require closed purposes and named prohibited uses for the data, binding on both parties.',
    rationale:
      'A data list says what may be accessed; processing limits say what may be done with it. Without closed purposes and named prohibited uses (own-purpose reuse, model training, law enforcement, re-identification), data shared for a public service can drift to surveillance or commercial uses. The UN B-Tech / GNI post asks contracts to state "what kinds of processing they are allowed to conduct"; GDPR Art. 28(3)(a) requires processing only on documented instructions.',
    sources: [
      'UN B-Tech/GNI (2021), recommendation 2',
      'GDPR Art. 5(1)(b) (purpose limitation)',
      'GDPR Art. 28(3) and 28(3)(a) (nature and purpose; documented instructions)',
      'GDPR Art. 28(10) (a processor that sets its own purposes is a controller)',
      'SCC 2021/914 Clause 8.2 (purpose limitation)',
      'Privacy International, Safeguards for public-private surveillance partnerships',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause limits the purposes for which {privateName} and {publicName} may use the data: add closed purposes, processing only on documented instructions, and prohibited uses.',
      'weak-open-purpose':
        'The purpose is open-ended ("{phrase}"), so it does not limit what the data may be used for.',
      'weak-secondary-use':
        'This clause allows use of the data beyond the stated purposes ("{phrase}"), such as own-purpose reuse or combination with other data.',
      'weak-discretion':
        'The limit can be lifted at one party\'s discretion ("{phrase}"), so it does not bind that party.',
      'weak-negation': 'This clause takes the limit off the processing ("{phrase}").',
      'weak-unilateral-change':
        'One party may change the purposes or nature of processing on its own ("{phrase}"), so the limit does not bind it.',
      'weak-effort': 'The processing limit is only an effort ("{phrase}"), not an obligation of result.',
      'weak-confidentiality':
        'This is a confidentiality limit on business information ("{phrase}"), not a limit on the purposes for which data about people may be processed.',
      'weak-deferred': 'The permitted purposes are deferred ({reason}), so the signed text does not limit processing.',
    },
    docs: `## What it checks

That the contract limits what may be done with the data: processing only for closed, named
purposes or only on documented instructions, and prohibited uses (own-purpose reuse, product
improvement, model training, combination with other data sets, re-identification, law
enforcement). The rule finds use and processing sentences by headings ("Purpose Limitation",
"Permitted Purposes", "Restrictions on Use", "Instructions") and by a use verb with a data object
and a limit cue, and judges each one.

A limit is **sound** when an operative sentence restricts the use ("shall process the Data only
on the documented instructions of the Authority", "may use the Limited Data Set only in connection
with the research", "shall not use the Data for advertising or profiling") and nothing reopens it.
A purpose given by a defined term ("only for the Permitted Purpose") is judged by the definition.

## Why it matters

A purpose clause that ends in "and any related purposes" or that the company may step around "to
improve its products" lets data collected for a public service be reused for other ends: the
second recommendation of the UN B-Tech / GNI post.

## Options

None.

## Flagged

- \`weak-open-purpose\`: "for any purpose", "any related or incidental purposes", "such other
  purposes as the Authority may determine", or a purpose term defined that way.
- \`weak-secondary-use\`: "the Supplier may use the Data to improve its products", "may combine the
  Data with data obtained from other sources", "may freely use Usage Data".
  A licence over the data to reproduce, share, distribute, publish or sublicense it with no
  purpose in the grant ("grants the Contractor a worldwide licence to reproduce and share the
  Traffic Data") counts too; "solely to provide the Services" or "for the purpose of" keeps it
  a limit.
- \`weak-discretion\`: a limit with "except as the Authority may direct", or a permission to
  disclose "as it considers appropriate".
- \`weak-negation\`: "nothing in this Agreement shall restrict either Party's use of aggregated
  data", "the Purposes shall not be construed as limiting", "Clause 5 shall not apply to Service
  Data", "no consent shall be required for further processing".
- \`weak-unilateral-change\`: "the Provider may change the nature and purpose of processing by notice".
- \`weak-effort\`: "shall use reasonable endeavours to process the Data only for the Purposes"
  (only when no sound limit exists).
- \`weak-confidentiality\`: an NDA's "use Confidential Information solely for the Purpose" (only
  when no sound limit exists).
- \`weak-deferred\`: the purposes are "to be agreed" or a drafting instruction (only when no sound
  limit exists).
- \`missing\`: nothing limits processing (reported once).

## Accepted

"The Supplier shall not process the Data for any purpose other than the Purposes" is a safeguard in
negative form. "Except as required by law" is left to the government-access rule (S5). Processing
on "the written permission" or "the documented instructions" of the controller is a limit, not a
reopening.

## How to fix

List the purposes in a schedule and say "for no other purpose"; name prohibited uses (own
purposes, product improvement, model training, combination, re-identification, law enforcement);
require a written amendment and a fresh impact assessment to change them.

## References

UN B-Tech / GNI (2021) rec. 2; GDPR Arts. 5(1)(b), 28(3)(a), 28(10); SCC 2021/914 Clause 8.2;
Privacy International, Safeguards for public-private surveillance partnerships.`,
    examples: {
      valid: [
        {
          title: 'Closed purposes and prohibited uses',
          code: `## 5. Processing Limits

5.1 The Supplier shall process the Authority Data only on the documented instructions of the Authority and only for the purposes listed in Schedule 3, and for no other purpose.

5.2 The Supplier shall not use the Authority Data for its own purposes, including advertising or training models.

## Schedule 3 – Permitted Purposes

1. Measuring bus journey times on the Authority's network.
`,
        },
      ],
      invalid: [
        {
          title: 'Open purpose and own-purpose carve-out',
          code: `## 4. Use of Data

4.1 The Supplier shall process the Authority Data for the purposes of delivering the Services and any related purposes as the Authority may determine.

4.2 The Supplier may use aggregated Authority Data to develop and improve its products and services.
`,
          messageIds: ['weak-open-purpose', 'weak-secondary-use'],
        },
      ],
    },
  },
  create(context) {
    return safeguardHandlers(context, {
      missingAnchors: [/\b(?:use\s+of\s+data|purpose|processing)\b/i, /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i, /\bdata\b/i],
      modelClause: processingLimitsClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text, fullText } = clause;
        const headingHit = S2_HEADING.test(clause.heading);
        const useOfData = USE_VERB.test(fullText) && DATA_OBJECT.test(fullText);
        // Rare, so the grant is looked for first and the data and purpose tests run only on one.
        const grant = OPEN_LICENCE.exec(fullText);
        const openLicence = grant && DATA_OBJECT.test(fullText) && !LICENCE_PURPOSE.test(fullText) ? grant : null;
        const anchored =
          (useOfData && (LIMIT_CUE.test(fullText) || SECONDARY_USE.test(fullText) || OPEN_PURPOSE.test(text) || findWeakener(text, 'W2') !== undefined)) ||
          PURPOSE_NOUN.test(text) ||
          openLicence !== null;
        const purposeDefinition = clause.isDefinition && /^[\W\d]*["“‘']?[^"”’]{0,40}\bPurposes?\b["”’']?\s+(?:means|shall\s+mean)\b/.test(text);
        if (!headingHit && !anchored && !purposeDefinition) return undefined;
        const negation = readNegation(fullText, clause.modality);
        if (negation.kind === 'trap' && (headingHit || TRAP_OBJECT.test(text.slice(negation.index)))) {
          return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        }
        if (!USE_VERB.test(fullText) && !purposeDefinition && !/\bpurposes?\b/i.test(text)) return undefined;
        const trap = S2_TRAP.exec(text);
        if (trap) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
        const change = findWeakener(text, 'W8');
        if (change && /\b(?:purpose|nature|processing|instructions)\b/i.test(text)) {
          return { verdict: 'defeat', messageId: 'weak-unilateral-change', data: { phrase: change.text } };
        }
        // A purpose definition is judged where an operative clause uses the term.
        if (purposeDefinition) return undefined;
        const prohibited = negation.kind === 'prohibition';
        if (!prohibited) {
          const secondary = SECONDARY_USE.exec(fullText) ?? openLicence;
          if (secondary && !CONFIDENTIAL_OBJECT.test(text)) {
            return { verdict: 'defeat', messageId: 'weak-secondary-use', data: { phrase: clipPhrase(secondary[0]) } };
          }
        }
        if (prohibited && negation.reopenedBy) {
          return { verdict: 'defeat', messageId: 'weak-discretion', data: { phrase: negation.reopenedBy } };
        }
        if (!prohibited) {
          const open = OPEN_PURPOSE.exec(text);
          if (open && !clause.inRecitals) return { verdict: 'defeat', messageId: 'weak-open-purpose', data: { phrase: open[0] } };
          const w2 = findWeakener(text, 'W2');
          if (w2 && (/\bpurposes?\b/i.test(text.slice(0, w2.index)) || DISCRETIONARY_PERMISSION.test(fullText)) && !clause.inRecitals) {
            const messageId = /\bpurposes?\b/i.test(text.slice(0, w2.index)) ? 'weak-open-purpose' : 'weak-discretion';
            return { verdict: 'defeat', messageId, data: { phrase: w2.text } };
          }
        }
        if (clause.inRecitals) return undefined;

        const deferred = findWeakener(text, 'W10');
        if (deferred && !RESTRICTIVE.test(text)) {
          return { verdict: 'weak', messageId: 'weak-deferred', data: { reason: `"${deferred.text}"` } };
        }
        if (/^[\s*_]*(?:describe|insert|specify|state)\b/i.test(text) || /\bin\s+this\s+section,?\s+(?:both\s+)?(?:parties|the\s+parties)\s+(?:must|should|shall)\s+(?:state|describe)\b/i.test(text)) {
          return { verdict: 'weak', messageId: 'weak-deferred', data: { reason: 'a drafting instruction stands where the purposes should be' } };
        }
        if (CONFIDENTIAL_OBJECT.test(fullText) && !/\bpersonal\s+(?:data|information)\b/i.test(fullText)) {
          if (!RESTRICTIVE.test(fullText)) return undefined;
          const phrase =
            /\b(?:use|disclose)\w*\b[^.;]{0,40}?\b(?:confidential|proprietary)\s+information\b(?:\s+(?:solely|only|exclusively)\s+for\s+the\s+[\p{Lu}][\w-]*)?/iu.exec(fullText)?.[0] ??
            'Confidential Information';
          return { verdict: 'weak', messageId: 'weak-confidentiality', data: { phrase: clipPhrase(phrase) } };
        }
        const effort = findWeakener(text, 'W5');
        const limiting = prohibited || (RESTRICTIVE.test(fullText) && clause.modality.kind !== 'none') || RESTRICTIVE.test(text);
        if (limiting && effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
        if (!limiting) return undefined;

        // A purpose given by a defined term is judged by its definition.
        const definition = tools.definitionIn(text, PURPOSE_TERM);
        if (definition) {
          const open = OPEN_PURPOSE.exec(definition.body) ?? findWeakener(definition.body, 'W2');
          if (open) {
            const phrase = 'text' in open ? open.text : open[0];
            return {
              verdict: 'defeat',
              messageId: 'weak-open-purpose',
              data: { phrase: `${definition.term}: ${phrase}` },
              related: [{ message: `"${definition.term}" is defined here.`, range: [definition.termStart, definition.bodyEnd] }],
            };
          }
        }
        // "only in accordance with Schedule 11" is a bare cross-reference when Schedule 11 is not here.
        const reference = tools.referenceStatus(clause);
        if (reference && reference.status !== 'ok' && !/\bpurposes?\b/i.test(text.replace(reference.reference.label, ''))) {
          return deferredReference(reference);
        }
        return { verdict: 'sound' };
      },
    });
  },
});
