/**
 * @file data-access-list (S1)
 *
 * Require a closed list of the data each party may access: categories of data and of data
 * subjects, which party receives what, in the signed text. Flags lists that are open-ended
 * ("including but not limited to", "any other data"), extendable at one party's discretion
 * ("such other data as the Authority may require"), deferred ("to be agreed", an empty or absent
 * schedule), switched off by a negation ("illustrative and shall not be construed as
 * exhaustive"), changeable by one party alone, or that cover one party's access but not the
 * other's.
 *
 * Reads: sentences (with headings, list lead-ins and table headers), modality, definitions,
 * cross-references (a list "in Schedule 1" is judged by Schedule 1), parties.
 */
import { defineRule } from '../src/engine/rule.js';
import type { Definition, Party } from '../src/analysis/index.js';
import { dataAccessListClause } from './model-clauses/data-access-list.js';
import { readNegation } from './shared/negation.js';
import {
  SAFEGUARD_NEEDS,
  deferredReference,
  capitalize,
  safeguardHandlers,
  type Clause,
  type Judgement,
  type SafeguardSpec,
} from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';

/** Headings of sections that hold the data list. */
const S1_HEADING =
  /\b(?:description\s+of\s+(?:the\s+)?(?:processing|data|transfers?)|(?:processing|transfer)\s+(?:particulars|details)|details\s+of\s+(?:the\s+)?(?:processing|transfer)|data\s+(?:schedule|description|elements?|items?|fields?|access|flows?|categories|inventory|specification|to\s+be\s+(?:shared|transferred|provided))|categories\s+of\s+(?:personal\s+)?data|data\s+subjects|excluded\s+data|limited\s+data\s+set|specification\s+of\b.{0,40}\bdata|authori[sz]ed\s+processing)\b/i;

/** Words that anchor a sentence to the data list, wherever it stands. */
const S1_ANCHOR = new RegExp(
  [
    String.raw`\bcategor(?:y|ies)\s+of\s+(?:personal\s+|customer\s+|special\s+|sensitive\s+)?(?:data|information)\b`,
    String.raw`\btypes?\s+of\s+(?:personal\s+)?data\b(?!\s+requested)`,
    String.raw`\bdata\s+(?:elements?|items?|fields?|categories)\b`,
    String.raw`\b(?:shar|transferr?|disclos|provid|collect|exchang|transmitt?|mak)\w*\s+(?:available\s+)?(?:to\s+\w+\s+)?(?:only\s+)?the\s+following\b`,
    String.raw`\bthe\s+following\s+(?:personal\s+|protected\s+health\s+|health\s+)?(?:data|information|records|identifiers)\b`,
    String.raw`\baccess\s+to\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:data|records|datasets?|databases?)\b`,
    String.raw`\b(?:data|dataset|records|information)\s+(?:regarding|about|concerning|relating\s+to|on)\s+(?:[\w-]+\s+){0,3}(?:students|patients|residents|citizens|users|passengers|customers|employees|individuals|persons|children|clients|members|people|beneficiaries|recipients)\b`,
    String.raw`\bsources?\s+of\s+(?:the\s+)?data\b`,
    String.raw`\btransmi(?:ttal|ssion)\s+of\s+(?:[\w-]+\s+){0,2}data\b`,
    String.raw`\b(?:data|information)\s+(?:shared|transferred|to\s+be\s+(?:shared|transferred|collected|provided))\s+(?:with|to|by)\b`,
    String.raw`\bpersonal\s+data\s+transferred\b`,
    String.raw`\b(?:make|makes|made)\s+available\s+(?:to\s+\w+\s+)?the\s+(?:dataset|data\s+set|data)\b`,
    String.raw`\bsuch\s+other\s+(?:data|information|records)\b|\bany\s+and\s+all\s+(?:[\w-]+\s+){0,3}(?:data|information|records|databases)\b`,
    String.raw`\b(?:schedule|annex|appendix|exhibit|attachment)\s+[\w.]+\s*\((?:[^)]*\b(?:data\s+(?:description|schedule)|description\s+of\s+(?:the\s+)?(?:processing|data|transfer)|details\s+of\s+processing|authori[sz]ed\s+processing|processing\s+(?:data|particulars))\b[^)]*)\)`,
  ].join('|'),
  'i',
);

