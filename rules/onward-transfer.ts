/**
 * @file onward-transfer (S11)
 *
 * Require control over who else gets the data: no sub-processor without prior written
 * authorisation (or a listed one, with advance notice and an objection that has effect), the same
 * obligations flowed down, the company fully liable for its sub-processors, onward disclosure only
 * to listed recipients, international transfers only under a transfer mechanism or with consent,
 * and assignment only with consent. Flags open authorisation ("as it sees fit", blanket consent for
 * Affiliates or service providers), objections that only buy an exit, open geography ("any country
 * in which the Supplier or its sub-processors operate"), open recipients ("partners and third
 * parties who help provide the Services"), a list on a website with no duty to notify, effort-only
 * duties, assignment carve-outs, an NDA's need-to-know disclosure rule standing in for the regime,
 * and negation traps ("shall not be liable for its sub-processors", "no consent shall be required
 * for sub-processing by Affiliates", "shall not apply to hosting providers").
 *
 * "The Supplier shall not subcontract any processing without prior written consent" is a
 * safeguard in negative form.
 */
import { defineRule } from '../src/engine/rule.js';
import { onwardTransferClause } from './model-clauses/onward-transfer.js';
import { readNegation } from './shared/negation.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Judgement } from './shared/safeguard.js';
import { isDuty, ownModality } from './shared/own-modality.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';
import { clipPhrase, phraseAround } from './shared/phrases.js';

/** Headings of sections about sub-processing, transfers, third-party disclosure and assignment. */
const S11_HEADING =
  /\b(?:sub[-\s]?process\w*|sub[-\s]?contract\w*|onward\s+transfers?|international\s+(?:data\s+)?transfers?|(?:data\s+)?transfers?\s+(?:of\s+personal\s+data|outside|to\s+third\s+countries)|restricted\s+transfers?|third[-\s]party\s+(?:disclosures?|access|processors?)|disclosures?\s+to\s+third\s+parties|assignment|change\s+of\s+control|transferring\s+responsibilities|data\s+location|location\s+of\s+(?:processing|data))\b/i;

/** Sub-processors and subcontractors. */
const SUBPROC =
  /\b(?:sub[-\s]?processors?|sub[-\s]?processing|sub[-\s]?contract(?:s|ed|ing|ors?)?|(?:another|other|any\s+other|additional|new|further)\s+processors?|third[-\s]party\s+(?:processors?|service\s+providers?)|engag\w+\s+(?:a\s+|any\s+)?(?:third\s+part(?:y|ies)|vendors?|service\s+providers?)\s+to\s+process)\b/i;

/** Headings about sub-processing or transfers of data (not a generic "Sub-contracts" heading). */
const DATA_HEADING =
  /\b(?:sub[-\s]?process\w*|onward\s+transfers?|international\s+(?:data\s+)?transfers?|(?:personal\s+)?data\s+(?:transfers?|sharing|protection|location)|third[-\s]party\s+(?:disclosures?|processors?))\b/i;

/** Sub-processors by name: always about data. */
const SUB_PROCESSOR = /\bsub[-\s]?processors?\b|\bsub[-\s]?processing\b|\b(?:another|other|any\s+other|additional|new)\s+processors?\b/i;

/** What the sentence is about is data, records or information. */
const DATA_WORD = /\b(?:data|dataset|data\s+set|database|records|information|PHI|personal|processing)\b/i;

