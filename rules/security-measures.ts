/**
 * @file security-measures (S10)
 *
 * Require security of processing written into the contract: technical and organisational
 * measures named in specific terms (encryption, pseudonymisation, access control and logging,
 * resilience, restoration, regular testing), or set out in an annex that exists, and notice of a
 * personal data breach within a stated time. Flags generic standards with nothing behind them
 * ("industry-standard security", "reasonable security measures"), measures fixed in a policy the
 * company may change, effort-only duties, an absent or empty security annex, certifications in
 * place of measures, breach notice with open timing ("within a reasonable period") or at the
 * company's discretion, liability shields for unauthorised access, and negation traps ("shall not
 * be required to encrypt", "no security testing shall be permitted").
 *
 * Two parts are judged apart: the measures, and breach notification. A sound breach-notice
 * clause does not answer generic measures, nor the other way round.
 *
 * "The Supplier shall not store Data outside [jurisdiction]" is a safeguard in negative form.
 */
import { defineRule } from '../src/engine/rule.js';
import { securityMeasuresClause } from './model-clauses/security-measures.js';
import { SAFEGUARD_NEEDS, deferredReference, safeguardHandlers, type Clause, type Judgement } from './shared/safeguard.js';
import { isDuty, ownModality } from './shared/own-modality.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';
import { clipPhrase, phraseAround } from './shared/phrases.js';

type Aspect = 'measures' | 'breach';

/** Headings of sections about security. */
const S10_HEADING =
  /\b(?:(?:data|information|network|physical|IT|cyber)[-\s]?security|security(?:\s+(?:measures|safeguards|controls|requirements|standards|practices|of\s+processing))?|technical\s+(?:and|&)\s+organi[sz]ational\s+(?:security\s+)?measures|TOMs|encryption|(?:personal\s+)?data\s+breach(?:es)?|security\s+(?:incidents?|breach(?:es)?)|incident\s+(?:notification|response|management)|breach\s+notification|notification\s+of\s+(?:security\s+)?breach(?:es)?|access\s+control|safeguards)\b/i;

/** The measures a security duty is about. */
const MEASURES_NOUN = String.raw`(?:technical\s+(?:and|&)\s+organi[sz]ational\s+(?:security\s+)?measures|TOMs|(?:information\s+|data\s+)?security\s+(?:measures|safeguards|controls|standards?|practices|procedures|program(?:me)?|requirements|polic(?:y|ies))|Protective\s+Measures|security\s+(?:management\s+)?(?:schedule|plan|annex)|information\s+security\s+management\s+system|ISMS|(?:administrative|physical|technical)(?:,?\s+(?:and\s+)?(?:administrative|physical|technical|procedural))*\s+safeguards|(?:appropriate|reasonable|adequate)\s+(?:safeguards|(?:security\s+)?measures|security|precautions|protections?)|industry[-\s](?:standard|best)\s+(?:security|safeguards|measures|practices)|industry\s+best\s+practices|(?:a\s+)?level\s+(?:and\s+scope\s+)?of\s+security|(?:HIPAA[-\s]compliant|secure)\s+(?:technology|systems?|environment|servers?))`;

/** A duty about security measures: a verb with the measures, or protecting the data. */
const MEASURES_DUTY = new RegExp(
  [
    String.raw`\b(?:implement|maintain|take|adopt|employ|use|establish|put\s+in\s+place|have\s+in\s+place|apply|comply\s+with|follow|observe|provide|ensure|keep|deploy)(?:s|es|d|ed|ing|n)?\b[^.;]{0,60}?\b${MEASURES_NOUN}`,
    String.raw`(?<!\bcontinue\s+to\s)\b(?:protect(?:s|ing)?|secur(?:e|es|ing)|safeguard(?:ing)?)\s+(?:the\s+|all\s+|any\s+|such\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:data|information|records|PHI|systems?)\b(?!\s+in\s+accordance\s+with\s+(?:this|the|its)\s+(?:DPA|Agreement|Addendum|Clauses|Contract|confidentiality\s+obligations)\b)`,
    String.raw`\b${MEASURES_NOUN}\s+(?:shall|will|must)\b`,
  ].join('|'),
  'i',
);
const MEASURES_WORDS = new RegExp(String.raw`\b${MEASURES_NOUN}`, 'i');

/** "appropriate safeguards" in the transfer sense (GDPR Art. 46), not security. */
const TRANSFER_SAFEGUARDS =
  /\b(?:adequacy|third\s+countr(?:y|ies)|territory|Article\s+46|transfer(?:s|red)?\s+(?:of\s+)?(?:personal\s+)?data\s+(?:to|outside))\b/i;

