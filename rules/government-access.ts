/**
 * @file government-access (S5)
 *
 * Require that public authorities get no direct or unmediated access to the data, and that
 * their requests are handled: only legally binding requests, notice to the contracting party
 * (and where possible the people concerned), a legality review with a challenge where the
 * request is unlawful, the minimum disclosed, records and reporting. Flags negation traps ("shall
 * not be obliged to notify", "waives any right to challenge", "Nothing ... shall prevent any
 * public body from accessing"), disclosure on any request, standing or direct access, onward
 * sharing with other public bodies, an over-broad "Competent Authority", notify-only handling,
 * watered-down notice, bare "required by law" carve-outs, an NDA's compelled-disclosure clause,
 * and Standard Contractual Clauses incorporated only by reference.
 *
 * "The data importer shall not disclose the personal data requested until required to do so
 * under the applicable procedural rules" (SCC Clause 15.2(a)) is a safeguard, not a trap.
 *
 * Reads: sentences (with headings and list lead-ins), modality and negation, definitions,
 * parties (who must notify or may disclose; whether the public party passes data on).
 */
import { defineRule } from '../src/engine/rule.js';
import { governmentAccessClause } from './model-clauses/government-access.js';
import { readNegation } from './shared/negation.js';
import { isRecital, isTitleOnly } from './shared/operative.js';
import { partyLabel } from './shared/party-label.js';
import { clipPhrase } from './shared/phrases.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement, type Tools } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';

/** Headings of sections about authorities' access and requests. */
const S5_HEADING =
  /\b(?:access\s+by\s+public\s+authorities|government(?:al)?\s+access|public\s+authorit(?:y|ies)|law\s+enforcement|legally\s+binding\s+requests?|(?:disclosure|third[- ]party|government(?:al)?)\s+requests?|requests?\s+for\s+disclosure|compelled\s+disclosures?|disclosures?\s+required\s+by\s+law|required\s+disclosures?|review\s+of\s+legality|challenges?\s+to\s+orders?|notification\s+of\s+requests?|disclosure\s+of\s+processed\s+data|response\s+to\s+inquiries)\b/i;

/**
 * Cheap relevance gate: every match of AUTHORITY, REQUEST, LAW_REQUIREMENT, SCC_BY_REFERENCE and
 * STANDING_ACCESS contains one of these words at a word start, so a sentence with none of them
 * (most sentences) is not about authorities' access and skips those patterns.
 */
const MAY_CONCERN_AUTHORITIES = new RegExp(
  String.raw`\b(?:${[
    // AUTHORITY
    String.raw`public\s+(?:authorit|bod)|enforcement|government|police|security\s+(?:service|agenc)|intelligence|judicial|court`,
    String.raw`subpoena|search\s+warrant|administrative|(?:competent|state|federal|tax|immigration)\s+(?:authorit|agenc)`,
    String.raw`legally\s+binding|legal\s+process|compelled|lawful\s+(?:access|interception)|direct\s+access`,
    // REQUEST
    String.raw`request|demand|order|inquir|enquir|disclosure`,
    // LAW_REQUIREMENT, beyond the words above
    String.raw`(?:required|mandated|obliged)\s+(?:to\s+(?:do\s+so|disclose|comply|process)\s+)?(?:by|under)\s|mandatory|obligations\s+under\s`,
    // SCC_BY_REFERENCE
    String.raw`contractual\s+clauses|SCCs`,
    // STANDING_ACCESS
    String.raw`(?:unrestricted|unfettered|unlimited|full|direct|remote|real-time|continuous|standing|permanent)\s+(?:and\s+\w+\s+)?access`,
  ].join('|')})`,
  'i',
);

/** Public authorities and their instruments. */
const AUTHORITY =
  /\b(?:public\s+(?:authorit(?:y|ies)|bod(?:y|ies))|law[- ]enforcement|government(?:al)?\s+(?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|departments?|requests?|access|demands?)|police|security\s+(?:services?|agencies)|intelligence\s+(?:services?|agencies)|judicial\s+authorit(?:y|ies)|court\s+orders?|subpoenas?|search\s+warrants?|administrative\s+orders?|(?:competent|state|federal|tax|immigration)\s+(?:authorit(?:y|ies)|agenc(?:y|ies))|legally\s+binding\s+(?:requests?|orders?|demands?)|legal\s+process|compelled\s+(?:to\s+)?disclos\w*|lawful\s+(?:access|interception)|direct\s+access)\b/i;