/** A definition sentence: the term and its body. */
const DATA_DEFINITION =
  /^[\s\w.()]{0,6}?["“‘']?([\p{Lu}][\w-]*(?:\s+[\p{Lu}][\w-]*){0,3})["”’']?\s+(?:means|refers\s+to|shall\s+mean|is\s+defined\s+as)\b([\s\S]*)$/u;

/** A flat ban on passing the data on. */
const ONWARD_BAN =
  /\b(?:shall|will|must|may)\s+(?:not|never)\b[^.;]{0,40}?\b(?:disclos(?:e|es|ed|ing|ure)(?!\s+part)|shar(?:e|ed|ing)|sell|sold|distribut(?:e|es|ed|ing|ion)|transfer(?:s|red|ring)?|leas(?:e|ed)|rent(?:ed)?|releas(?:e|es|ed|ing)|re-?disclos(?:e|es|ed|ing|ure)|make\s+(?:\w+\s+)?available|give\s+(?:any\s+)?(?:third\s+part(?:y|ies)\s+)?access)\b|\b(?:agrees?|undertakes?)\s+not\s+to\s+(?:\w+\s+){0,3}?(?:disclos|shar|sell|distribut|transfer|give\s+any\s+third)\w*/i;

/** Onward disclosure to third parties. */
const ONWARD =
  /\bonward\s+transfers?\b|\b(?:disclos(?:e|es|ed|ing|ure)(?!\s+part)|provid(?:e|es|ed|ing)|transfer(?:s|red|ring)?|mak(?:e|es|ing)\s+available|giv(?:e|es|ing)\s+access)\b[^.;]{0,80}?\bto\s+(?:any\s+|a\s+|other\s+|the\s+)?(?:third\s+part(?:y|ies)|partners|affiliates|service\s+providers|vendors|other\s+(?:public\s+)?bodies|other\s+agencies|representatives|any\s+(?:other\s+)?(?:person|individual|entity|organi[sz]ation))\b|\b(?:give|grant|allow|permit|provide)\w*\s+(?:any\s+|a\s+)?third\s+part(?:y|ies)\s+(?:with\s+)?access\b|\b(?:shar(?:e|es|ed|ing))\b[^.;]{0,80}?\bwith\s+(?:any\s+|a\s+|other\s+)?(?:third\s+part(?:y|ies)|partners|affiliates|service\s+providers|vendors|other\s+(?:public\s+)?bodies|other\s+agencies)\b|\bthird[-\s]part(?:y|ies)\s+disclosures?\b|\bre-?disclos(?:e|es|ed|ing|ure)\b|\bfurther\s+disclos(?:e|es|ed|ing|ure)\b/i;

/** International transfers and where data is processed. */
const INTL =
  /\b(?:international|cross-border|overseas)\s+(?:data\s+)?transfers?\b|\btransfer\w*\b[^.;]{0,80}\b(?:third\s+countr(?:y|ies)|outside\s+(?:of\s+)?(?:the\s+)?(?:EEA|EU|European|UK|United\s+Kingdom|United\s+States|U\.S\.|country|jurisdiction|territory)|to\s+(?:the\s+United\s+States|any\s+(?:other\s+)?countr(?:y|ies)))\b|\bRestricted\s+Transfers?\b|\b(?:store|process|host)\w*\b[^.;]{0,60}\b(?:outside\s+(?:of\s+)?(?:the\s+)?(?:EEA|EU|European|UK|United|country|jurisdiction)|any\s+(?:other\s+)?(?:country|jurisdiction|location))\b|\bprocessing\s+may\s+take\s+place\b/i;

/** Assignment, novation and change of control. */
const ASSIGN =
  /\b(?:assign(?:s|ed|ing)?|novat\w*|transfer)\s+(?:this|the|its|any\s+of\s+its|a|any)\s+(?:\w+\s+)?(?:Agreement|Contract|MNDA|NDA|DTA|DUA|MOU|rights|obligations)\b|\bassignment\s+of\s+(?:this|the)\b|\bchange\s+of\s+control\b|\bmay\s+(?:not\s+)?assign\b|\bcan\s+(?:not\s+)?assign\b/i;
const INSOLVENCY_ASSIGNMENT = /\bassignment\s+for\s+the\s+benefit\s+of\s+creditors\b/i;

/**
 * Words that every sentence matching SUB_PROCESSOR, SUBPROC, ONWARD, ONWARD_BAN, INTL or ASSIGN
 * contains, one fragment (or more) taken from each of their alternatives, each at the start of a
 * word as there. Outside a transfer heading a sentence without any is not about onward transfer:
 * one cheap test instead of six (the leading \b makes it fail fast inside words).
 */
const MAY_CONCERN_TRANSFER =
  /\b(?:sub[-\s]?process|sub[-\s]?contract|processor|third|engag|onward|(?:partners|affiliates|service\s+providers|vendors|bodies|agencies|representatives)\b|any\s+(?:other\s+)?(?:person|individual|entity|organi[sz]ation)\b|(?:re)?disclos|(?:shall|will|must|may)\s+(?:not|never)\b|(?:agrees?|undertakes?)\s+not\s+to\b|international|cross-border|overseas|transfer|outside|countr|jurisdiction|location|processing\s+may\s+take\s+place\b|assign|novat|change\s+of\s+control\b)/i;

/** Hosting and infrastructure providers, the usual subject of a carve-out. */
const INFRA = /\b(?:hosting|infrastructure|cloud|data\s+cent(?:er|re))\s+(?:service\s+)?providers?\b/i;

/**
 * `\b` before a word, for patterns with the u and i flags, under which V8 runs `\b` many times
 * slower (~8x for CONSENT_COND). The word characters under those flags are \w, "ſ" and the
 * Kelvin sign, so before a letter this is the same test.
 */
const WORD_START = String.raw`(?<![\w\u017F\u212A])`;

/** A condition that keeps the act under control: consent, authorisation, a list. */
const CONSENT_COND = new RegExp(
  [
    String.raw`${WORD_START}(?:without|unless|until|except\s+with|other\s+than\s+with|before\s+(?:obtaining|receiving))\b[^.;]{0,70}?\b(?:consent|authori[sz]ation|approval|approved|authori[sz]ed|consented|agreement\s+in\s+writing)\b`,
    String.raw`${WORD_START}(?:obtain\w*|get|seek\w*|has|have|receiv\w*|with)\s+(?:the\s+)?(?:[\w-]+['’]s\s+|[\p{Lu}][\w-]*(?:\s+[\p{Lu}][\w-]*)?['’]s\s+)?(?:prior\s+|specific\s+|express\s+)*(?:written\s+)?(?:consent|authori[sz]ation|approval)\b`,
    String.raw`${WORD_START}(?:listed|named|identified|set\s+out|specified|approved)\s+in\s+(?:Annex|Schedule|Appendix|Exhibit|Attachment|Part|the\s+(?:list|Annex|Schedule|Appendix))`,
    String.raw`${WORD_START}other\s+than\s+(?:the\s+)?(?:recipients|sub-?processors|subprocessors|subcontractors|parties|persons|entities|bodies)\s+(?:listed|named|set\s+out|identified|specified)`,
    String.raw`${WORD_START}Approved\s+Sub-?processors?\b`,
    String.raw`${WORD_START}on\s+(?:the\s+)?documented\s+instructions\b`,
  ].join('|'),
  'iu',
);

/** A transfer mechanism (GDPR Chapter V). */
const MECHANISM =
  /\b(?:standard\s+contractual\s+clauses|SCCs|adequacy\s+(?:decision|regulations?|finding)|appropriate\s+safeguards|Article\s+(?:45|46|47|49)|binding\s+corporate\s+rules|BCRs|International\s+Data\s+Transfer\s+(?:Agreement|Addendum)|IDTA|UK\s+Addendum|Data\s+Privacy\s+Framework|transfer\s+mechanism|Chapter\s+V)\b/i;

/** Advance notice of a new sub-processor with a stated period. */
const NOTICE_PERIOD =
  /\b(?:at\s+least|not\s+less\s+than|no\s+(?:fewer|less)\s+than|minimum\s+(?:of|time\s+period\s+for\s+prior\s+notice[^.;]{0,40}?is))\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?)\b|\b\d+\s+(?:business\s+|working\s+|calendar\s+)?days['’]?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b|\b(?:days?|weeks?)['’]\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b|\bminimum\s+time\s+period\s+for\s+prior\s+notice\b/i;