/** A named external security standard the measures must meet. */
const EXTERNAL_STANDARD =
  /\b(?:NIST|SP\s*800-\d+|FIPS\s*\d+|OMB\s+Circular|ISO(?:\/IEC)?\s*27\d{3}|Cyber\s+Essentials|HIPAA\s+Security\s+Rule|45\s+C\.?F\.?R\.?\s+(?:Parts?\s+)?16[04]|PCI[-\s]?DSS|CJIS|FedRAMP)\b/i;

/** Named measures: what makes a security term specific. */
const SPECIFIC = new RegExp(
  [
    String.raw`\bencrypt\w*`,
    String.raw`\bpseudonymi[sz]\w*`,
    String.raw`\bAES(?:-?\d+)?\b|\bTLS\b|\bSSL\b|\b3-?DES\b|\bTriple-DES\b`,
    String.raw`\b(?:multi|two)-?factor\b|\bMFA\b`,
    String.raw`\bfirewalls?\b|\bintrusion\s+(?:detection|prevention)\b`,
    String.raw`\bpenetration\s+test\w*|\bvulnerability\s+(?:scan\w*|assessments?|testing|management)\b`,
    String.raw`\brole-based\s+access\b|\bleast\s+privilege\b|\baccess\s+(?:controls?|logs?|logging|rights\s+reviews?|privileges)\b|\bneed[-\s]to[-\s]know\b`,
    String.raw`\baudit\s+(?:logs?|trails?)\b|\blog(?:s|ging|ged)\b|\brecords?\s+of\s+(?:access|security\s+privileges|personnel\s+authori[sz]ed)`,
    String.raw`\bback-?ups?\b|\bdisaster\s+recovery\b|\bbusiness\s+continuity\b|\brecovery\s+procedures\b`,
    String.raw`\brestor(?:e|es|ation|ing)\s+(?:the\s+)?(?:availability|access|data|functionality)\b`,
    String.raw`\bresilien\w*`,
    String.raw`\b(?:regular(?:ly)?|periodic(?:ally)?|annual(?:ly)?)\s+(?:\w+\s+)?(?:test\w*|assess\w*|evaluat\w*|review\w*)\b`,
    String.raw`\bkey\s+management\b|\bencryption\s+keys\b|\bpasswords?\b|\bauthentication\b`,
    String.raw`\banti-?(?:virus|malware)\b|\bmalware\b|\bpatch(?:es|ing)?\b`,
    String.raw`\bphysical\s+access\b|\bCCTV\b|\bsecurity\s+(?:officers?|training|awareness|ownership)\b`,
    String.raw`\bsecure\s+(?:deletion|disposal|destruction|areas?|facilit\w+|transmission)\b`,
  ].join('|'),
  'i',
);

/** A personal data breach or security incident. */
const BREACH =
  /\b(?:personal\s+data\s+breach(?:es)?|(?:security|data|privacy|information\s+security|cyber)[-\s](?:incidents?|breach(?:es)?)|breach(?:es)?\s+(?:or\s+compromise\s+)?of\s+(?:the\s+)?security|breach(?:es)?\s+of\s+(?:[\w-]+\s+){0,3}?(?:personal\s+data|personal\s+information|PHI|protected\s+health\s+information)|data\s+loss\s+events?|(?:any\s+)?(?:use|disclosure)\s+(?:or\s+disclosure\s+)?(?:of\s+(?:the\s+)?[\w\s-]{0,40}?)?\b(?:in\s+violation\s+of|not\s+(?:provided\s+for|permitted)\s+by)\b|unauthori[sz]ed\s+(?:access|use|disclosure|acquisition)\b[^.;]{0,40}\b(?:data|information))/i;
/** Defined breach terms ("Breach of Unsecured PHI", "Incident"), case-sensitive. */
const BREACH_TERM = /(?<!\b(?:Material|material|Fundamental|Persistent|Substantial)\s)\bBreach(?:es)?\b(?!\s+of\s+(?:this|the)\s+(?:Agreement|Contract))|\b(?:Security|Data|Privacy)\s+Incidents?\b|\bData\s+Loss\s+Events?\b/;
const NOTIFY = /\b(?:notif(?:y|ies|ied|ying|ication|ications)|report(?:s|ed|ing)?|inform(?:s|ed|ing)?|alert)\b/i;

/** A hard deadline for breach notice. */
const DEADLINE =
  /\bwithin\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?)\b|\b(?:no|not)\s+later\s+than\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?)\b|\bwithout\s+undue\s+delay\b|\bimmediately\b|\bforthwith\b|\bpromptly\b|\b\d+\s*(?:hours?|hrs)\b/i;