/** A disclosure or use required by law, a court or an authority. */
const LAW_REQUIREMENT = new RegExp(
  [
    String.raw`\b(?:(?:legally\s+)?(?:required|compelled|mandated|obliged|ordered)|(?:supposedly|purportedly)\s+required|claims?\s+to\s+be\s+required)\s+(?:to\s+(?:do\s+so|disclose|comply|process)\s+)?(?:by|under)\s+(?:any\s+|applicable\s+|mandatory\s+|the\s+|Union\s+or\s+Member\s+State\s+)?(?:laws?|statute|legislation|regulations?|courts?|legal\s+process|subpoena|law\s+enforcement)\b`,
    String.raw`\bby\s+mandatory\s+law\b`,
    String.raw`\b(?:court|administrative|judicial)\s+(?:or\s+\w+\s+)?orders?\b`,
    String.raw`\bsubpoenas?\b`,
    String.raw`\bto\s+comply\s+with\s+(?:[\w-]+['’]s\s+|its\s+|their\s+)?(?:legal\s+)?obligations\s+under\s+(?:applicable\s+)?laws?\b`,
    String.raw`\brequired\s+by\s+(?:applicable\s+)?laws?\b`,
  ].join('|'),
  'i',
);

/** Disclosing, giving access to, or using the data. */
const DISCLOSE =
  /\b(?:disclos(?:e|es|ed|ure|ures)\b|disclosing\b(?!\s+party)|(?:provid|grant|giv)\w*\s+(?:\w+\s+)?access|mak\w*\s+(?:\w+\s+){0,3}available|produc(?:e|ed|tion)|releas\w*|hand\w*\s+over|shar(?:e|ed|ing)|us(?:e|ed)|process\w*|transfer\w*)\b/i;

/** What a carve-out lets out: data, records, information. */
const DATA_OBJECT = /\b(?:data(?:\s*sets?)?|datasets?|(?<!freedom\s+of\s+)information|records|limited\s+data\s+set)\b/i;

/** A request from outside the contract: a third party, anyone else, an authority. */
const REQUEST =
  /\b(?:requests?|demands?|orders?|inquir(?:y|ies)|enquir(?:y|ies))\s+(?:\w+\s+){0,4}?(?:from|by|of)\s+(?:a\s+|an\s+|any\s+|the\s+)?(?:other\s+)?(?:third[- ]part(?:y|ies)|anyone\s+else|any\s+(?:other\s+)?person|public|government|law\s+enforcement|police|court|judicial|competent|authorit\w+)|\bthird[- ]party\s+requests?\b|\b(?:legally\s+binding|compelled|mandatory)\s+(?:requests?|orders?|demands?|disclosures?)\b|\b(?:challeng|contest)\w*\s+(?:a|any|the|such)\s+(?:request|order|demand)\b|\brecords?\s+of\s+(?:\w+\s+)?(?:disclosures?|requests?)\b/i;

/** How a request is handled: legality review, challenge, minimisation, consent gate, redirect. */
const HANDLING = new RegExp(
  [
    String.raw`\bchalleng(?:e|es|ed|ing)\b`,
    String.raw`\bcontest(?:s|ed|ing)?\b`,
    String.raw`\breview\s+(?:\w+\s+)?(?:the\s+)?(?:legality|lawfulness|validity)\b`,
    String.raw`\binterim\s+measures\b`,
    String.raw`\bminimum\s+(?:amount\s+of\s+)?(?:data|information|personal\s+data)\b`,
    String.raw`\bminimi[sz]\w*\s+(?:the\s+)?(?:data|information|disclosure)\b`,
    String.raw`\bonly\s+(?:that|the|such)\s+(?:portion|part)\b`,
    String.raw`\bredirect\w*\b`,
    String.raw`\breject\s+(?:the|any|such)\s+(?:request|demand|order)\b`,
    String.raw`\bnot\s+(?:respond|reply|comply)\s+(?:to|with)\s+(?:the|any|such)\s+(?:request|demand|order|inquiry)\s+without\b`,
    String.raw`\buntil\s+required\s+to\s+do\s+so\s+under\s+the\s+applicable\s+procedural\s+rules\b`,
    String.raw`\bquash\w*\b|\bprotective\s+order\b|\bresist\w*\b`,
    String.raw`\brefer\w*\s+(?:the|any|such)\s+(?:request|demand|order|requester|authority)\b`,
    String.raw`\bonly\s+(?:on|upon|in\s+response\s+to|pursuant\s+to)\s+(?:a\s+|an\s+)?(?:(?:valid|written|legally\s+binding|binding|lawful|specific)\s+)+(?:requests?|orders?|demands?|court\s+orders?|warrants?|subpoenas?)\b`,
  ].join('|'),
  'i',
);