/** A definition of a data term ("Customer Data means ..."), not of a data-protection concept. */
const DATA_TERM_DEFINITION =
  /^[\s\d.()a-z]{0,8}["“‘'*]*(?![^"”’]*\b(?:Protection|Legislation|Laws?|Regulations?|Controller|Processor|Subjects?|Breach|Security|Confidential)\b)[\p{Lu}][^"”’]{0,40}\b(?:Data|Dataset|Data\s+Set|Material|Content|Records)\b["”’'*]*\s+(?:\([^)]*\)\s+)?(?:means|shall\s+mean|includes|refers\s+to)\b/u;

/** A table whose first row names data categories. */
const S1_TABLE =
  /\b(?:data\s+(?:category|categories|item|items|element|elements|field|fields|set)|categor(?:y|ies)\s+of\s+(?:personal\s+)?data|personal\s+data)\b/i;

/** Words of a list that is explicitly incomplete. */
const ILLUSTRATIVE =
  /\b(?:are|is)\s+(?:illustrative|indicative|examples?|non-?exhaustive)\b|\bnon-?exhaustive\b|\bby\s+way\s+of\s+example\s+only\b|\bnot\s+(?:be\s+)?(?:construed|deemed|read|treated)\s+as\s+(?:exhaustive|complete)\b/i;

/** Closure: the list is the limit. */
const CLOSURE = new RegExp(
  [
    String.raw`\b(?:data|information|records)\b[^.;]{0,60}\b(?:shall|must|will)\s+be\s+limited\s+to\s+(?:the\s+)?(?:following|data|categories|elements|items|fields|[\w-]+\s+(?:data|elements|items))\b`,
    String.raw`\blimited\s+to\s+the\s+following\s+(?:data|elements|items|categories|fields|information)\b`,
    String.raw`\b(?:is|are)\s+exhaustive\b|\bexhaustively\b`,
    String.raw`\bonly\s+(?:the\s+)?(?:following\s+)?(?:[\w-]+\s+){0,3}(?:data|information|records|categories|items|elements|fields|outputs)\s+(?:listed|set\s+out|specified|described|identified|defined)\b`,
    String.raw`\bmeans\s+only\s+the\b`,
  ].join('|'),
  'i',
);

/** Exclusions and prohibitions on collecting or accessing data outside the list. */
const EXCLUSION = new RegExp(
  [
    String.raw`\b(?:shall|must|will)\s+not\s+(?:contain|include)\b`,
    String.raw`\b(?:shall|must|will|may)\s+not\s+(?:\w+\s+){0,2}?(?:collect|access|receive|obtain|request)\b`,
    String.raw`\b(?:neither|no)\b[^.;:]{0,60}\b(?:shall|will|may|must)\s+(?:\w+\s+){0,2}?(?:collect|access|receive|obtain)\b`,
    String.raw`\bunder\s+no\s+circumstances\s+shall\s+[\w\s]{1,30}?(?:collect|access|receive|obtain)\b`,
    String.raw`\bshall\s+not\s+be\s+(?:collected|accessed|received|obtained)\b`,
  ].join('|'),
  'i',
);

/** A field label of a template or annex: "Categories of personal data transferred:". */
const LIST_LABEL =
  /^[\s*_>#-]*(?:[\w.()]+\s+)?(?:categor(?:y|ies)\s+of\s+(?:personal\s+)?(?:data(?:\s+subjects)?|information)|types?\s+of\s+(?:personal\s+)?data|data\s+(?:elements|items|fields|categories)|personal\s+data\s+categories|special\s+categor(?:y|ies)\s+(?:of\s+)?(?:personal\s+)?data|data\s+subjects)\b[^.]{0,100}:[\s*_]*$/i;

/** Template instructions standing in for the list. */
const INSTRUCTION =
  /^[\s*_]*(?:in\s+this\s+section|describe|insert|specify|list\s+the|identify\s+the|enter)\b|\b(?:are\s+to\s+be|should\s+be|must\s+be|to\s+be)\s+(?:listed|described|specified|identified|stated|inserted)\s+(?:here|below|in\s+this\s+section)\b|\bparties\s+(?:provide|describe|list|specify)\b[^.]{0,80}\bin\s+this\s+section\b/i;

/** A duty to provide or share the data, judged by the schedule it points to. */
const PROVIDE = /\b(?:provide|make\s+available|give|grant|share|transfer|disclose|send|supply|deliver)\b/i;

/** One party given access to data. */
const ACCESS_GRANT =
  /\b(?:shall\s+have|has|have|is\s+entitled\s+to|shall\s+be\s+entitled\s+to|may\s+have|shall\s+be\s+(?:given|granted|provided\s+with)|may)\s+(?:full\s+|unrestricted\s+|direct\s+|remote\s+|real-time\s+|continuous\s+|on-demand\s+)*access\s+to\b|\b(?:may|is\s+entitled\s+to|shall\s+be\s+entitled\s+to)\s+(?:access|obtain|receive|download|extract)\s+(?:any|all|the)\b/i;

const DATA_NOUN = /\b(?:data|information|records|datasets?|databases?|categor(?:y|ies))\b/i;

/** Discretion or moving-target words that open the list, near a data noun. */
function discretion(text: string, inTable: boolean): string | undefined {
  const w2 = findWeakener(text, 'W2');
  if (w2 && (inTable || DATA_NOUN.test(text.slice(Math.max(0, w2.index - 80), w2.index)))) return w2.text;
  const w3 = findWeakener(text, 'W3');
  if (w3 && !/^from\s+time/i.test(w3.text) && (inTable || DATA_NOUN.test(text.slice(Math.max(0, w3.index - 80), w3.index)))) {
    return w3.text;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'data-access-list',
    safeguard: 'S1',
    type: 'safeguard',
    description: 'Require a closed list of the data each party may access, in the signed text.',
    rationale:
      'A partnership that does not say which data the company and the government partner may each access cannot be held to any limit: every later safeguard (purpose, retention, government access) is measured against that list. The UN B-Tech / GNI post asks that contracts explicitly list the data each partner can access, and GDPR Art. 28(3) requires a controller-processor contract to set out the type of personal data and the categories of data subjects.',
    sources: [
      'UN B-Tech/GNI (2021), recommendation 1',
      'GDPR Art. 28(3) (type of personal data, categories of data subjects)',
      'SCC 2021/914 Annex I.B (categories of data subjects and of personal data)',
      'GDPR Art. 5(1)(c) (data minimisation)',
      'ICO Data sharing code of practice (data items to be shared)',
      'EDPB Guidelines 04/2020, paras 40–41',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause lists the data that {privateName} and {publicName} may access: add a closed list of data categories, data subjects and the party that receives each.',
      'weak-catch-all':
        'The data list is open-ended ("{phrase}"), so it does not limit which data may be accessed.',
      'weak-discretion':
        'The data list can be extended at one party\'s discretion ("{phrase}"), so it does not fix which data may be accessed.',
      'weak-deferred': 'The data list is deferred ({reason}), so the signed text does not say which data may be accessed.',
      'weak-negation': 'This clause takes the limit off the data list ("{phrase}").',
      'weak-unilateral-change':
        'One party may change the data categories on its own ("{phrase}"), so the list does not bind it.',
      'weak-unlisted-party':
        "{ListedParty}'s access to data is listed, but {party}'s access in this clause is not limited to a list.",
      'weak-definition-only':
        'The data is only defined in general terms ("{term}"), not listed by data category, data subject and the party that receives it.',
    },
    docs: `## What it checks

That the contract lists, in its own text, the data each party may access: categories of personal
data, categories of data subjects, and which party receives what. The rule finds the list by
headings ("Description of Processing", "Data Schedule", "Annex I.B", "Data Elements") and anchor
words ("categories of personal data", "the following data", "access to the data"), and judges each
sentence there.

A list counts as **sound** when the signed text closes it: "shall be limited to the following data
elements", "the list in Schedule 1 is exhaustive", "neither party shall access any data not listed
in Schedule 1", a field label such as "Categories of personal data:" (a blank template field
counts: it forces a list), a table with a data-category column, or a duty to provide "the data
described in Schedule 1" where Schedule 1 exists and has content.

## Why it matters

Without a list, no other limit can be checked. The UN B-Tech / GNI post (2021) found "a lack of
clarity regarding the types of data that governments have access to" and asks for contracts that
"explicitly list the data" each partner can access.

## Options

None.

## Flagged

- \`weak-catch-all\`: "including but not limited to", "any and all data", "any other personal data"
  in the list. Inside a definition or a recital it counts only when no sound list exists.
- \`weak-discretion\`: "such other data as the Authority may require", "as notified by the Authority".
- \`weak-deferred\`: "[describe the data]", "to be agreed", a template instruction, or a schedule
  that is absent from the document or empty (only when no sound list exists).
- \`weak-negation\`: "the categories are illustrative and shall not be construed as exhaustive",
  "nothing in this Schedule limits the data the Authority may request", "Schedule 1 shall not apply
  to Derived Data", "shall not be required to keep a record of the data accessed".
- \`weak-unilateral-change\`: "the Provider may change the Categories of Personal Data by notice".
- \`weak-unlisted-party\`: the company's access is listed but a clause gives the public body access
  to data without a list (or the other way round).
- \`weak-definition-only\`: nothing lists the data, but the contract defines the data it covers in
  general terms ("\"Customer Content\" means data, information or materials submitted by Users",
  "\"Usage Data\" means data about the use of the Product"): a definition without a list. Only
  when no list exists at all; a statutory definition ("\"Personal Data\" means information
  relating to an identified or identifiable natural person") and business information in an NDA
  do not count.
- \`missing\`: nothing in the document addresses the data list (reported once).

## Accepted

"Neither Party shall collect, access or receive any data not listed in Schedule 1" is a safeguard
in negative form, not a trap. A list that one clause closes is not reopened by an example list in a
definition elsewhere; it is reopened by a catch-all or discretion in the list itself.

## How to fix

Put an exhaustive data table in a schedule (category, data subjects, source, receiving party,
form, frequency), say that data not listed may not be collected or accessed, list excluded data,
and require a written amendment to add a category.

## References

UN B-Tech / GNI (2021) rec. 1; GDPR Art. 28(3); SCC 2021/914 Annex I.B; GDPR Art. 5(1)(c); ICO
Data sharing code; EDPB Guidelines 04/2020 paras 40–41.`,
    examples: {
      valid: [
        {
          title: 'Exhaustive data schedule',
          code: `## 4. Data Access

4.1 The Authority shall make available to the Supplier only the data listed in Schedule 1. The list in Schedule 1 is exhaustive.

4.2 Neither Party shall collect, access or receive any data that is not listed in Schedule 1.

## Schedule 1 – Data Description

| Data category | Data subjects | Form | Frequency |
| --- | --- | --- | --- |
| Tap-in and tap-out records | Passengers | Pseudonymised | Daily |
`,
        },
      ],
      invalid: [
        {
          title: 'Catch-all and discretionary top-up',
          code: `## 3. Data

3.1 The categories of personal data shared with the Supplier include, but are not limited to, names, telephone numbers and location.

3.2 The Supplier shall also receive such other data as the Authority may require from time to time.
`,
          messageIds: ['weak-catch-all', 'weak-discretion'],
        },
        {
          title: 'No data list at all',
          code: `## 1. Services

1.1 The Supplier shall provide the analytics services described in Schedule 2.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const grants: Array<{ clause: Clause; party: Party }> = [];
    const spec: SafeguardSpec = {
      missingAnchors: [/\bdata\s+(?:access|description|schedule|sharing)\b/i, /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i, /\bdata\b/i],
      modelClause: dataAccessListClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text } = clause;
        const inS1Table = clause.inTable && clause.tableHeader !== undefined && S1_TABLE.test(clause.tableHeader);
        const relevant =
          S1_HEADING.test(clause.heading) ||
          S1_ANCHOR.test(text) ||
          (clause.isDefinition && DATA_TERM_DEFINITION.test(text)) ||
          inS1Table ||
          (ACCESS_GRANT.test(text) && DATA_NOUN.test(text)) ||
          clause.references.some((reference) => reference.target?.heading !== undefined && S1_HEADING.test(reference.target.heading));
        if (!relevant) return undefined;

        const illustrative = ILLUSTRATIVE.exec(text);
        if (illustrative) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: illustrative[0] } };
        const negation = readNegation(clause.fullText, clause.modality);
        if (negation.kind === 'trap' && DATA_NOUN.test(text)) {
          return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        }
        const change = findWeakener(text, 'W8');
        if (change) return { verdict: 'defeat', messageId: 'weak-unilateral-change', data: { phrase: change.text } };
        const open = discretion(text, clause.inTable);
        if (open) return { verdict: 'defeat', messageId: 'weak-discretion', data: { phrase: open } };
        const catchAll = findWeakener(text, 'W1');
        if (catchAll) {
          const tier = clause.isDefinition || clause.inRecitals ? 'weak' : 'defeat';
          return { verdict: tier, messageId: 'weak-catch-all', data: { phrase: catchAll.text } };
        }
        if (negation.kind === 'prohibition' && negation.reopenedBy && EXCLUSION.test(clause.fullText)) {
          return { verdict: 'defeat', messageId: 'weak-discretion', data: { phrase: negation.reopenedBy } };
        }

        const deferred = findWeakener(text, 'W10');
        if (deferred && !CLOSURE.test(text)) {
          return { verdict: 'weak', messageId: 'weak-deferred', data: { reason: `"${deferred.text}"` } };
        }
        if (INSTRUCTION.test(text) && !LIST_LABEL.test(text)) {
          return { verdict: 'weak', messageId: 'weak-deferred', data: { reason: 'a drafting instruction stands where the list should be' } };
        }
        if (clause.inRecitals) return undefined;
        if (CLOSURE.test(text) || EXCLUSION.test(clause.fullText) || LIST_LABEL.test(text) || inS1Table) {
          return { verdict: 'sound' };
        }
        const reference = tools.referenceStatus(clause);
        if (reference && (reference.status !== 'ok' || (clause.modality.kind === 'obligation' && PROVIDE.test(text)))) {
          if (reference.status === 'ok') return { verdict: 'sound' };
          return deferredReference(reference);
        }
        if (ACCESS_GRANT.test(text)) {
          const party = tools.partyOf(clause.modality.subject);
          if (party) grants.push({ clause, party });
        }
        return undefined;
      },
      finish(state) {
        if (state.sound.length === 0 && state.findings.length === 0) {
          const definition = generalDataDefinition(context.analysis.definitions.list);
          if (definition) {
            state.findings.push({
              tier: 'weak',
              messageId: 'weak-definition-only',
              range: [definition.termStart, definition.bodyEnd],
              data: { term: definition.term },
              evidence: `"${definition.term}" means ${definition.body}`,
            });
          }
        }
        if (state.sound.length === 0 || grants.length === 0) return;
        const listedRoles = new Set<string>();
        const listed = new Map<string, Party>();
        for (const clause of state.sound) {
          for (const party of state.tools.partiesIn(clause.text)) {
            listedRoles.add(party.role);
            listed.set(party.role, party);
          }
        }
        for (const { clause, party } of grants) {
          if (party.role === 'unknown' || listedRoles.size === 0 || listedRoles.has(party.role)) continue;
          const other = [...listed.values()][0]!;
          state.findings.push({
            tier: 'defeat',
            messageId: 'weak-unlisted-party',
            range: [clause.sentence.start, clause.sentence.end],
            data: { ListedParty: capitalize(displayName(other)), party: displayName(party) },
            evidence: clause.text,
          });
        }
      },
    };
    return safeguardHandlers(context, spec);
  },
});

// A definition of the data the contract covers: a data-like term ("Customer Content", "Usage
// Data") defined by what it is about (people, customers, users), which is a definition without a
// list (safeguards.md S1, weak). Statutory concepts and laws are not the contract's own data.
const DATA_TERM = /\b(?:data|information|content|dataset|records)\b/i;
const LEGAL_TERM =
  /\b(?:laws?|regulations?|act|gdpr|ccpa|hipaa|ferpa)\b|^(?:personal\s+(?:data|information)|special\s+categor\w*(?:\s+\w+)*|sensitive\s+data|data\s+subjects?|processing)$/i;
const STATUTORY_BODY = /identified\s+or\s+identifiable|\bas\s+defined\b|\b(?:has|have)\s+the\s+meanings?\b|within\s+the\s+meaning/i;
const ABOUT_PEOPLE =
  /\b(?:personal|clients?|patients?|individuals?|users?|customers?|students?|subjects?|residents?|contacts?|people|persons?|citizens?|participants?)\b/i;
const DEFINITION_WINDOW = 300;

function generalDataDefinition(definitions: readonly Definition[]): Definition | undefined {
  return definitions.find((definition) => {
    const head = definition.body.slice(0, DEFINITION_WINDOW);
    return (
      DATA_TERM.test(definition.term) &&
      !LEGAL_TERM.test(definition.term) &&
      !STATUTORY_BODY.test(head) &&
      ABOUT_PEOPLE.test(head)
    );
  });
}

function displayName(party: Party): string {
  const name = party.shortName || party.name;
  return /^the\s/i.test(name) || !party.shortName ? name : `the ${name}`;
}