/** Same obligations imposed on the sub-processor. */
const FLOW_DOWN =
  /\b(?:same|equivalent|no\s+less\s+(?:protective|onerous|stringent)|at\s+least\s+(?:as\s+protective|equivalent|the\s+same)|substantially\s+(?:similar|the\s+same)|in\s+substance,?\s+the\s+same|materially\s+the\s+same)\b[^.;]{0,100}\b(?:obligations|terms|protections?|level\s+of\s+protection|restrictions)\b|\b(?:impos\w*|flow\w*\s+down|bind\w*|incorporat\w*)\b[^.;]{0,80}\b(?:obligations|terms|this\s+Schedule|these\s+Clauses)\b|\bwritten\s+(?:agreement|contract)\s+with\s+(?:the\s+|each\s+|any\s+|its\s+)?sub[-\s]?(?:processor|contractor)|\bso\s+that\s+this\s+Schedule\s+applies\b/i;

/** The company stays liable for its sub-processors. */
const REMAINS_LIABLE =
  /\b(?:remain|remains|shall\s+(?:remain|be)|is|are|will\s+(?:remain|be))\s+(?:fully\s+|primarily\s+|wholly\s+|directly\s+)?(?:liable|responsible)\b[^.;]{0,120}\b(?:sub[-\s]?processors?|sub[-\s]?contractors?|acts\s+(?:and|or)\s+omissions|performance\s+of\s+the\s+sub)|\bmay\s+not\s+(?:invoke|rely\s+on)\b[^.;]{0,80}\bsub[-\s]?processor|\b(?:responsible|liable)\s+for\s+(?:all\s+|the\s+|any\s+)?(?:acts|omissions|compliance|performance)\b[^.;]{0,60}\bsub[-\s]?(?:processors?|contractors?)/i;