/** Reporting on requests (SCC 15.1(c), transparency reports). */
const REPORTING =
  /\b(?:publish|report|provide|make\s+available)\w*\b[^.;]{0,120}\b(?:number\s+of\s+requests|aggregate\s+information|transparency\s+reports?|(?:number|type)s?\s+of\s+(?:\w+\s+)?(?:requests|demands|orders))\b/i;

/** A ban on direct access or on the means for it. */
const DIRECT_ACCESS_BAN =
  /\b(?:direct|indirect|remote|blanket|unfettered|back-?door|real-time)\b[^.;]{0,40}\baccess\b|\bencryption\s+keys?\b|\bback\s*doors?\b|\bability\s+to\s+break\b/i;

/** Notice of a request. */
const NOTIFY =
  /\b(?:notif(?:y|ies|ied|ication)|inform|tell|alert|advise|(?:give|provide)s?\s+(?:\w+\s+){0,3}notice|notice\s+of|provide\s+(?:any\s+)?information\b[^.;]{0,40}\babout)\b/i;

/** Notice watered down: effort, law-permitting, discretion. */
const QUALIFIED_NOTICE =
  /\bto\s+the\s+extent\s+(?:legally\s+|lawfully\s+)?permitted(?:\s+by\s+(?:applicable\s+)?law)?\b|\bas\s+soon\s+as\s+(?:legally\s+|lawfully\s+)?(?:permissible|permitted|possible)\b|\bif\s+(?:it\s+is\s+)?(?:legally\s+)?(?:lawful|permitted|allowed)\s+to\s+(?:notify|inform)\b|\bif\s+lawful\b|\bwhere\s+(?:legally\s+)?permitted\b|\b(?:if|where|to\s+the\s+extent)\s+(?:the\s+|applicable\s+)?(?:law|[\p{Lu}][\w-]*\s+(?:Protection\s+)?Laws?)\s+permits\b|\bat\s+its\s+(?:(?:sole|own|absolute)\s+)*discretion\b|\bendeavou?r\s+to\s+(?:notify|inform)\b|\b(?:reasonable|best)\s+(?:endeavou?rs?|efforts?)\s+to\s+(?:notify|inform)\b/iu;

/**
 * Every alternative of QUALIFIED_NOTICE holds one of these words (same flags): a cheap test that
 * skips its large case-insensitive Unicode letter class on sentences it cannot match.
 */
const MAY_QUALIFY_NOTICE = /permi|as\s+soon\s+as|lawful|allowed|discretion|endeavo|effort/iu;

/** Disclosure on any request, or open co-operation with security bodies. */
const ANY_REQUEST = new RegExp(
  [
    String.raw`\b(?:required\s+or\s+)?requested\s+by\s+(?:any\s+|a\s+)?(?:\w+\s+){0,2}?(?:governmental|government|public|law\s+enforcement|regulatory|competent|state|police)\b`,
    String.raw`\b(?:co-?operate|comply|assist)\w*\s+(?:fully\s+)?with\s+(?:any\s+|all\s+)?(?:requests?\s+(?:from|of|by)\s+)?(?:any\s+)?(?:law\s+enforcement|police|security\s+(?:and\s+\w+\s+)?(?:services|agencies)|intelligence|government(?:al)?\s+(?:authorit|agenc|bod)\w*|public\s+(?:authorit|bod)\w*)`,
    String.raw`\bcomply\s+with\s+(?:any|all|every)\s+(?:\w+\s+){0,2}?(?:requests?|demands?)\s+(?:from|of|by)\s+(?:any\s+)?(?:\w+\s+){0,2}?(?:authorit|agenc|bod|government|police)\w*`,
  ].join('|'),
  'i',
);

/** Standing access: audit or support access that reads as access for any purpose. */
const STANDING_ACCESS =
  /\b(?:unrestricted|unfettered|unlimited|full|direct|remote|real-time|continuous|standing|permanent)\s+(?:and\s+\w+\s+)?access\b[^.;]{0,120}\b(?:for\s+any\s+purpose|at\s+any\s+time|without\s+(?:prior\s+)?notice|whenever\s+it)\b/i;
/** Direct access granted to an authority. */
const GRANT_TO_AUTHORITY =
  /\b(?:provide|give|grant|allow)\w*\s+(?:the\s+|any\s+)?(?:police|law\s+enforcement(?:\s+\w+)?|security\s+services|intelligence\s+\w+|public\s+(?:authorit|bod)\w*|government(?:al)?\s+(?:authorit|agenc|bod)\w*)\s+(?:with\s+)?(?:\w+\s+){0,2}?(?:direct|remote|real-time|continuous|unrestricted|live)\s+access\b|\b(?:police|law\s+enforcement|security\s+services|intelligence|public\s+(?:authorit|bod)\w*|government(?:al)?\s+(?:authorit|agenc|bod)\w*)\b[^.;]{0,60}\b(?:shall|will|may)\s+(?:have|be\s+(?:given|granted|provided\s+with))\s+(?:\w+\s+){0,2}?(?:direct|remote|real-time|continuous|unrestricted)\s+access\b/i;