/** Open timing for breach notice. */
const OPEN_TIMING =
  /\bwithin\s+a\s+reasonable\s+(?:period|time)(?:\s+of\s+time)?\b|\bas\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|possible|feasible)\b|\bin\s+a\s+timely\s+(?:manner|fashion)\b|\bin\s+due\s+course\b|\bwhen\s+(?:practicable|feasible|appropriate)\b|\bat\s+a\s+convenient\s+time\b/i;
/** Breach notice at the company's judgement. */
const NOTICE_DISCRETION =
  /\b(?:it|the\s+[\p{Lu}][\p{L}-]*)\s+(?:reasonably\s+)?(?:determines|considers|deems|decides|believes)\b[^.;]{0,60}\b(?:material|significant|serious|notifiable|reportable|appropriate|necessary)\b|\bat\s+(?:its|their)\s+(?:sole\s+|absolute\s+|reasonable\s+)?discretion\b/iu;

/** Negation traps on the security duty. */
const S10_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|is|are|must)\s+not\s+(?:be\s+)?(?:required|obliged|obligated|bound|under\s+any\s+(?:obligation|duty))\s+to\s+(?:\w+\s+){0,2}?(?:notify|report|inform|encrypt|pseudonymi[sz]e|test|implement|maintain|secure|protect|patch|back\s*up|log|monitor|permit|allow|restore)`,
    String.raw`\b(?:has|have|shall\s+have|will\s+have)\s+no\s+(?:obligation|duty)\s+to\s+(?:\w+\s+){0,2}?(?:notify|report|inform|encrypt|secure|protect|test|implement|maintain)`,
    String.raw`\bno\s+(?:[\w-]+\s+){0,4}?(?:security\s+)?(?:testing|tests?|penetration\s+tests?|scans?|scanning)\b[^.;]{0,60}\b(?:shall|will|may)\s+be\s+(?:permitted|allowed|carried\s+out|conducted|performed)`,
    String.raw`\b(?:shall|will|must|may)\s+not\s+(?:carry\s+out|conduct|perform|undertake)\s+(?:any\s+)?(?:security|penetration|vulnerability)\s+(?:test|scan)`,
    String.raw`\bno\s+(?:notification|notice)\s+(?:of\s+[^.;]{0,40})?(?:shall|will)\s+be\s+(?:required|necessary|given)`,
  ].join('|'),
  'i',
);

/** A liability shield for security failures. */
const SHIELD =
  /\b(?:(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:liable|responsible|accountable)|(?:shall|will)\s+have\s+no\s+(?:liability|responsibility)|(?:bears?|accepts?|assumes?)\s+no\s+(?:liability|responsibility))\s+(?:whatsoever\s+)?(?:for|in\s+respect\s+of|arising\s+(?:from|out\s+of))\b[^.;]{0,100}?\b(?:unauthori[sz]ed\s+(?:access|use|disclosure)|security\s+(?:incidents?|breach(?:es)?)|breach(?:es)?\s+of\s+security|data\s+breach(?:es)?|hack\w*|cyber[-\s]?attacks?|interception|(?:the\s+)?security\s+of)\b/i;
/** The shield is an allocation when it is about the security of something (transit, the other side's systems). */
const ALLOCATION = /\bsecurity\s+of\b/i;
/** A shield that keeps liability for the company's own failure is no shield. */
const SHIELD_CARVE_OUT =
  /\b(?:except|unless|save|other\s+than)\b[^.;]{0,80}\b(?:caused\s+by|result(?:s|ing)?\s+from|arising\s+from|attributable\s+to|due\s+to)\b[^.;]{0,60}\b(?:its|the\s+[\p{Lu}][\p{L}-]*['’]s)\s+(?:own\s+)?(?:breach|failure|negligence|default|act)/iu;
/** Someone is made responsible for security. */
const RESPONSIBLE = /\b(?:shall\s+be|is|are|remains?|will\s+be)\s+(?:solely\s+|fully\s+)?responsible\s+for\s+(?:the\s+)?(?:security|securing|protecting|protection)\b/i;

/** Storage location kept in a jurisdiction: a safeguard in negative form. */
const STORAGE_VERB = /\b(?:stor|host|hold|keep|locat)/i;
/**
 * (Each alternative starts with a lookbehind that is `\b` before a word under the u and i flags,
 * where V8 runs `\b` itself many times slower; the word characters there are \w, "ſ" and "K".)
 */
const STORAGE_LOCATION =
  /(?<![\w\u017F\u212A])(?:shall|will|must)\s+not\s+(?:\w+\s+){0,2}?(?:store|host|hold|keep|locate)\w*\b[^.;]{0,80}\b(?:outside|beyond|other\s+than\s+(?:in|within))\b|(?<![\w\u017F\u212A])(?:store|host|hold|keep|locate)\w*\b[^.;]{0,60}\b(?:only|solely|exclusively)\s+(?:in|within)\s+(?:the\s+)?[\p{Lu}]/iu;

/** A unilateral change to the measures, and the proviso that saves it. */
const CHANGE =
  /\bmay\s+(?:\w+\s+)?(?:update|change|modify|amend|revise|replace|vary)\b[^.;]{0,80}\b(?:security|measures|safeguards|polic(?:y|ies)|standards)\b|\b(?:security|measures|safeguards|polic(?:y|ies)|standards)\b[^.;]{0,40}\b(?:may|are\s+subject\s+to)\s+(?:be\s+)?(?:updated|changed|modified|amended|revised|change)\b/i;
const NO_REDUCTION =
  /\bno\s+(?:\w+\s+){0,2}?(?:materially\s+)?(?:reduces|decreases|degrades|lowers|weakens|diminishes)\b|\b(?:not|never|without)\s+(?:\w+\s+){0,3}?(?:materially\s+)?(?:decrease|reduce|degrade|diminish|lower|lessen|weaken|reduction|decreas\w+|reduc\w+|degrad\w+)\b|\bno\s+less\s+(?:protective|secure|stringent)\b|\bat\s+least\s+(?:as\s+protective|equivalent)\b/i;
const MOVING_POLICY =
  /\b(?:polic(?:y|ies)|standards|practices|procedures|measures)\b[^.;]{0,60}\b(?:from\s+time\s+to\s+time|as\s+(?:updated|amended|revised|in\s+force)|then[-\s]current)\b|\b(?:available|located|published|posted)\s+(?:at|on)\s+(?:https?:\/\/|www\.|\{|\[|(?:the\s+)?(?:\w+['’]s\s+)?(?:website|web\s*site|trust\s+(?:page|cent(?:er|re))))/i;

/** Certification standing in for the measures. */
const CERT_SUBSTITUTE =
  /\b(?:ISO(?:\/IEC)?\s*27001|SOC\s*[12]|certifications?|attestations?|audit\s+reports?|compliance\s+reports?)\b[^.;]{0,100}\b(?:deemed|shall\s+be\s+sufficient|sufficient\s+evidence|conclusive|in\s+(?:lieu|place)\s+of|instead\s+of|satisf(?:y|ies|ied)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:its|the)\s+(?:security\s+)?obligations)\b/i;

/** Measures fixed by the public party's approval. */
const APPROVAL =
  /\b(?:approved|approval|agreed)\s+(?:in\s+writing\s+)?(?:by|of)\s+(?:the\s+)?[\p{Lu}]|\bsubject\s+to\s+(?:\w+\s+){0,3}?(?:review\s+and\s+)?approval\b/u;

/** Named measures strong enough to make a mandatory sentence a security term wherever it stands. */
const CORE_SPECIFIC =
  /\bencrypt\w*|\bpseudonymi[sz]\w*|\bAES(?:-?\d+)?\b|\bTLS\b|\b(?:multi|two)-?factor\b|\bMFA\b|\bfirewalls?\b|\bpenetration\s+test\w*|\bvulnerability\s+scan\w*|\bleast\s+privilege\b|\brole-based\s+access\b|\baccess\s+(?:controls?|logs?|logging)\b|\baudit\s+(?:logs?|trails?)\b|\bdisaster\s+recovery\b/i;

/** A security section that only points to a policy outside the signed text ("See Security Policy"). */
const POLICY_POINTER =
  /\b(?:see|refer\s+to|as\s+(?:set\s+out|described|defined)\s+in)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:security\s+)?polic(?:y|ies)\b/i;

const SECURITY_POLICY_POINTER =
  /\b(?:see|refer\s+to|as\s+(?:set\s+out|described|defined)\s+in)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:information\s+)?security\s+polic(?:y|ies)\b/i;

/** An NDA's confidentiality analogue. */
const CONFIDENTIAL_OBJECT = /\b(?:confidential|proprietary)\s+information\b/i;
const PERSONAL_DATA = /\bpersonal\s+(?:data|information)\b|\bPHI\b|\bprotected\s+health\s+information\b|\bdata\s+subjects?\b/i;

/**
 * Words that every sentence matching a security test of `judge` contains outside a security
 * heading (MEASURES_DUTY, MEASURES_WORDS, S10_TRAP, SHIELD, BREACH, BREACH_TERM, STORAGE_VERB,
 * CORE_SPECIFIC, SECURITY_POLICY_POINTER, RESPONSIBLE), one fragment or more from each of their
 * alternatives, each at the start of a word as there; and the brace of a template field. One
 * cheap test instead of a dozen (the leading \b makes it fail fast inside words).
 */
const MAY_CONCERN_SECURITY =
  /\b(?:secur|measure|toms|isms|safeguard|precaution|protect|practices|hipaa|liab|responsib|accountable|breach|incident|loss|unauthori|in\s+violation\s+of|not\s+(?:provided\s+for|permitted)\s+by|not\s+(?:be\s+)?(?:required|obliged|obligated|bound|under\s+any)|no\s+(?:obligation|duty|notification|notice)\b|test|scan|stor|host|hold|keep|locat|encrypt|pseudonymi|aes|tls|(?:multi|two)-?factor|mfa|firewall|penetration|vulnerability|privilege|role-based|access|audit|disaster)|\{/i;

/** An unticked template option ("[   ] Security Policy available at ..."). */
const UNCHECKED = /^\s*\[\s*\]/;

/** An unchecked template box or a bare label of an empty template slot. */
const TEMPLATE_SLOT = /^\s*\[\s*\]|\{[\w\s]+\}|:\s*$/;

export default defineRule({
  meta: {
    id: 'security-measures',
    safeguard: 'S10',
    type: 'safeguard',
    description:
      'Require specific technical and organisational security measures, in the text or an annex that exists, and notice of a personal data breach within a stated time.',
    rationale:
      'Data a public body shares with a company is only as safe as the measures the contract makes the company take. GDPR Art. 32 requires measures appropriate to the risk, naming pseudonymisation and encryption, ongoing confidentiality, integrity, availability and resilience, timely restoration and regular testing; Art. 28(3)(c) puts them in the processor contract and the SCC annex asks for them "in specific (and not generic) terms". A generic "industry-standard security", a policy the company can change, an effort-only promise or breach notice "within a reasonable period" leaves the public partner and the people affected without a standard anyone can check.',
    sources: [
      'GDPR Art. 32(1)–(4) (security of processing)',
      'GDPR Art. 28(3)(b), (c) and (f) (staff confidentiality; security measures; assistance with breach notification)',
      'GDPR Arts. 33–34 (personal data breach notification)',
      'SCC 2021/914 Clause 8.6 and Annex II (technical and organisational measures in specific terms)',
      'ICO Data sharing code of practice (security standards and breach procedures in the agreement)',
    ],
    recommended: false,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause sets security measures for the data: require {privateName} to implement named technical and organisational measures set out in an annex, and to notify {publicName} of any personal data breach within a stated number of hours.',
      'weak-negation': 'This clause takes a security duty away ("{phrase}").',
      'weak-liability-shield':
        'This clause shields a party from responsibility for security failures ("{phrase}") and no one else is made responsible.',
      'weak-generic':
        'The security duty names only a generic standard ("{phrase}"), with no specific measures and no annex setting them out.',
      'weak-moving-policy':
        'The security measures sit in a policy one party can change ("{phrase}"), not in the signed text.',
      'weak-effort': 'The security duty is only an effort ("{phrase}"), not an obligation of result.',
      'weak-optional': 'The security measure is optional ("{phrase}"), not required.',
      'weak-deferred': 'The security measures are deferred ({reason}), so the signed text does not fix them.',
      'weak-certification':
        'A certification or report stands in for the security measures ("{phrase}"); it is evidence of measures, not a substitute for them.',
      'weak-open-timing':
        'Breach notice has no firm deadline ({reason}): require notice within a stated number of hours.',
      'weak-discretion': 'Breach notice depends on the notifying party\'s own judgement ("{phrase}").',
      'weak-confidentiality':
        'This protects business information ("{phrase}"); it sets no security measures for data about people.',
    },
    docs: `## What it checks