/** A copy of the sub-processor contract. */
const CONTRACT_COPY = /\bcopy\s+of\s+(?:the\s+|any\s+|such\s+|its\s+)?(?:sub[-\s]?processor|sub[-\s]?contract|agreements?\s+with\s+(?:its\s+)?sub)/i;

/** Liability trap. */
const LIABILITY_TRAP =
  /\b(?:(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:liable|responsible)|(?:shall|will)\s+have\s+no\s+(?:liability|responsibility)|(?:accepts?|bears?)\s+no\s+(?:liability|responsibility))\s+for\b[^.;]{0,80}\b(?:sub[-\s]?processors?|sub[-\s]?contractors?|third[-\s]party\s+service\s+providers)\b/i;

/** Blanket consent for whole classes of recipients. */
const BLANKET =
  /\b(?:consents?|authori[sz]es?|agrees?|approves?|appoints?|authori[sz]ation)\b[^.;]{0,80}\b(?:Affiliates|affiliated\s+(?:companies|entities)|service\s+providers|third\s+part(?:y|ies)|vendors|contractors)\b/i;
const LISTED = /\b(?:listed|set\s+out|named|identified|specified)\s+in\b|\bagreed\s+list\b|\bfrom\s+(?:an|the)\s+(?:agreed\s+)?list\b/i;

/** An objection that only buys an exit. */
const OBJECTION = /\bobject(?:s|ed|ing|ions?)?\b|\bdoes\s+not\s+approve\b|\bnon-?approval\b|\bdisapprov\w*/i;
const PENALTY =
  /\bsole\s+(?:and\s+exclusive\s+)?remedy\b|\bexclusive\s+remedy\b|\b(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to|right\s+to)\s+terminat\w*|\bshall\s+not\s+unreasonably\s+object\b|\bterminat\w+\s+(?:the|this|any|its)\b/i;
const OBJECTION_EFFECT =
  /\b(?:shall|will|must)\s+not\s+(?:\w+\s+){0,2}?(?:use|engage|appoint|authori[sz]e|allow|permit)\b|\bshall\s+not\s+be\s+(?:used|engaged|appointed)\b|\bwill\s+not\s+be\s+(?:used|engaged|appointed)\b/i;

/** Open geography. */
const OPEN_GEO =
  /\bany\s+(?:other\s+)?(?:countr(?:y|ies)|jurisdictions?|locations?|territor(?:y|ies))\s+(?:in\s+which|where|that)\b|\banywhere\s+in\s+the\s+world\b|\b(?:process(?:ed|ing)?|stor(?:e|ed|ing)|transfer(?:s|red|ring)?|host(?:s|ed|ing)?|locat(?:e|ed))\b[^.;]{0,40}\bin\s+any\s+(?:other\s+)?(?:country|jurisdiction|location)\b|\bworldwide\b(?=[^.;]{0,60}\b(?:process|store|transfer|host))/i;

/** Processing, storing or transferring the data somewhere. */
const PROCESSING_VERB = /\b(?:process(?:es|ed|ing)?|stor(?:e|es|ed|ing|age)|transfer(?:s|red|ring)?|host(?:s|ed|ing)?|locat(?:e|ed|ion))\b/i;
/** A grant of permission (not a warranty about the law of any country). */
const GRANT = /\bmay\b|\bappoints?\b|\bauthori[sz]\w*|\bconsents?\b|\bpermitt\w*|\bentitled\b|\bfree\s+to\b/i;

/** Open recipients. */
const OPEN_RECIPIENTS =
  /\b(?:partners|third\s+parties|service\s+providers|vendors|contractors|affiliates|agents)\s+(?:who|that|which)\s+(?:\w+\s+){0,2}?(?:help|assist|support|provide|perform|work|act)\b|\bany\s+third\s+part(?:y|ies)\b|\bsuch\s+third\s+parties\s+as\b|\bas\s+(?:it|they)\s+(?:sees?|deems?|considers?)\s+(?:fit|appropriate|necessary)\b/i;

/** A class of recipients rather than named ones. */
const RECIPIENT_CLASS =
  /\b(?:third\s+parties|partners|affiliates|service\s+providers|vendors|contractors|agents|other\s+(?:public\s+)?(?:bodies|agencies|authorities|departments|organi[sz]ations))\b/i;
/** A permission that points back to the sub-processing or disclosure regime of the contract. */
const REFERS_TO_REGIME = /\b(?:in\s+accordance\s+with|subject\s+to|as\s+permitted\s+(?:by|under))\s+(?:this\s+|the\s+)?(?:clause|section|paragraph|article|schedule|annex|agreement|DPA)\b/i;