/** The public party passes data on to other public bodies (S5.10). */
const ONWARD =
  /\b(?:disclos|shar|pass|transfer|provid|mak\w*\s+available|mak)\w*\b[^.;]{0,100}?\b(?:data|records|information|datasets?)\b[^.;]{0,80}?\b(?:to|with)\s+(?:any\s+|all\s+)?(?:other\s+)?(?:central\s+government\s+bod(?:y|ies)|government\s+(?:departments?|bod(?:y|ies)|agenc(?:y|ies))|public\s+(?:bod(?:y|ies)|authorit(?:y|ies)|sector\s+bod(?:y|ies))|law\s+enforcement|police|security\s+services|intelligence\s+(?:services|agencies)|(?:tax|immigration)\s+authorit(?:y|ies))\b/i;

/** A request-handling duty, or access, named right after a negated duty or limit. */
const TRAPPED_DUTY =
  /\b(?:notif\w*|inform\w*|tell|challeng\w*|contest\w*|review\w*|record\w*|document\w*|report\w*|publish\w*|minimi[sz]\w*|refus\w*|reject\w*|redirect\w*|access\w*|requests?|disclos(?:e|ed|ure|ures))\b/i;

/** A negation that lifts a limit rather than a duty. */
const LIMIT_REMOVAL = /\b(?:limits?|restricts?|prevents?|precludes?|prejudices?|affects?|construed|interpreted|deemed|read)\b/i;