That the contract fixes the security of processing in two parts:

- **measures**: a duty to implement technical and organisational measures that are named
  (encryption, pseudonymisation, access control and logging, resilience, backups and restoration,
  regular or independent testing, storage location) or set out in a security annex that exists
  in the document and is not empty, or measures approved by the public party;
- **breach notification**: notice of a personal data breach or security incident within a stated
  time ("within 24 hours", "no later than 72 hours", "without undue delay", "immediately").

The rule finds security sentences by headings ("Security", "Technical and Organisational Measures",
"Information Security", "Personal Data Breach", "Incident Notification") and by security words, and
judges each part on its own: a sound breach-notice clause does not answer generic measures.

## Why it matters

GDPR Art. 32 requires measures appropriate to the risk, and the SCC annex asks for them in
specific, not generic, terms. The people whose data a partnership uses cannot check "industry
standard security", and a breach notice with no deadline may come too late to protect them.

## Options

None.

## Flagged

- \`weak-negation\`: "the Supplier shall not be required to encrypt Data at rest", "shall not be
  obliged to notify incidents that it determines are not material", "no security testing by or on
  behalf of the Authority shall be permitted".
- \`weak-liability-shield\`: "the Supplier is not liable for any unauthorised access by third
  parties"; "shall not be responsible for the security of Data in transit" when no one else is made
  responsible for it.
- \`weak-moving-policy\`: "may update its security measures" with no promise not to reduce them
  (always reported); "in accordance with the Supplier's security policy as amended from time to
  time", a policy at a web address (reported when no sound measures clause exists).
- \`weak-discretion\`: breach notice only for incidents the company considers material.
- \`weak-generic\`: "industry-standard security", "reasonable security measures", "appropriate
  safeguards" and nothing more.
- \`weak-effort\`: "commercially reasonable efforts to protect the Data".
- \`weak-optional\`: "may encrypt the Data".
- \`weak-deferred\`: the security annex the clause points to is absent, empty or "to be agreed".
- \`weak-certification\`: "ISO 27001 certification shall be deemed to satisfy its security obligations".
- \`weak-open-timing\`: "notify security incidents within a reasonable period", or with no time at all.
- \`weak-confidentiality\`: an NDA's "protect Confidential Information with reasonable care".
- \`missing\`: nothing about security (reported once).

The first four are reported whatever else the document says. The others are reported when that
part (measures, or breach notice) has no sound clause.

## Accepted

"The Supplier shall not store Data outside the United Kingdom" is a safeguard in negative form. A
shield that keeps liability for the company's own breach or negligence is not flagged. A change
to the measures that may not reduce the overall level of security is accepted.

## How to fix

Set out the measures in a security annex that forms part of the contract (encryption in transit and
at rest, least-privilege access with logging, resilience and restoration, independent testing at
least annually), forbid reducing them without the public party's written approval, state where the
data is stored and who holds the keys, and require breach notice within a stated number of hours
with its contents.

## References

GDPR Arts. 28(3)(b), (c), (f), 32, 33, 34; SCC 2021/914 Clause 8.6 and Annex II; ICO Data sharing
code of practice.`,
    examples: {
      valid: [
        {
          title: 'Named measures and a breach deadline',
          code: `## 10. Security

10.1 The Supplier shall encrypt the Authority Data in transit and at rest and shall restrict access to named staff on a least-privilege basis, logging every access.

10.2 The Supplier shall notify the Authority of any personal data breach within twenty-four (24) hours of becoming aware of it.
`,
        },
      ],
      invalid: [
        {
          title: 'Generic security and open timing',
          code: `## 10. Security

10.1 The Supplier shall maintain industry-standard security to protect the Data.

10.2 The Supplier shall notify the Authority of any security incident within a reasonable period.
`,
          messageIds: ['weak-generic', 'weak-open-timing'],
        },
        {
          title: 'Liability shield',
          code: `## 10. Security

10.1 The Supplier shall encrypt the Data at rest using AES-256.

10.2 The Supplier is not liable for any unauthorised access to the Data by third parties.
`,
          messageIds: ['weak-liability-shield'],
        },
      ],
    },
  },
  create(context) {
    const aspectAt = new Map<number, Aspect>();
    const allocations: Array<{ clause: Clause; phrase: string }> = [];
    let someoneResponsible = false;
    let placeholderSeen = false;
    const securityHeading = headingTest(S10_HEADING);
    const judged = (clause: Clause, aspect: Aspect, judgement: Judgement): Judgement => {
      aspectAt.set(clause.sentence.start, aspect);
      return judgement;
    };

    return safeguardHandlers(context, {
      missingAnchors: [
        /\bsecurity\b|\btechnical\s+and\s+organi[sz]ational\b/i,
        /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i,
        /\bconfidential/i,
      ],
      modelClause: securityMeasuresClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text, fullText } = clause;
        const headingHit = securityHeading(clause.heading);
        // Cheap gate first: most sentences say nothing about security.
        if (!headingHit && !mayConcernSecurity(clause)) return undefined;
        if (RESPONSIBLE.test(text)) someoneResponsible = true;
        const breach = breachNotice(fullText);
        const measures = MEASURES_DUTY.test(fullText) && !TRANSFER_SAFEGUARDS.test(fullText);
        const specific = SPECIFIC.test(text);
        const trap = S10_TRAP.exec(fullText);
        const shield = SHIELD.exec(fullText);
        const storage = STORAGE_VERB.test(fullText) && STORAGE_LOCATION.test(fullText) && /\bdata\b|\binformation\b/i.test(fullText);
        const coreMeasure = CORE_SPECIFIC.test(text) && isMandatory(clause);
        // In a security section any pointer or placeholder counts; elsewhere (a cover-page table) only a
        // security policy or a security template field does.
        const policyPointer = headingHit ? POLICY_POINTER.exec(text) : SECURITY_POLICY_POINTER.exec(text);
        const placeholder = headingHit ? (findWeakener(text, 'W10') ?? templateVariable(text)) : securityTemplateVariable(text);
        const change = CHANGE.exec(fullText);
        const changesMeasures = change !== null && MEASURES_WORDS.test(fullText);
        const certifies = CERT_SUBSTITUTE.test(fullText) && /\bsecur/i.test(fullText);
        const relevant =
          certifies ||
          changesMeasures ||
          trap !== null || shield !== null || breach || measures || storage || coreMeasure || (headingHit && specific) || !!policyPointer || !!placeholder;
        if (!relevant || clause.inRecitals) return undefined;
        const aspect: Aspect = breach ? 'breach' : 'measures';

        if (trap) return judged(clause, aspect, { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } });
        if (shield && !SHIELD_CARVE_OUT.test(fullText)) {
          if (ALLOCATION.test(shield[0])) {
            allocations.push({ clause, phrase: shield[0] });
            return undefined;
          }
          return judged(clause, aspect, { verdict: 'defeat', messageId: 'weak-liability-shield', data: { phrase: clipPhrase(shield[0]) } });
        }
        if (shield) return undefined;
        if (clause.isDefinition) return undefined;
        // An NDA's "protect Confidential Information with reasonable care" is not security of data about people.
        if (CONFIDENTIAL_OBJECT.test(fullText) && !PERSONAL_DATA.test(fullText) && !breach) {
          return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-confidentiality', data: { phrase: clipPhrase(confidentialPhrase(fullText)) } });
        }
        // An option left unticked on a template is not part of the agreement.
        if (UNCHECKED.test(text)) return undefined;
        if (placeholder) {
          // A template with many empty security fields is one gap, reported once.
          if (placeholderSeen) return undefined;
          placeholderSeen = true;
          return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-deferred', data: { reason: `"${placeholder.text}"` } });
        }
        if (policyPointer) return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-moving-policy', data: { phrase: clipPhrase(policyPointer[0]) } });
        if (TEMPLATE_SLOT.test(text) && !breach) return undefined;
        const modal = ownModality(clause);

        if (breach) {
          if (modal.kind === 'permission' && !/\bonly\b/i.test(text)) {
            return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-open-timing', data: { reason: `"${modal.modal ?? 'may'}" notify, with no duty` } });
          }
          const discretion = NOTICE_DISCRETION.exec(fullText);
          if (discretion) return judged(clause, aspect, { verdict: 'defeat', messageId: 'weak-discretion', data: { phrase: discretion[0] } });
          if (!isMandatory(clause)) return undefined;
          if (DEADLINE.test(fullText)) return judged(clause, aspect, { verdict: 'sound' });
          const open = OPEN_TIMING.exec(fullText);
          return judged(clause, aspect, {
            verdict: 'weak',
            messageId: 'weak-open-timing',
            data: { reason: open ? `"${open[0]}"` : 'no time is stated' },
          });
        }

        if (storage) return judged(clause, aspect, { verdict: 'sound' });
        if (change && !NO_REDUCTION.test(fullText) && /\b(?:security|measures|safeguards)\b/i.test(fullText)) {
          return judged(clause, aspect, { verdict: 'defeat', messageId: 'weak-moving-policy', data: { phrase: clipPhrase(change[0]) } });
        }
        const substitute = CERT_SUBSTITUTE.exec(fullText);
        if (substitute) return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-certification', data: { phrase: clipPhrase(substitute[0]) } });
        const deferred = findWeakener(text, 'W10');
        if (deferred) return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-deferred', data: { reason: `"${deferred.text}"` } });
        const effort = findWeakener(text, 'W5');
        if (effort && (measures || specific) && nearAfter(fullText, effort.text, MEASURES_DUTY, 60)) {
          return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } });
        }
        if (modal.kind === 'permission' && specific && !/\bonly\b/i.test(text)) {
          return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-optional', data: { phrase: phraseAround(text, modal.modal ?? 'may') } });
        }

        const mandatory = isMandatory(clause) || modal.kind === 'prohibition';
        // Descriptive statements of a security annex ("Data is encrypted at rest") count there.
        const describesMeasures = headingHit && specific && modal.kind === 'none' && !/\bnot\b/i.test(text);
        if (!mandatory && !describesMeasures) return undefined;

        if (specific) return judged(clause, aspect, { verdict: 'sound' });
        if (!measures) return undefined;
        if (EXTERNAL_STANDARD.test(fullText)) return judged(clause, aspect, { verdict: 'sound' });
        const reference = tools.referenceStatus(clause);
        if (reference) {
          if (reference.status === 'ok') return judged(clause, aspect, { verdict: 'sound' });
          return judged(clause, aspect, deferredReference(reference));
        }
        const moving = MOVING_POLICY.exec(fullText)?.[0] ?? (/\bpolic(?:y|ies)\b/i.test(text) ? policyDefinition(clause, tools) : undefined);
        if (moving) return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-moving-policy', data: { phrase: clipPhrase(moving) } });
        if (APPROVAL.test(fullText)) return judged(clause, aspect, { verdict: 'sound' });
        const generic = MEASURES_WORDS.exec(fullText) ?? MEASURES_DUTY.exec(fullText)!;
        return judged(clause, aspect, { verdict: 'weak', messageId: 'weak-generic', data: { phrase: clipPhrase(generic[0]) } });
      },
      finish(state) {
        if (!someoneResponsible) {
          for (const { clause, phrase } of allocations) {
            state.findings.push({
              tier: 'defeat',
              messageId: 'weak-liability-shield',
              range: [clause.sentence.start, clause.sentence.end],
              data: { phrase: clipPhrase(phrase) },
              evidence: clause.text,
            });
          }
        }
        // Each part is answered only by a sound clause of the same part: a weak part is shown
        // (as a defeat, so the runner keeps it) when the other part is sound.
        const soundAspects = new Set(state.sound.map((clause) => aspectAt.get(clause.sentence.start)));
        if (soundAspects.size === 0) return;
        for (const finding of state.findings) {
          const aspect = aspectAt.get(finding.range[0]);
          if (finding.tier === 'weak' && aspect && !soundAspects.has(aspect)) finding.tier = 'defeat';
        }
      },
    });
  },
});