/** A website list with no duty to tell the public party. */
const WEBSITE =
  /\b(?:website|web\s*site|web\s*page|webpage|online|https?:\/\/|www\.|\{url\}|available\s+at)\b/i;
const NOTIFY_DUTY =
  /\b(?:notif\w*|notice|inform\w*|email|e-mail|subscri\w*|mechanism\s+to\s+obtain|in\s+writing|written)\b/i;

/** An NDA's confidentiality analogue. */
const CONFIDENTIAL_OBJECT = /\b(?:confidential|proprietary)\s+information\b/i;
const CONFIDENTIAL_OBJECT_ALL = /\b(?:confidential|proprietary)\s+information\b/gi;
const PERSONAL_DATA = /\bpersonal\s+(?:data|information)\b|\bindividual(?:ly\s+identifiable)?\s+information\b|\bPHI\b|\bprotected\s+health\s+information\b/i;

/** Assignment with a merger, acquisition or affiliate carve-out, or without consent. */
const ASSIGN_CARVE_OUT =
  /\b(?:except|save|provided\s+that|however|but)\b[^.;]{0,120}\b(?:merger|acquisition|reorgani[sz]ation|change\s+of\s+control|sale\s+of\s+(?:all|substantially)|transfer\s+of\s+(?:all|substantially)|affiliates?|successor)\b/i;
/** Assignment allowed outright, without consent. */
const FREE_ASSIGN = /\bmay\s+(?:freely\s+)?assign\b[^.;]{0,80}\bwithout\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:consent|approval)\b|\bmay\s+freely\s+assign\b/i;