/** Negation traps specific to government access. */
const S5_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|is|are|must)\s+not\s+(?:be\s+)?(?:required|obliged|obligated|bound)\s+to\s+(?:\w+\s+){0,2}?(?:notify|inform|tell|challenge|contest|review|record|keep\s+(?:a\s+)?records?|document|report|publish|minimi[sz]e)\w*`,
    String.raw`\bwaives?\s+(?:any|all|its|their)\s+(?:\w+\s+)?rights?\s+to\s+(?:challenge|contest|object|oppose|appeal|notice|be\s+notified)\b`,
    String.raw`\b(?:shall|will|must)\s+not\s+(?:challenge|contest|resist|oppose|object\s+to|appeal)\b`,
    String.raw`\bnothing\s+in\b[^.;]{0,120}\b(?:prevents?|restricts?|limits?|precludes?)\b[^.;]{0,60}\b(?:authorit|bod(?:y|ies)|agenc|government|police|law\s+enforcement)\w*[^.;]{0,40}\baccess\w*`,
    String.raw`\bnothing\s+in\b[^.;]{0,120}\b(?:prevents?|restricts?|limits?|precludes?)\b[^.;]{0,100}\b(?:shar\w*|disclos\w*|provid\w*|pass\w*|access\w*)\b[^.;]{0,80}\b(?:public\s+(?:authorit|bod)|government\s+(?:authorit|bod|department|agenc)|law\s+enforcement|police|security\s+services|intelligence)\w*`,
  ].join('|'),
  'i',
);

/** Documentation given only on request. */
const DOCUMENTS_ON_REQUEST =
  /\b(?:information|documentation|assessment|records?|certification)\b[^.;]{0,120}\b(?:will|shall)\s+be\s+(?:provided|made\s+available|given|shared)\s+(?:only\s+)?(?:upon|on)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:(?:specific|justified|written|reasonable)\s*,?\s*)*request\b/i;

/** Standard Contractual Clauses brought in only by reference. */
const SCC_BY_REFERENCE =
  /\b(?:standard\s+contractual\s+clauses|SCCs)\b[^.;]{0,120}\bincorporated\b|\bincorporated\b[^.;]{0,60}\b(?:standard\s+contractual\s+clauses|SCCs)\b/i;

/** A confidentiality analogue: the compelled-disclosure exception of an NDA. */
const CONFIDENTIAL_OBJECT = /\b(?:Confidential|Proprietary)\s+(?:Information|Informaton|Infor\s*maton)\b/;
const PEOPLE_DATA = /\b(?:personal\s+(?:data|information)|data\s+subjects?|patients?|individuals|customer\s+(?:personal\s+)?data|processed\s+data)\b/i;
/** Words that make a "Confidential Information" definition cover data about people. */
const ABOUT_PEOPLE =
  /\b(?:personal|individual|individually|client|patient|student|participant|citizen|resident|data\s+subject|health|identifiable|user\s+data|member)\w*\b/i;

/** "X means ...", "“X” shall mean ...". */
const DEFINITION_SHAPE =
  /^[\s\d.()a-z]{0,8}["“‘'*_]*[\p{Lu}][^"”’.]{0,80}?["”’'*_]*\s+(?:\([^)]{1,40}\)\s+)?(?:means|shall\s+mean|has\s+the\s+meaning|includes|shall\s+include|refers\s+to|is\s+defined\s+as)\b/u;

/** Definition of an authority term that takes in any public body. */
const AUTHORITY_TERM =
  /^[\s\d.()a-z]{0,8}["“‘'*_]*((?:Competent|Relevant|Public|Government(?:al)?|Law\s+Enforcement|Supervisory|Regulatory)?\s*(?:Authorit(?:y|ies)|Regulators?|Agenc(?:y|ies)|Bod(?:y|ies)))["”’'*_]*\s+(?:means|shall\s+mean|includes|has\s+the\s+meaning)/i;
const ANY_PUBLIC_BODY =
  /\bany\s+(?:other\s+)?(?:public|governmental|government|state|regulatory|statutory|law\s+enforcement)\s+(?:or\s+\w+\s+)?(?:bod(?:y|ies)|authorit(?:y|ies)|agenc(?:y|ies)|entit(?:y|ies)|departments?)\b|\bany\s+(?:court|authority|agency|body)\b[^.;]{0,60}\b(?:whatsoever|of\s+any\s+kind|in\s+any\s+jurisdiction)\b/i;

export default defineRule({
  meta: {
    id: 'government-access',
    safeguard: 'S5',
    type: 'safeguard',
    description:
      'Require that public authorities get no direct access to the data and that their requests are legally binding, notified, reviewed, challenged where unlawful and answered with the minimum.',
    rationale:
      'The UN B-Tech / GNI post documents government efforts to acquire "direct access" to user data that remove intermediaries\' awareness of it and their chance to object, and informal pressure on companies to hand data over, including through public-private partnerships. A contract that lets a company disclose data on any request, gives authorities standing access, or only asks for a notice once the data has gone, leaves the people concerned without that check. SCC 2021/914 Clause 15 sets the benchmark: notify, review legality, challenge, disclose the minimum, document and report.',
    sources: [
      'UN B-Tech/GNI (2021), "direct access" and informal pressure',
      'SCC 2021/914 Clause 15.1 (notification, waiver, aggregate information, records)',
      'SCC 2021/914 Clause 15.2 (review of legality, challenge, data minimisation)',
      'SCC 2021/914 Clause 14 (local laws and practices)',
      'GDPR Art. 28(3)(a) (inform the controller of a legal requirement to process)',
      'GNI Principles on Freedom of Expression and Privacy and Implementation Guidelines (government demands)',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause governs access to the data by public authorities: require {privateName} to refuse direct access, act only on written, legally binding requests, notify {publicName}, challenge unlawful requests and disclose the minimum.',
      'weak-negation': 'This clause takes away a protection against government access ("{phrase}").',
      'weak-any-request':
        'Data may be handed over on any request or in open co-operation with authorities ("{phrase}"), not only on a legally binding request.',
      'weak-standing-access':
        'This clause gives standing or direct access ("{phrase}") that an authority could use without any request.',
      'weak-onward-disclosure':
        'This clause lets {party} pass the data on to other public bodies ("{phrase}") outside any request procedure.',
      'weak-discretion': 'Disclosure to authorities is left to {party}\'s discretion ("{phrase}").',
      'weak-broad-authority':
        'The authority term is defined to take in any public body ("{phrase}"), so the request rules cover every agency.',
      'weak-notify-only':
        'Legal demands for the data only have to be notified by {party}; nothing requires it to check the demand is legally binding, challenge it where unlawful or disclose the minimum.',
      'weak-notice-qualified':
        'Notice of a request for the data is watered down ("{phrase}"), so {publicName} may never hear of it.',
      'weak-law-carve-out':
        'The data may be disclosed or used whenever the law requires it ("{phrase}"), with no notice, legality review, challenge or minimisation.',
      'weak-confidentiality':
        'This is a confidentiality clause\'s compelled-disclosure exception for business information ("{phrase}"): notice at most, with no legality review, challenge or minimisation for data about people.',
      'weak-by-reference':
        'Handling of government requests comes only from Standard Contractual Clauses incorporated by reference ("{phrase}"); their Clause 15 is not in this text and covers restricted transfers only.',
      'weak-documents-on-request':
        'Records of requests or of the legal assessment are given only on request ("{phrase}"), not kept available as a standing duty.',
      'weak-effort': 'Handling of the request is only an effort ("{phrase}"), not an obligation of result.',
      'weak-optional': 'Handling of the request is optional ("{phrase}"): nothing requires {party} to challenge or minimise.',
    },
    docs: `## What it checks