/** The sentence, or its list lead-in, has a word of the security tests (the lead-in is read with it). */
function mayConcernSecurity(clause: Clause): boolean {
  return MAY_CONCERN_SECURITY.test(clause.fullText) || (clause.text !== clause.fullText && MAY_CONCERN_SECURITY.test(clause.text));
}

/** A duty: "shall", "must", "will" with an obligation, "agrees to", or a "will:" list lead-in. */
function isMandatory(clause: Clause): boolean {
  return isDuty(clause) || /\b(?:agrees?|undertakes?|warrants?)\b/i.test(clause.fullText);
}

/** A breach or incident and a notice of it, close together; assisting with the other party's notices is not one. */
function breachNotice(text: string): boolean {
  const breach = BREACH.exec(text) ?? BREACH_TERM.exec(text);
  if (!breach) return false;
  if (/\b(?:assist\w*|help|co-?operat\w*|support)\b[^.;]{0,160}\bnotification\s+obligations\b/i.test(text)) return false;
  const around = text.slice(Math.max(0, breach.index - 200), breach.index + breach[0].length + 120);
  return NOTIFY.test(around);
}

/** `pattern` matches within `distance` characters after `phrase` in `text`. */
function nearAfter(text: string, phrase: string, pattern: RegExp, distance: number): boolean {
  const index = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (index < 0) return false;
  return pattern.test(text.slice(index, index + phrase.length + distance));
}