export default defineRule({
  meta: {
    id: 'onward-transfer',
    safeguard: 'S11',
    type: 'safeguard',
    description:
      'Require prior written authorisation for sub-processors, flow-down of obligations, onward disclosure only to listed recipients and international transfers only under a transfer mechanism.',
    rationale:
      'A list of who may access the data means little if the company can pass it on. GDPR Art. 28(2) and (4) allow another processor only with the controller\'s prior written authorisation, with notice and a chance to object to changes, the same obligations flowed down and the first processor fully liable; Chapter V allows transfers abroad only under a transfer mechanism. Open authorisation, objections that only buy an exit, "any country in which we operate" and "partners who help provide the Services" let data travel where no one agreed it should.',
    sources: [
      'GDPR Art. 28(2) and 28(4) (other processors: prior written authorisation, notice and objection, flow-down, liability)',
      'C2P SCC 2021/915 Clause 7.7 (use of sub-processors; list; advance notice; copy of the contract)',
      'SCC 2021/914 Clause 8.7/8.8 (onward transfers) and Clause 9 (use of sub-processors)',
      'GDPR Arts. 44–46 (transfers only under a Chapter V mechanism)',
      'ICO Data sharing code of practice (other organisations involved)',
      'UN B-Tech/GNI (2021), recommendation 1 (who can access the data)',
    ],
    recommended: false,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause controls sub-processing or onward transfer: require {publicName}\'s prior written authorisation for any sub-processor, flow-down of these obligations, and disclosure only to listed recipients.',
      'weak-negation': 'This clause takes the control of sub-processing or onward transfer away ("{phrase}").',
      'weak-open-authorisation':
        'Sub-processors may be engaged without a real authorisation ("{phrase}"), so {publicName} does not control who processes the data.',
      'weak-penalised-objection':
        'An objection to a new sub-processor does not stop it being used ("{phrase}"); it only gives a way out of the contract.',
      'weak-open-geography':
        'The data may go to any country where the company or its sub-processors operate ("{phrase}"): name the countries.',
      'weak-open-recipients':
        'The data may be passed to an open class of recipients ("{phrase}"), not listed ones.',
      'weak-website-notice':
        'Sub-processor changes are shown only on a list the company updates ("{phrase}"), with no duty to notify {publicName}.',
      'weak-effort': 'The control of sub-processors is only an effort ("{phrase}"), not an obligation.',
      'weak-deferred': 'The sub-processor list is deferred ({reason}), so the signed text does not fix it.',
      'weak-assignment':
        'The agreement may pass to someone else without consent ("{phrase}"), so the partner can change.',
      'weak-confidentiality':
        'This is a confidentiality rule on business information ("{phrase}"), not control of sub-processors and onward transfer of data about people.',
    },
    docs: `## What it checks

That the contract controls who else gets the data:

- no sub-processor without prior written authorisation, or only listed ones, with advance notice of
  changes and an objection that has effect;
- the same obligations imposed on each sub-processor in writing, and the company fully liable for it;
- onward disclosure only to listed recipients or on documented instructions;
- international transfers only under a transfer mechanism (SCCs, an adequacy decision, appropriate
  safeguards) or with consent;
- assignment, novation and change of control only with consent.

The rule finds these sentences by headings ("Sub-processors", "Subcontracting", "Onward Transfer",
"International Transfers", "Third Party Disclosures", "Assignment") and by their words, and judges
each one. A clause is **sound** when it is mandatory and does one of the jobs above.

## Why it matters

GDPR Art. 28(2) and (4) make a processor get the controller's authorisation for another processor,
flow down its obligations and stay liable; Chapter V restricts transfers abroad. In a public-private
partnership this is how the public body keeps control of who ends up holding the data.

## Options

None.

## Flagged

- \`weak-negation\`: "the Supplier shall not be liable for the acts or omissions of its sub-processors",
  "no consent shall be required for sub-processing by Affiliates", "the Supplier shall not be required
  to notify changes to its sub-processors", "Clause 9 shall not apply to hosting providers".
- \`weak-open-authorisation\`: "may engage sub-processors as it sees fit", blanket consent for
  "Affiliates" or "service providers" (always reported); a bare "may use subcontractors" (reported when
  no sound clause exists).
- \`weak-penalised-objection\`: "if the Authority objects, the Supplier may terminate", "the Customer's
  sole remedy is to terminate".
- \`weak-open-geography\`: "may transfer Data to any country in which the Supplier or its
  sub-processors operate".
- \`weak-open-recipients\`: "may share Data with partners and third parties who help provide the
  Services".
- \`weak-website-notice\`: "the current list is at [URL], updated from time to time", with no duty to
  notify.
- \`weak-effort\`: "reasonable endeavours to ensure its sub-processors comply".
- \`weak-deferred\`: the sub-processor list is a placeholder or "to be agreed".
- \`weak-assignment\`: assignment allowed without consent, or with a merger or affiliate carve-out.
- \`weak-confidentiality\`: an NDA's need-to-know disclosure rule for Confidential Information.
- \`missing\`: nothing controls sub-processing or onward transfer (reported once).

The first five are reported whatever else the document says; the others only when no sound clause
exists.

## Accepted

"The Supplier shall not subcontract any processing without prior written consent" is a safeguard in
negative form, as is "shall not disclose the Data to any third party". A general written
authorisation with advance notice of changes and a right to object is accepted.

## How to fix

List the authorised sub-processors (name, location, processing) in an annex; require prior written
authorisation for any other; give at least 30 days' notice of changes and stop the change if the
public party objects; flow down the obligations and stay fully liable; list the recipients and
countries the data may go to; require consent for assignment and change of control.

## References

GDPR Arts. 28(2), 28(4), 44–46; C2P SCC 2021/915 Clause 7.7; SCC 2021/914 Clauses 8.7/8.8 and 9; ICO
Data sharing code of practice.`,
    examples: {
      valid: [
        {
          title: 'Prior written consent, flow-down, liability',
          code: `## 11. Sub-processing

11.1 The Supplier shall not subcontract any processing of the Authority Data without the Authority's prior written consent.

11.2 The Supplier shall impose on each sub-processor, in writing, obligations no less protective than those in this Agreement and remains fully liable for the acts and omissions of its sub-processors.
`,
        },
      ],
      invalid: [
        {
          title: 'Open authorisation and open geography',
          code: `## 11. Sub-processors

11.1 The Supplier may engage sub-processors as it sees fit.

11.2 The Supplier may transfer the Data to any country in which the Supplier or its sub-processors operate.
`,
          messageIds: ['weak-open-authorisation', 'weak-open-geography'],
        },
        {
          title: 'Nothing about sub-processing',
          code: `## 4. Services

4.1 The Supplier shall provide the analytics services described in Schedule 2.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    // Defined terms whose definition is about data, as the document defines them ("Licensed Material refers to ... data").
    const dataTerms: string[] = [];
    let confidentialitySeen = false;
    const transferHeading = headingTest(S11_HEADING);
    return safeguardHandlers(context, {
      missingAnchors: [
        /\bsub[-\s]?process|\bsub[-\s]?contract|\btransfers?\b|\bthird\s+part/i,
        /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i,
        /\bassignment\b/i,
      ],
      modelClause: onwardTransferClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text, fullText } = clause;
        if (clause.isDefinition) {
          const defined = DATA_DEFINITION.exec(text);
          if (defined && DATA_WORD.test(defined[2]!) && dataTerms.length < 50) dataTerms.push(defined[1]!.toLowerCase());
          return undefined;
        }
        if (clause.inRecitals) return undefined;
        const headingHit = transferHeading(clause.heading);
        // Cheap gate first: most sentences say nothing about sub-processing, transfers or assignment.
        if (!headingHit && !MAY_CONCERN_TRANSFER.test(fullText)) return undefined;
        const namedSubProcessor = SUB_PROCESSOR.test(fullText);
        const subcontractShape = !namedSubProcessor && SUBPROC.test(fullText);
        const onwardMatch = ONWARD.exec(fullText) ?? ONWARD_BAN.exec(fullText);
        // Only sentences shaped like a transfer need to be about data, and the data must be what is
        // passed on (not "the Product"); definitions are looked up for those sentences alone.
        // A party's Confidential Information is business information, not data about people.
        const isData = (window: string): boolean => {
          const plain = window.replace(CONFIDENTIAL_OBJECT_ALL, ' ');
          return DATA_WORD.test(plain) || dataTerms.some((term) => plain.toLowerCase().includes(term)) || dataTerm(plain, tools);
        };
        const aboutData = (subcontractShape || headingHit) && isData(fullText);
        const onwardData =
          onwardMatch !== null &&
          isData(fullText.slice(Math.max(0, onwardMatch.index - 60), onwardMatch.index + onwardMatch[0].length + 100));
        // A subcontract of works or a licence of software is not sub-processing of data.
        const subproc = namedSubProcessor || (subcontractShape && (aboutData || DATA_HEADING.test(clause.heading)));
        const onward = onwardData;
        const onwardWindow = onwardMatch ? fullText.slice(Math.max(0, onwardMatch.index - 60), onwardMatch.index + onwardMatch[0].length + 100) : '';
        const confidentialOnward = onwardMatch !== null && !onward && CONFIDENTIAL_OBJECT.test(onwardWindow) && !PERSONAL_DATA.test(fullText);
        const intl = INTL.test(fullText);
        const assign = ASSIGN.test(fullText) && !INSOLVENCY_ASSIGNMENT.test(fullText);
        const infra = INFRA.test(fullText);
        const dataRelevant = subproc || onward || intl || confidentialOnward || (headingHit && !/\bassignment\b/i.test(clause.heading) && (infra || aboutData));
        if (!dataRelevant && !assign) return undefined;
        const modal = ownModality(clause);

        // Negation traps.
        const liability = LIABILITY_TRAP.exec(fullText);
        if (liability && dataRelevant) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: clipPhrase(liability[0]) } };
        const negation = readNegation(fullText, modal);
        if (negation.kind === 'trap' && /\b(?:required|obliged|obligated|bound|apply|extend|waive|need)/i.test(negation.text)) {
          if (dataRelevant && (subproc || onward || intl || infra || headingHit)) {
            return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
          }
          if (assign) return { verdict: 'weak', messageId: 'weak-assignment', data: { phrase: negation.text } };
        }

        // Assignment and change of control, when that is all the sentence is about.
        if (!dataRelevant) {
          const party = tools.partyOf(modal.subject);
          if (party?.role === 'public') return undefined;
          const carveOut = ASSIGN_CARVE_OUT.exec(fullText) ?? (modal.kind === 'permission' ? FREE_ASSIGN.exec(fullText) : null);
          if (carveOut) return { verdict: 'weak', messageId: 'weak-assignment', data: { phrase: clipPhrase(carveOut[0]) } };
          return undefined;
        }

        // An NDA's "disclose Confidential Information only to Representatives who need to know".
        if (confidentialOnward && !subproc && !intl) {
          // One such finding says it; an NDA repeats its confidentiality rule many times.
          if (confidentialitySeen) return undefined;
          confidentialitySeen = true;
          const phrase = /\b(?:disclos(?:e|es|ed|ing|ure)|shar(?:e|es|ed|ing)|provid(?:e|es|ed|ing))\b[^.;]{0,60}?\b(?:confidential|proprietary)\s+information\b[^.;]{0,40}/i.exec(fullText)?.[0] ?? 'Confidential Information';
          return { verdict: 'weak', messageId: 'weak-confidentiality', data: { phrase: clipPhrase(phrase) } };
        }

        const prohibition = modal.kind === 'prohibition' || negation.kind === 'prohibition';
        const restricted = CONSENT_COND.test(fullText) || LISTED.test(fullText);

        // Open authorisation: discretion or blanket consent.
        if (subproc) {
          const discretion = findWeakener(text, 'W2');
          if (discretion && !prohibition) {
            return { verdict: 'defeat', messageId: 'weak-open-authorisation', data: { phrase: discretion.text } };
          }
          const blanket = BLANKET.exec(fullText);
          if (blanket && !LISTED.test(fullText) && !prohibition && !/\bobject/i.test(fullText)) {
            return { verdict: 'defeat', messageId: 'weak-open-authorisation', data: { phrase: clipPhrase(blanket[0]) } };
          }
        }
        // An objection that only buys an exit.
        if ((subproc || headingHit) && OBJECTION.test(fullText)) {
          const penalty = PENALTY.exec(fullText);
          if (penalty && !OBJECTION_EFFECT.test(fullText)) {
            return { verdict: 'defeat', messageId: 'weak-penalised-objection', data: { phrase: penalty[0] } };
          }
        }
        // Open geography and open recipients.
        if (!prohibition) {
          const geography = OPEN_GEO.exec(fullText);
          if (geography && (intl || subproc || PROCESSING_VERB.test(fullText)) && GRANT.test(fullText.slice(Math.max(0, geography.index - 160), geography.index))) {
            return { verdict: 'defeat', messageId: 'weak-open-geography', data: { phrase: phraseAround(fullText, geography[0], 8) } };
          }
          if (onward && (modal.kind === 'permission' || /\bmay\b/i.test(text))) {
            const open =
              OPEN_RECIPIENTS.exec(fullText) ??
              (findWeakener(fullText, 'W1') ? { 0: findWeakener(fullText, 'W1')!.text } : null) ??
              (modal.kind === 'permission' && !/\b(?:only|solely|exclusively)\b/i.test(fullText) && !REFERS_TO_REGIME.test(fullText) ? RECIPIENT_CLASS.exec(fullText) : null);
            if (open && !restricted) return { verdict: 'defeat', messageId: 'weak-open-recipients', data: { phrase: clipPhrase(open[0]) } };
          }
        } else if (negation.kind === 'prohibition' && negation.reopenedBy) {
          return { verdict: 'defeat', messageId: 'weak-open-recipients', data: { phrase: negation.reopenedBy } };
        }

        const deferred = findWeakener(text, 'W10');
        if (deferred) return { verdict: 'weak', messageId: 'weak-deferred', data: { reason: `"${deferred.text}"` } };
        const effort = findWeakener(text, 'W5');
        if (effort && subproc) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };

        // Sound: a mandatory control.
        const only = /\b(?:only|solely|exclusively)\b/i.test(fullText);
        const duty = isDuty(clause);
        const mandatory = duty || prohibition || only || /\b(?:agrees?|undertakes?|warrants?)\b/i.test(fullText);
        if (mandatory) {
          if ((prohibition || only) && restricted) return { verdict: 'sound' };
          if (prohibition && (onward || subproc || intl)) return { verdict: 'sound' };
          if (intl && MECHANISM.test(fullText)) return { verdict: 'sound' };
          if (subproc && restricted && duty) return { verdict: 'sound' };
          if (subproc && NOTICE_PERIOD.test(fullText)) return { verdict: 'sound' };
          if (subproc && FLOW_DOWN.test(fullText)) return { verdict: 'sound' };
          if (REMAINS_LIABLE.test(fullText)) return { verdict: 'sound' };
          if (subproc && CONTRACT_COPY.test(fullText) && duty) return { verdict: 'sound' };
        }

        // Weak: a website list with no duty to notify; a bare permission to subcontract.
        if (subproc && WEBSITE.test(fullText) && !NOTIFY_DUTY.test(fullText)) {
          const phrase = /\b(?:website|web\s*site|web\s*page|webpage|online|https?:\/\/\S+|www\.\S+|\{url\}|available\s+at\s+\S+)/i.exec(fullText)?.[0] ?? 'website';
          return { verdict: 'weak', messageId: 'weak-website-notice', data: { phrase: clipPhrase(phrase) } };
        }
        if (subproc && modal.kind === 'permission' && !restricted && !REFERS_TO_REGIME.test(fullText)) {
          return { verdict: 'weak', messageId: 'weak-open-authorisation', data: { phrase: phraseAround(text, modal.modal ?? 'may', 8) } };
        }
        return undefined;
      },
    });
  },
});

/** A defined term in the sentence whose definition is about data ("Licensed Material means the City's GIS data"). */
function dataTerm(text: string, tools: { definitionIn(text: string, pattern: RegExp): { body: string } | undefined }): boolean {
  const definition = tools.definitionIn(text, /\b(?:Material|Materials|Content|Deliverables?|Files?|Products?)\b/);
  return definition !== undefined && DATA_WORD.test(definition.body);
}