That the contract keeps public authorities away from the data except through a controlled
procedure: no direct or remote access and no means for it; disclosure only on a legally binding
request; notice to the contracting party (and where possible the people concerned); a review of
the request's legality with a challenge where it is unlawful; the minimum disclosed; records and
reporting. The rule finds these sentences by headings ("Access by Public Authorities", "Law
Enforcement Requests", "Required Disclosures", "Review of legality") and by authority words (public
authority, law enforcement, court order, subpoena, legally binding request, "required by law").

A clause is **sound** when a mandatory sentence handles a request (reviews its legality,
challenges it, discloses the minimum, redirects it, refuses to respond without the contracting
party's consent, withholds the data "until required to do so under the applicable procedural
rules"), forbids direct access or disclosure to law enforcement, or reports on requests.

## Why it matters

The UN B-Tech / GNI post warns of governments acquiring "direct access" to data in ways that remove
the intermediary's awareness and its chance to object, and of informal pressure to hand data over
through public-private partnerships. SCC 2021/914 Clause 15 shows what a working procedure
contains.

## Options

None.

## Flagged

Reported even when a sound clause exists elsewhere:

- \`weak-negation\`: "the Supplier shall not be obliged to notify the Authority or any data subject
  of any request", "waives any right to challenge a request", "shall not contest", "Nothing in this
  Agreement shall prevent any public body from accessing the Data", "Clause 9 shall not apply to
  requests from ...", "shall not be required to keep records of disclosures".
- \`weak-any-request\`: "may disclose Data where required or requested by any governmental
  authority", "shall cooperate fully with law enforcement and security agencies".
- \`weak-standing-access\`: "unrestricted access to the Supplier's systems and premises for any
  purpose", "the police shall have direct access to the platform".
- \`weak-onward-disclosure\`: the public party "may share the Data with any other government
  department or law enforcement agency".
- \`weak-discretion\`: "shall not disclose Data to law enforcement except as the Supplier considers
  appropriate".
- \`weak-broad-authority\`: "Competent Authority means any public or governmental body".

Reported only when no sound clause exists:

- \`weak-notify-only\`: a duty to notify legal demands with nothing on challenge or minimisation.
- \`weak-notice-qualified\`: "will endeavour to notify, to the extent permitted by law", "if lawful
  to notify", "may, at its discretion, provide information about the request".
- \`weak-law-carve-out\`: "shall not disclose the Data except as otherwise required by law", "may
  also use the Data as required by mandatory law, court or administrative order".
- \`weak-confidentiality\`: an NDA's "may disclose Confidential Information to the extent required
  by law ... provided it gives reasonable advance notice".
- \`weak-by-reference\`: only "the EU SCCs are hereby incorporated by reference".
- \`weak-documents-on-request\`, \`weak-effort\`, \`weak-optional\`.
- \`missing\`: nothing about authorities' access or requests (reported once).

## Accepted

"The data importer shall not disclose the personal data requested until required to do so under
the applicable procedural rules" (SCC Clause 15.2(a)) is a safeguard. "Unless prohibited by law"
on a notice duty is the SCC's own exception, not a weakener; "where possible" for notice to data
subjects is the SCC wording.

## How to fix

Forbid direct access and the means for it; act only on written, legally binding requests; notify
the contracting party within a fixed time (seek a waiver where notice is forbidden); review
legality, challenge unlawful requests, disclose the minimum; keep records; publish aggregate
numbers; extend this to the public partner's own other agencies.

## References

UN B-Tech / GNI (2021); SCC 2021/914 Clauses 14 and 15; GDPR Art. 28(3)(a); GNI Principles and
Implementation Guidelines.`,
    examples: {
      valid: [
        {
          title: 'Binding requests only, reviewed and challenged',
          code: `## 9. Access by Public Authorities

9.1 The Supplier shall not give any public authority direct or remote access to the Authority Data.

9.2 The Supplier shall review the legality of any legally binding request from a public authority for the Authority Data, challenge the request where there are reasonable grounds to consider it unlawful, and disclose only the minimum amount of data the request requires.

9.3 The Supplier shall notify the Authority of any such request within forty-eight (48) hours unless the law prohibits it.
`,
        },
      ],
      invalid: [
        {
          title: 'Any request and watered-down notice',
          code: `## 9. Law Enforcement Requests

9.1 The Supplier may disclose the Authority Data where required or requested by any governmental authority.

9.2 The Supplier will endeavour to notify the Authority of such disclosure, to the extent permitted by law.
`,
          messageIds: ['weak-any-request', 'weak-notice-qualified'],
        },
        {
          title: 'No government-access term',
          code: `## 1. Services

1.1 The Supplier shall provide the analytics services described in Schedule 2.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const broadDefinitions: Array<{ clause: Clause; phrase: string }> = [];
    const isS5Heading = headingTest(S5_HEADING);
    return safeguardHandlers(context, {
      missingAnchors: [
        /\b(?:public\s+authorit|government(?:al)?\s+access|law\s+enforcement|disclosure\s+requests?|required\s+disclosures?|disclosures?\s+required\s+by\s+law)/i,
        /\bconfidential/i,
        /\bdata\s+protection\b|\bpersonal\s+data\b/i,
      ],
      modelClause: governmentAccessClause,
      judge(clause, tools): Judgement | undefined {
        if (isTitleOnly(clause)) return undefined;
        const { text, fullText } = clause;

        // Only a sentence shaped as a definition is one: converted documents can leave operative
        // schedules under a "Definitions" heading.
        if (clause.isDefinition && DEFINITION_SHAPE.test(text)) {
          // An authority term defined as "any public body": judged once the document is read.
          const term = AUTHORITY_TERM.exec(text);
          const broad = term ? ANY_PUBLIC_BODY.exec(text.slice(term.index + term[0].length)) : null;
          if (term && broad) broadDefinitions.push({ clause, phrase: clipPhrase(`${term[1]!.trim()}: ${broad[0]}`) });
          return undefined;
        }
        if (isRecital(clause)) return undefined;

        const headingHit = isS5Heading(clause.heading);
        if (!headingHit && !MAY_CONCERN_AUTHORITIES.test(fullText)) return undefined;
        const authority = AUTHORITY.test(fullText);
        const request = REQUEST.test(fullText);
        const lawRequired = LAW_REQUIREMENT.exec(fullText);
        const byReference = SCC_BY_REFERENCE.exec(text);
        const standing = STANDING_ACCESS.exec(text);
        const relevant =
          headingHit || authority || request || (lawRequired !== null && DISCLOSE.test(fullText)) || byReference !== null || standing !== null;
        if (!relevant) return undefined;
        // Named only in the few findings that need it.
        const party = (): string => partyLabel(clause, tools);

        // Negation traps.
        const trap = S5_TRAP.exec(fullText);
        if (trap) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: clipPhrase(trap[0]) } };
        const negation = readNegation(fullText, clause.modality);
        // A negated duty ("shall not be required to notify") is a trap; a negated limit ("does not
        // restrict any disclosure required by law") is a carve-out, judged below as one.
        if (
          negation.kind === 'trap' &&
          !LIMIT_REMOVAL.test(negation.text) &&
          TRAPPED_DUTY.test(fullText.slice(negation.index, negation.index + negation.text.length + 80))
        ) {
          return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        }

        // Open doors: any request, standing access, onward sharing with other public bodies.
        if (negation.kind !== 'prohibition' && clause.modality.kind !== 'prohibition') {
          const anyRequest = ANY_REQUEST.exec(fullText);
          if (anyRequest && !/\blegally\s+binding\b/i.test(fullText) && !NOTIFY_ONLY_VERB.test(fullText.slice(0, anyRequest.index))) {
            return { verdict: 'defeat', messageId: 'weak-any-request', data: { phrase: clipPhrase(anyRequest[0]) } };
          }
          const access = standing ?? GRANT_TO_AUTHORITY.exec(text);
          if (access && clause.modality.kind !== 'none') {
            return { verdict: 'defeat', messageId: 'weak-standing-access', data: { phrase: clipPhrase(access[0]) } };
          }
          const onward = ONWARD.exec(fullText);
          if (onward && clause.modality.kind === 'permission' && !CONFIDENTIAL_OBJECT.test(onward[0])) {
            return {
              verdict: 'defeat',
              messageId: 'weak-onward-disclosure',
              data: { phrase: clipPhrase(onward[0]), party: partyLabel(clause, tools, tools.names.publicName) },
            };
          }
        }
        if (negation.kind === 'prohibition' && negation.reopenedBy && (authority || headingHit)) {
          return { verdict: 'defeat', messageId: 'weak-discretion', data: { phrase: negation.reopenedBy, party: party() } };
        }

        // An NDA's compelled-disclosure clause stays an analogue even when it limits the disclosure
        // ("only that portion legally required"): it protects business secrets, not people.
        const confidential = confidentialityAnalogue(fullText, lawRequired, tools);
        if (confidential) return { verdict: 'weak', messageId: 'weak-confidentiality', data: { phrase: clipPhrase(confidential) } };

        // Sound: the request is handled, direct access is barred, disclosure to authorities is barred.
        const modal = clause.modality.kind;
        const binding = modal === 'obligation' || modal === 'prohibition';
        const handling = HANDLING.exec(fullText);
        if (handling && (request || authority || headingHit || lawRequired)) {
          if (modal === 'permission' && !/\bnot\b/i.test(handling[0])) {
            return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: clipPhrase(handling[0]), party: party() } };
          }
          const effort = findWeakener(fullText, 'W5');
          if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
          if (binding) return { verdict: 'sound' };
        }
        if (negation.kind === 'prohibition') {
          // The ban must cover the authority: "shall not disclose it to law enforcement", not
          // "shall not disclose it ..., save that it may disclose it to any governmental authority".
          const banned = fullText.slice(negation.index);
          const exception = /\b(?:except|unless|save|other\s+than|provided\s+that)\b/i.exec(banned);
          const scope = exception ? banned.slice(0, exception.index) : banned;
          if (DIRECT_ACCESS_BAN.test(scope) || (AUTHORITY.test(scope) && DISCLOSE.test(negation.text))) return { verdict: 'sound' };
        }
        if (binding && REPORTING.test(fullText) && (request || authority || headingHit)) return { verdict: 'sound' };

        // Weak: the topic is addressed but not handled.
        const documents = DOCUMENTS_ON_REQUEST.exec(fullText);
        if (documents && (headingHit || /\bclause\s+15\b|\brequests?\b/i.test(fullText))) {
          return { verdict: 'weak', messageId: 'weak-documents-on-request', data: { phrase: clipPhrase(documents[0]) } };
        }
        if (byReference) return { verdict: 'weak', messageId: 'weak-by-reference', data: { phrase: clipPhrase(byReference[0]) } };
        // Notice matters here only when it is notice of a demand for the data or of access to it.
        const aboutRequests =
          request || headingHit || lawRequired !== null || (authority && /\b(?:disclos|access|request|demand|order|subpoena|warrant)\w*/i.test(fullText));
        if (aboutRequests && NOTIFY.test(fullText)) {
          const qualified = (MAY_QUALIFY_NOTICE.test(fullText) ? QUALIFIED_NOTICE.exec(fullText) : null) ?? findWeakener(fullText, 'W5');
          if (qualified) {
            const phrase = 'text' in qualified ? qualified.text : qualified[0];
            return { verdict: 'weak', messageId: 'weak-notice-qualified', data: { phrase: clipPhrase(phrase) } };
          }
          if (modal === 'permission') {
            return { verdict: 'weak', messageId: 'weak-notice-qualified', data: { phrase: clipPhrase(clause.modality.modal ?? 'may') } };
          }
          if (binding || clause.leadIn !== undefined) return { verdict: 'weak', messageId: 'weak-notify-only', data: { party: party() } };
        }
        if (lawRequired && DISCLOSE.test(fullText) && DATA_OBJECT.test(fullText)) {
          return { verdict: 'weak', messageId: 'weak-law-carve-out', data: { phrase: clipPhrase(lawRequired[0]) } };
        }
        return undefined;
      },
      finish(state) {
        if (state.sound.length === 0 && state.findings.length === 0) return;
        for (const { clause, phrase } of broadDefinitions) {
          state.findings.push({
            tier: 'defeat',
            messageId: 'weak-broad-authority',
            range: [clause.sentence.start, clause.sentence.end],
            data: { phrase },
            evidence: clause.text,
          });
        }
      },
    });
  },
});


/** A notice verb before an "any request" phrase: "notify the Customer of any request by ...". */
const NOTIFY_ONLY_VERB = /\b(?:notif\w*|inform\w*|tell|alert)\b[^.;]{0,80}$/i;

/**
 * The compelled-disclosure exception of a confidentiality clause for business information
 * ("may disclose Confidential Information to the extent required by law"): the phrase, else
 * undefined. A "Confidential Information" defined as data about people is not an analogue.
 */
function confidentialityAnalogue(text: string, lawRequired: RegExpExecArray | null, tools: Tools): string | undefined {
  if (!lawRequired) return undefined;
  const object = CONFIDENTIAL_OBJECT.exec(text);
  if (!object || PEOPLE_DATA.test(text)) return undefined;
  const definition = tools.definitionIn(text, /(?:confidential|proprietary)\s+information/i);
  if (definition && ABOUT_PEOPLE.test(definition.body)) return undefined;
  return lawRequired[0];
}