/** A security policy term defined as changeable ("Security Policy means ... as updated from time to time"). */
function policyDefinition(clause: Clause, tools: { definitionIn(text: string, pattern: RegExp): { term: string; body: string } | undefined }): string | undefined {
  const definition = tools.definitionIn(clause.text, /\b(?:polic(?:y|ies)|standards|measures|practices)\b/i);
  if (!definition) return undefined;
  const moving = MOVING_POLICY.exec(definition.body) ?? (findWeakener(definition.body, 'W3') ? { 0: findWeakener(definition.body, 'W3')!.text } : null);
  return moving ? `${definition.term}: ${moving[0]}` : undefined;
}

/** A template variable left unfilled ("{security_measures}"). */
function templateVariable(text: string): { text: string } | undefined {
  const match = /\{\s*[a-z][a-z_]*\s*\}/.exec(text);
  return match ? { text: match[0] } : undefined;
}

/** A template field for the security measures left unfilled ("{security_measures}"). */
function securityTemplateVariable(text: string): { text: string } | undefined {
  const match = /\{\s*[a-z_]*(?:secur|measure|encrypt|toms)[a-z_]*\s*\}/i.exec(text);
  return match ? { text: match[0] } : undefined;
}

function confidentialPhrase(text: string): string {
  return /\b(?:protect|safeguard|secur|keep)\w*\b[^.;]{0,40}?\b(?:confidential|proprietary)\s+information\b[^.;]{0,60}/i.exec(text)?.[0] ??
    /\b(?:confidential|proprietary)\s+information\b[^.;]{0,60}/i.exec(text)?.[0] ??
    'Confidential Information';
}
