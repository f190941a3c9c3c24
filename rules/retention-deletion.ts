/**
 * @file retention-deletion (S6)
 *
 * Require a retention limit and deletion or return of the data at the end: a period or an
 * outer limit, deletion or return at the controller's choice when the agreement ends (within a
 * deadline, with certification, covering copies and backups), and no open-ended term. Flags
 * deletion only on request, vendor-defined retention carve-outs ("may retain copies in
 * accordance with its standard backup or record retention policies"), a retention policy
 * outside the signed text, "as long as necessary", optional or effort-only deletion, a term that
 * renews or is extended with no fixed end, exit terms with no deletion, a bare "duration of the
 * processing" field, an NDA's return-or-destroy clause, and negation traps ("shall not be
 * required to delete Data held in backups", "Termination shall not affect the Supplier's right
 * to retain ..."). "The Supplier shall not retain any Data after the Deletion Date" is a
 * safeguard in negative form.
 *
 * Reads: sentences (with headings, list lead-ins and table cells), modality, definitions (a
 * return-or-destroy duty for "Confidential Information" is judged by what that term means),
 * parties (who may keep the data).
 */
import { defineRule } from '../src/engine/rule.js';
import { retentionDeletionClause } from './model-clauses/retention-deletion.js';
import { readNegation } from './shared/negation.js';
import { isRecital, isTitleOnly } from './shared/operative.js';
import { displayPartyName, partyLabel } from './shared/party-label.js';
import { clipPhrase } from './shared/phrases.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement, type Tools } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';

/** Headings of sections about retention, deletion, the end of the agreement and exit. */
const S6_HEADING =
  /\b(?:retention|storage\s+limitation|deletion|destruction|erasure|disposal|disposition|return\s+(?:or|and)\s+(?:destruction|deletion)|return\s+of\s+(?:the\s+)?(?:data|information|materials?|records)|sunset|effect\s+of\s+(?:termination|expiry)|consequences\s+of\s+(?:termination|expiry)|what\s+happens\s+if\s+the\s+contract\s+ends|termination\s+of\s+services)\b/i;

/** Things that can be deleted, returned or kept. */
const DATA_OBJECT =
  /\b(?:(?:personal\s+)?data(?:\s*sets?)?|datasets?|information|records?|copies|copy|materials?|content|files|back-?ups?|archives?|limited\s+data\s+set)\b/i;

const DUTY = String.raw`(?:shall|must|will|agrees?\s+to|undertakes?\s+to|(?:is|are)\s+(?:then\s+|also\s+|hereby\s+)?(?:obliged|obligated|required)\s+to)`;
const DELETE_VERB = String.raw`(?:delete|destroy|erase|purge|wipe|shred|return|dispose\s+of|deliver\s+up|hand\s+back)`;

/**
 * Words between the modal and the deletion verb that show the verb is not the duty: a negation,
 * a condition ("notify ... if it receives a request to erase"), a right or request to delete.
 */
const GAP_STOP = String.raw`\b(?:not|never|(?:if|when|whenever|whether|unless)\s+(?:it|they|he|she)|receives?|received|requests?\s+to|rights?\s+to|ability\s+to|asks?\s+(?:it\s+)?to)\b`;

/** A duty to delete or return, the verb governed by the modal ("shall promptly delete or return"). */
const DELETE_DUTY = new RegExp(
  String.raw`\b${DUTY}\b(?:(?!${GAP_STOP})[^.!?]){0,160}?(?<!\b(?:the|a|an|of|for|its|their|any)\s)\b${DELETE_VERB}\b`,
  'i',
);
/** The passive form: "all Data shall be deleted", "must be securely destroyed". */
const DELETE_PASSIVE =
  /\b(?:shall|must|will)\s+(?:\w+\s+){0,2}?be\s+(?:(?!\b(?:not|never)\b)[^.;]){0,100}?\b(?:deleted|destroyed|erased|returned|purged|wiped|shredded|disposed\s+of)\b/i;
/** "certify in writing that all copies ... have been permanently erased". */
const CERTIFY_DELETION = /\b(?:shall|must|will|agrees?\s+to)\s+(?:\w+\s+){0,3}?certif\w*\b[^.;]{0,200}?\b(?:erased|deleted|destroyed|returned|disposed)\b/i;
/** Deletion as a permission: "may delete", "is entitled to destroy". */
const DELETE_PERMISSION = new RegExp(
  String.raw`\b(?:may|can|is\s+entitled\s+to|(?:is|are)\s+(?:permitted|allowed)\s+to)\s+(?:\w+\s+){0,2}?${DELETE_VERB}\b`,
  'i',
);

/**
 * Cheap gates (case-insensitive, at a word start). Every match of DELETE_DUTY, DELETE_PASSIVE,
 * CERTIFY_DELETION and DELETE_PERMISSION holds a deletion verb of DELETE_WORDS; every match of
 * RETAIN_WORD, DURATION_FIELD, EVERGREEN, EXTENSION and INDEFINITE holds one of the other words
 * of MAY_CONCERN_RETENTION. A sentence with none of them (most sentences) is not about retention.
 */
const DELETE_WORDS = String.raw`delet|destr|eras|dispos|purg|wipe|shred|return|deliver\s+up|hand\s+back`;
const MAY_DELETE = new RegExp(String.raw`\b(?:${DELETE_WORDS})`, 'i');
const MAY_CONCERN_RETENTION = new RegExp(
  String.raw`\b(?:${[
    DELETE_WORDS,
    // RETAIN_WORD
    String.raw`retain|retention|keep|kept|stor|archiv|hold|held|maintain`,
    // DURATION_FIELD, beyond the words above
    String.raw`duration|period\s+of\s+retention`,
    // EVERGREEN, EXTENSION
    String.raw`renew|extend|automatic|tacit|evergreen|successive`,
    // INDEFINITE
    String.raw`continue|remain`,
  ].join('|')})`,
  'i',
);

/** The agreement, the services or the purpose has ended. */
const END_TRIGGER = new RegExp(
  [
    String.raw`\b(?:termination|expiry|expiration|cessation|completion)\b`,
    String.raw`\b(?:terminates?|terminated|expires?|expired|ends|ended|ceases?|completed?)\b`,
    String.raw`\bend\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:term|agreement|contract|services?|project|processing|engagement|period|study|research)\b`,
    String.raw`\bno\s+longer\s+(?:needed|necessary|required)\b`,
    String.raw`\bpurposes?\b[^.;]{0,60}\b(?:have|has)\s+been\s+(?:accomplished|achieved|fulfilled|completed)\b`,
    String.raw`\b(?:deletion\s+date|retention\s+period)\b`,
  ].join('|'),
  'i',
);

/** Deletion only when someone asks, or when access is revoked. */
const ON_DEMAND =
  /\b(?:upon|on|at|after|following)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+['’]s\s+)?(?:(?:reasonable|prior|written|earlier|specific|express)\s+)*(?:request|demand)s?\b|\bwhen\s+(?:so\s+)?(?:asked|requested|instructed|directed)\b|\bif\s+(?:so\s+)?(?:requested|asked|instructed)\b|\brequested\s+(?:to\s+do\s+so\s+)?by\b|\brevoc\w+|\brevok\w+/i;

/** A second deletion route after the gated one: "..., or destroy all copies". */
const UNGATED_ALTERNATIVE = /,?\s+or\s+(?:\w+\s+){0,3}?(?:delete|destroy|erase|purge|dispose\s+of)\b/i;

/** A retention limit with a number ("for no more than six months"). */
const RETENTION_LIMIT =
  /\b(?:retain|retained|keep|kept|store|stored|hold|held)\b[^.;]{0,100}?\b(?:no\s+longer\s+than|not\s+(?:more|longer)\s+than|for\s+(?:a\s+)?(?:maximum|max\.?)\s+(?:period\s+)?of|up\s+to\s+a\s+maximum\s+of|for\s+no\s+more\s+than|not\s+exceeding|(?:for|within)\s+(?:a\s+period\s+of\s+)?)\s*(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\b/i;
/** A deletion or retention duty named right after a negated duty ("shall not be required to delete"). */
const TRAPPED_DUTY = /\b(?:delete|deleted|deletion|destroy|destroyed|destruction|erase|erased|erasure|return|returned|retain|retained|retention|keep|kept|store|stored|dispose|disposed|purge|purged)\b/i;
/** A time boundary after a ban on keeping data: "after the Deletion Date", "beyond 30 days". */
const TIME_BOUND = /\b(?:after|beyond|longer\s+than|following|once|past|more\s+than|later\s+than)\b/i;
/** Retention words. */
const RETAIN_WORD = /\b(?:retain|retained|retaining|retention|keep|kept|store|stored|storage|archive|archived|hold|held|maintain|maintained)\b/i;
/** "as long as necessary": a judgement, not a limit. */
const NO_LIMIT =
  /\b(?:for\s+)?(?:as|so)\s+long\s+as\s+(?:is\s+|it\s+is\s+)?(?:reasonably\s+)?(?:necessary|required|needed|appropriate)\b|\b(?:for\s+)?(?:such\s+)?(?:period|time)\s+as\s+(?:is\s+)?(?:reasonably\s+)?(?:necessary|required|needed|appropriate)\b|\bindefinitely\b|\bin\s+perpetuity\b/i;

/** Permission to keep data. */
const RETAIN_PERMISSION =
  /\b(?:may|can|is\s+entitled\s+to|shall\s+be\s+entitled\s+to|(?:is|are)\s+(?:permitted|allowed)\s+to|reserves?\s+the\s+right\s+to|(?:shall|will)\s+be\s+free\s+to)\s+(?:\w+\s+){0,3}?(?:retain|keep|store|archive|hold|maintain)\b/i;
/** Grounds for keeping data that the keeper defines itself (not a law). */
const OWN_GROUND = new RegExp(
  [
    String.raw`\b(?:standard|ordinary|usual|normal|internal|own|customary|routine|general)\s+(?:[\w-]+\s+){0,4}?(?:polic(?:y|ies)|practices?|procedures?|processes|schedules?)\b`,
    String.raw`\b(?:backup|back-up|archiv\w*|record[- ]retention|data\s+retention)\s+(?:or\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:polic(?:y|ies)|practices?|procedures?|schedules?|systems?)\b`,
    String.raw`\bfor\s+(?:(?:[\w-]+\s*,\s*|[\w-]+\s+or\s+|[\w-]+\s+and\s+){0,8})(?:archival|archiving|backup|back-up|business|commercial|internal|audit(?:ing)?|record[- ]keeping|analytics|evidential|historical|statistical|quality)\s+(?:purposes?|reasons?|needs|use)\b`,
    String.raw`\bas\s+long\s+as\s+(?:it|they|the\s+[\w-]+)\s+(?:considers?|deems?|needs?|requires?)\b`,
    String.raw`\bat\s+its\s+(?:(?:sole|own|absolute)\s+)*discretion\b`,
    String.raw`\bfor\s+its\s+own\s+purposes\b`,
    String.raw`\bfor\s+(?:\w+\s+){0,2}?(?:product|service)s?\s+(?:improvement|development)\b`,
    String.raw`\b(?:to\s+)?(?:improv|develop|train|enhanc)\w*\s+(?:its|their|the\s+[\w-]+['’]s)\s+(?:own\s+)?(?:products|services|models|offerings)\b`,
  ].join('|'),
  'i',
);
/** "erased or maintained in a secured area": keeping is offered as an alternative to deletion. */
const KEEP_ALTERNATIVE =
  /\b(?:eras|delet|destr|dispos|purg)\w*\s+or\s+(?:\w+\s+)?(?:maintain|retain|kept|keep|archiv|stor|held)\w*|\b(?:retain|keep|archive)\w*\s+or\s+(?:\w+\s+)?(?:eras|delet|destr)\w*/i;
/** A duty to archive or store data offline, in a deletion clause. */
const ARCHIVE_DUTY = /\barchiv(?:e|ed|ing)\b[^.;]{0,60}\b(?:data|information|records|copies)\b|\bstor(?:e|ed)\b[^.;]{0,80}\boff[- ]?line\b/i;
/** Anonymising "where practicable" instead of deleting. */
const SOFT_ANONYMISE =
  /\b(?:anonymi[sz]|de-?identif|aggregat|pseudonymi[sz])\w*\b[^.;]{0,80}\b(?:where|if|to\s+the\s+extent)\s+(?:reasonably\s+)?(?:practicable|feasible|possible)\b/i;

/**
 * Every match of POLICY holds these words (same flags): a cheap test that skips its
 * case-insensitive Unicode letter class on sentences it cannot match.
 */
const MAY_NAME_POLICY = /(?:retention|deletion|destruction)\s+(?:polic|schedule|procedure)/iu;

/** A retention or deletion policy outside the signed text. */
const POLICY =
  /\b(?:in\s+accordance\s+with|in\s+line\s+with|under|per|pursuant\s+to|as\s+set\s+out\s+in)\s+(?:the\s+)?(?:([\p{Lu}][\w-]*(?:\s+[\p{Lu}][\w-]*)?)['’]s\s+|its\s+|their\s+)(?:(?:standard|internal|current|data|document|record|records)\s+)*(?:retention|deletion|destruction)\s+(?:polic(?:y|ies)|schedules?|procedures?)\b/iu;

/** Negation traps specific to deletion and retention. */
const S6_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|is|are|must)\s+not\s+(?:be\s+)?(?:required|obliged|obligated|bound)\s+to\s+(?:\w+\s+){0,2}?(?:delete|destroy|erase|return|purge|dispose|remove|certify)\w*`,
    String.raw`\bno\s+(?:obligation|duty|requirement)\s+to\s+(?:\w+\s+){0,2}?(?:delete|destroy|erase|return|dispose|purge)\w*`,
    String.raw`\b(?:shall|will|does|do)\s+not\s+(?:affect|prejudice|limit|restrict|extinguish)\b[^.;]{0,80}\bright\s+to\s+(?:retain|keep|store|hold|use)\b`,
    String.raw`\bnothing\s+in\b[^.;]{0,100}\b(?:requires?|obliges?|shall\s+require|shall\s+oblige)\b[^.;]{0,60}\b(?:delete|destroy|erase|return)\b`,
  ].join('|'),
  'i',
);

/** "shall not apply to data ... required to retain by law". */
const LEGAL_HOLD_EXEMPTION =
  /\b(?:shall|will|does|do)\s+not\s+apply\s+to\b[^.;]{0,120}?\b(?:required|obliged|obligated|bound)\b[^.;]{0,30}?\b(?:retain|keep|store|hold|preserve)\b[^.;]{0,40}?\b(?:by|under)\b(?:\s+(?:applicable|any|the|relevant)\b)?(?:\s+\S+){1,6}/i;
/** A named law: "the Limitation Act 1980", "Article 17(3) GDPR", "HIPAA". */
const NAMED_LAW =
  /\b(?:[A-Z][\w-]*\s+){1,6}(?:Act|Regulations?|Code|Directive|Ordinance|Statute)\b|\b(?:Art(?:icle)?\.?|[Ss]ection|s\.)\s*\d+|§\s*\d+|\b(?:GDPR|HIPAA|FERPA|FOIA|CCPA|UK\s+GDPR)\b/;

/** "Duration of the processing", "Retention period:" as a field label or a bare statement. */
const DURATION_FIELD =
  /\b(?:duration\s+of\s+(?:the\s+)?(?:data\s+)?processing|retention\s+period|(?:duration|period)\s+of\s+retention|storage\s+period)\b/i;
/** A number of days, months or years, or a date. */
const NUMBER_OF_TIME =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\b|\b(?:19|20)\d{2}\b/i;

/** A term that renews by itself or is extended with no fixed end. */
const EVERGREEN =
  /\b(?:renew(?:s|ed)?|extend(?:s|ed)?)\s+automatically\b|\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew|extend)\w*|\bautomatic\s+(?:renewal|extension)\b|\btacit(?:ly)?\s+renew\w*|\bevergreen\b|\bfor\s+successive\s+(?:renewal\s+)?(?:periods|terms)\b/i;
/** A term with no end at all: "shall continue until terminated". */
const INDEFINITE =
  /(?<!\bor\s)\b(?:(?:shall|will)\s+(?:continue|remain)|continues|remains)\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+)?(?:indefinitely|until\s+(?:it\s+is\s+|(?:this|the)\s+\w+\s+is\s+)?terminated)\b/i;
const EXTENSION =
  /\b(?:term|agreement|contract|mou)\b[^.;]{0,60}\b(?:is|are|shall\s+be|be)\s+(?:hereby\s+)?(?:extended|renewed)\b|\b(?:amended\s+and\s+)?renewed\s+such\s+that\b|\bmay\s+(?:\w+\s+){0,2}?extend\s+(?:the\s+)?(?:term|agreement|contract)\b/i;
/** The extension ends on a date or after a stated period. */
const FIXED_END =
  /\b(?:to|until|till|through|ending\s+on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:to|until|till|through)\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\bfor\s+(?:a\s+|one\s+)?(?:(?:further|single|additional)\s+)?(?:period\s+of\s+)?(?:\w+\s+)?(?:\(\d+\)\s+)?(?:months?|years?)\b|\bperiods?\s+of\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:months?|years?)\b|\b(?:maximum|no\s+more\s+than|not\s+(?:to\s+)?exceed\w*|more\s+than|up\s+to)\b/i;

/** Exit and transition terms (S6.8) that say nothing about deletion. */
const EXIT =
  /\bexit\s+(?:management|plan|strategy|assistance|information)\b|\btermination\s+assistance\b|\btransition\s+(?:assistance|services|plan|period)\b|\breplacement\s+supplier\b|\bdata\s+portability\b|\bmigrat\w+\s+(?:of\s+)?(?:the\s+)?data\b|\bdecommission\w*/i;

/** A confidentiality analogue: return or destroy the other side's business secrets. */
const CONFIDENTIAL_OBJECT = /\b(?:Confidential|Proprietary)\s+Information\b/;
/** Words that make a "Confidential Information" definition cover data about people. */
const ABOUT_PEOPLE =
  /\b(?:personal|individual|individually|client|patient|student|participant|citizen|resident|customer\s+(?:data|personal)|data\s+subject|health|identifiable|user\s+data|member)\w*\b/i;
const PEOPLE_DATA = /\b(?:personal\s+data|personal\s+information|(?:[\w-]+\s+)?data\b(?!\s+protection))/i;

export default defineRule({
  meta: {
    id: 'retention-deletion',
    safeguard: 'S6',
    type: 'safeguard',
    description:
      'Require a retention limit and deletion or return of the data at the end of the agreement, with a deadline, certification and no open-ended term.',
    rationale:
      'Data handed over for a public purpose should not outlive it. The UN B-Tech / GNI post warns that public-private partnerships form long-term dependencies whose impact cannot be assessed, and that contact-tracing apps handed citizens\' data to governments with no clarity on how it would be handled. GDPR Art. 5(1)(e) limits storage to what the purposes need, and Art. 28(3)(g) requires a processor to delete or return all personal data at the end of the services, at the controller\'s choice, including copies.',
    sources: [
      'UN B-Tech/GNI (2021), long-term dependencies; contact-tracing apps',
      'GDPR Art. 5(1)(e) (storage limitation)',
      'GDPR Art. 28(3)(g) (delete or return at the end of the services, including copies)',
      'SCC 2021/914 Clause 8.5 (erasure or return, certification); Annex I.B (retention period)',
      'EDPB Guidelines 04/2020 (delete or anonymise when the crisis ends)',
      'ICO Data sharing code of practice (agree retention periods; regular reviews)',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause limits how long {privateName} may keep the data or requires it to delete or return the data at the end: add retention periods and deletion or return, as {publicName} chooses, within a deadline and with written certification.',
      'weak-negation': 'This clause takes the deletion duty away ("{phrase}").',
      'weak-retention-carve-out':
        'After the end, {party} may keep the data on grounds it sets itself ("{phrase}"), not only where a named law requires it.',
      'weak-moving-policy':
        'Retention follows a policy outside the signed text that {party} can change ("{phrase}"), so the agreement sets no retention limit.',
      'weak-unnamed-law':
        'Deletion is switched off for data kept "by law" without naming the law ("{phrase}"), so any legal duty can be claimed.',
      'weak-on-request':
        'The data is deleted only on request ("{phrase}"), not automatically when the agreement ends.',
      'weak-no-limit': 'The retention period has no outer limit ("{phrase}").',
      'weak-optional': 'Deleting the data is optional ("{phrase}"), not required.',
      'weak-effort': 'Deleting the data is only an effort ("{phrase}"), not an obligation of result.',
      'weak-confidentiality':
        'This is a confidentiality clause\'s return-or-destroy duty for business information ("{phrase}"), not a retention limit or deletion duty for data about people.',
      'weak-duration-only':
        'Only the duration of processing is stated ("{phrase}"); nothing sets a retention limit or requires deletion or return at the end.',
      'weak-evergreen':
        'The term renews or is extended with no fixed end ("{phrase}"), so the processing has no sunset and continues without review.',
      'weak-exit-without-deletion':
        'The exit terms ("{phrase}") hand over or keep access to information, but nothing requires {party} to delete or return the data at the end.',
    },
    docs: `## What it checks

That the contract limits how long the data is kept and ends it: a retention period per category
(or an outer limit), and deletion or return of the data, at the controller's choice, when the
agreement or the services end, within a deadline, with written certification, covering copies and
backups; and no term that runs on by itself. The rule finds these sentences by headings
("Retention", "Deletion", "Return or Destruction", "Disposition of Data", "Effect of Termination")
and by a deletion verb with a data object ("shall delete all Data", "must promptly delete or return
the Government Data", "all copies ... have been permanently erased").

A clause is **sound** when a mandatory sentence deletes or returns the data when the agreement,
the services or the purpose ends (the trigger may sit in the sentence, its list lead-in, its
paragraph or its heading), or sets a retention limit with a number, or forbids keeping the data
after a date ("shall not retain any Data after the Deletion Date").

## Why it matters

Contact-tracing data handed to governments "without transparency about how this data would be
handled", and partnerships that form "long-term dependencies" whose impact cannot be assessed, are
the UN B-Tech / GNI post's warnings. A contract that never ends the processing, or lets the
company keep copies under its own backup policy, keeps the risk alive after the public purpose is
gone.

## Options

None.

## Flagged

- \`weak-negation\`: "the Supplier shall not be required to delete Data held in backups",
  "Termination shall not affect the Supplier's right to retain and use Aggregated Data", "no
  obligation to delete shall arise unless the Authority so requests".
- \`weak-retention-carve-out\`: "may retain copies in accordance with its standard backup or
  record retention policies", "for archival, backup, audit or business purposes", "archive and
  store electronic data off line", "erased or maintained in a secured area", "anonymise where
  practicable".
- \`weak-moving-policy\`: "in accordance with the Supplier's retention policy".
- \`weak-unnamed-law\`: "this Clause shall not apply to data the Supplier is required to retain by
  law" with no law named.
- \`weak-on-request\`: "shall delete Data upon the Authority's written request", deletion only when
  access is revoked.
- \`weak-no-limit\`: "retained for as long as necessary for the Purposes".
- \`weak-optional\`, \`weak-effort\`: "may delete", "reasonable efforts to delete".
- \`weak-confidentiality\`: an NDA's "return or destroy Confidential Information" where that term
  means business information, not data about people.
- \`weak-duration-only\`: only a "Duration of the processing" or "Retention period:" field.
- \`weak-evergreen\`: "shall renew automatically for successive periods", a term extended with no
  end date.
- \`weak-exit-without-deletion\`: exit or transition terms, and nothing about deleting the data.
- \`missing\`: nothing about retention or deletion (reported once).

The first four are reported even when a sound deletion duty exists elsewhere; the others only
when none does.

## Accepted

"The Supplier shall not retain any Data after the Deletion Date" is a safeguard in negative form.
Keeping data "where required by law" or "to the extent required by applicable law" is the legal
exception GDPR Art. 28(3)(g) allows; certification "if requested" does not weaken a deletion that
happens at the end anyway.

## How to fix

State a retention period per data category; require deletion or return at the controller's choice
within a fixed number of days of the end, including backups, copies and derived data, with written
certification; allow retention only where a named law requires it; end the processing on a date
or trigger and renew only after review; make the clause survive termination.

## References

UN B-Tech / GNI (2021); GDPR Arts. 5(1)(e), 28(3)(g); SCC 2021/914 Clause 8.5 and Annex I.B;
EDPB Guidelines 04/2020; ICO Data sharing code of practice.`,
    examples: {
      valid: [
        {
          title: 'Deletion at the end with certification',
          code: `## 12. Return and Deletion of Data

12.1 Within thirty (30) days after termination or expiry of this Agreement, the Supplier shall, at the choice of the Authority, return or securely delete all Authority Data, including backups, and certify the deletion in writing.

12.2 The Supplier shall not retain any Authority Data after the Deletion Date.
`,
        },
      ],
      invalid: [
        {
          title: 'Deletion on request and a backup carve-out',
          code: `## 12. Data Retention

12.1 The Supplier shall delete the Authority Data upon the Authority's written request.

12.2 The Supplier may retain copies of the Authority Data in accordance with its standard backup and record retention policies.
`,
          messageIds: ['weak-on-request', 'weak-retention-carve-out'],
        },
        {
          title: 'No retention or deletion term',
          code: `## 1. Services

1.1 The Supplier shall provide the analytics services described in Schedule 2.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    let exitClause: Clause | undefined;
    const isS6Heading = headingTest(S6_HEADING);
    return safeguardHandlers(context, {
      missingAnchors: [/\bretention\b|\bdeletion\b|\breturn\s+or\s+destruction\b/i, /\btermination\b|\bexpiry\b/i, /\bdata\s+protection\b|\bpersonal\s+data\b/i],
      modelClause: retentionDeletionClause,
      judge(clause, tools): Judgement | undefined {
        const { text, fullText } = clause;
        if (isTitleOnly(clause)) {
          // A field label set as a heading: "Duration of the processing" with nothing after it.
          const label = DURATION_FIELD.exec(text);
          if (label && text.trim().length <= label[0].length + 20 && !/\b(?:delet|eras|return|destr)/i.test(text)) {
            return { verdict: 'weak', messageId: 'weak-duration-only', data: { phrase: clipPhrase(label[0]) } };
          }
          return undefined;
        }
        // The first operative exit clause anchors the exit finding; a definition only when nothing else.
        if ((!exitClause || (exitClause.isDefinition && !clause.isDefinition)) && !isRecital(clause) && EXIT.test(text)) {
          exitClause = clause;
        }
        const headingHit = isS6Heading(clause.heading);
        if (!headingHit && !MAY_CONCERN_RETENTION.test(fullText)) return undefined;
        const deletes =
          MAY_DELETE.test(fullText) &&
          (DELETE_DUTY.test(fullText) || DELETE_PASSIVE.test(fullText) || CERTIFY_DELETION.test(fullText) || DELETE_PERMISSION.test(fullText));
        const retains = RETAIN_WORD.test(text) && DATA_OBJECT.test(text);
        const field = DURATION_FIELD.exec(text);
        const evergreen = EVERGREEN.exec(text) ?? EXTENSION.exec(text) ?? INDEFINITE.exec(text);
        if (!headingHit && !deletes && !retains && !field && !evergreen && !/\b(?:delet|destr|eras|dispos)\w*/i.test(text)) {
          return undefined;
        }
        if (isRecital(clause)) return undefined;

        // Negation traps: the deletion duty or the retention limit is taken away.
        const trap = S6_TRAP.exec(fullText);
        if (trap) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: clipPhrase(trap[0]) } };
        const hold = LEGAL_HOLD_EXEMPTION.exec(fullText);
        if (hold) {
          if (NAMED_LAW.test(fullText)) return { verdict: 'sound' };
          return { verdict: 'defeat', messageId: 'weak-unnamed-law', data: { phrase: clipPhrase(hold[0]) } };
        }
        const negation = readNegation(fullText, clause.modality);
        if (
          negation.kind === 'trap' &&
          !/\b(?:liable|responsible|construed)\b/i.test(negation.text) &&
          TRAPPED_DUTY.test(fullText.slice(negation.index, negation.index + negation.text.length + 100))
        ) {
          return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        }
        // "The Supplier shall not retain any Data after the Deletion Date": a limit in negative form.
        if (negation.kind === 'prohibition' && /\b(?:retain|retained|keep|kept|store|stored|hold|held)\b/i.test(negation.text) && !negation.reopenedBy) {
          const rest = fullText.slice(negation.index);
          return DATA_OBJECT.test(rest) && (TIME_BOUND.test(rest) || END_TRIGGER.test(rest)) ? { verdict: 'sound' } : undefined;
        }

        // Keeping the data on the keeper's own terms.
        const permission = RETAIN_PERMISSION.exec(fullText);
        // A ban later in the sentence ("... and may not access it") does not take the permission back.
        const bannedBefore = (index: number): boolean => negation.kind === 'prohibition' && negation.index <= index;
        if (permission && !bannedBefore(permission.index)) {
          const ground = OWN_GROUND.exec(fullText.slice(permission.index));
          if (ground) {
            return {
              verdict: 'defeat',
              messageId: 'weak-retention-carve-out',
              data: { phrase: clipPhrase(ground[0]), party: partyLabel(clause, tools) },
            };
          }
        }
        const deletionContext = headingHit || deletes || /\b(?:delet|destr|eras|dispos)\w*/i.test(text);
        if (deletionContext) {
          const keep = KEEP_ALTERNATIVE.exec(text) ?? ARCHIVE_DUTY.exec(text) ?? SOFT_ANONYMISE.exec(text);
          if (keep && !bannedBefore(keep.index)) {
            return {
              verdict: 'defeat',
              messageId: 'weak-retention-carve-out',
              data: { phrase: clipPhrase(keep[0]), party: partyLabel(clause, tools) },
            };
          }
        }
        const policy = MAY_NAME_POLICY.test(fullText) ? POLICY.exec(fullText) : null;
        if (policy && (RETAIN_WORD.test(fullText) || deletes)) {
          const owner = policy[1] ? tools.partyOf(policy[1]) : undefined;
          const moving = findWeakener(fullText, 'W3');
          const own = !policy[1] || owner?.role === 'private' || (owner === undefined && tools.partyOf(clause.modality.subject)?.role !== 'public');
          if (own || moving) {
            const party = owner ? displayPartyName(owner) : partyLabel(clause, tools);
            return { verdict: 'defeat', messageId: 'weak-moving-policy', data: { phrase: clipPhrase(policy[0]), party } };
          }
        }

        // A term with no end.
        if (evergreen && !deletes) {
          const automatic = EVERGREEN.test(text);
          if (automatic || !FIXED_END.test(text.slice(evergreen.index))) {
            return { verdict: 'weak', messageId: 'weak-evergreen', data: { phrase: clipPhrase(evergreen[0]) } };
          }
          return undefined;
        }

        // A duty to delete or return.
        if (deletes) {
          const duty = DELETE_DUTY.exec(fullText) ?? DELETE_PASSIVE.exec(fullText) ?? CERTIFY_DELETION.exec(fullText);
          if (!duty || clause.modality.kind === 'permission' && !DELETE_DUTY.test(text) && !DELETE_PASSIVE.test(text)) {
            const optional = DELETE_PERMISSION.exec(fullText);
            return optional ? { verdict: 'weak', messageId: 'weak-optional', data: { phrase: clipPhrase(optional[0]) } } : undefined;
          }
          if (!DATA_OBJECT.test(fullText.slice(Math.max(0, duty.index - 160), duty.index + duty[0].length + 160))) return undefined;
          const effort = findWeakener(fullText.slice(0, duty.index + duty[0].length), 'W5');
          if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
          const confidential = confidentialityAnalogue(fullText, tools);
          if (confidential) return { verdict: 'weak', messageId: 'weak-confidentiality', data: { phrase: clipPhrase(confidential) } };
          const before = clause.sentence.block.text.slice(0, clause.sentence.blockIndex);
          const ended = END_TRIGGER.test(fullText) || END_TRIGGER.test(clause.heading) || END_TRIGGER.test(before);
          const demand = ON_DEMAND.exec(fullText) ?? ON_DEMAND.exec(clause.heading);
          // "On termination the Supplier shall, upon the Authority's request, return it": the
          // request still gates the deletion. A request after the verb ("return ... upon request,
          // or destroy") offers a choice; certification "if requested" does not gate deletion.
          const verbAt = duty.index + duty[0].length;
          const gated = demand !== null && ON_DEMAND.test(fullText.slice(0, verbAt)) && !UNGATED_ALTERNATIVE.test(fullText.slice(verbAt));
          if (demand && (!ended || gated)) {
            return { verdict: 'weak', messageId: 'weak-on-request', data: { phrase: clipPhrase(demand[0]) } };
          }
          return { verdict: 'sound' };
        }

        // A retention period.
        if (RETENTION_LIMIT.test(text) && clause.modality.kind !== 'permission') return { verdict: 'sound' };
        const noLimit = NO_LIMIT.exec(text);
        if (noLimit && (retains || headingHit || field)) {
          return { verdict: 'weak', messageId: 'weak-no-limit', data: { phrase: clipPhrase(noLimit[0]) } };
        }
        if (field) {
          const after = text.slice(field.index + field[0].length);
          if (NUMBER_OF_TIME.test(after) && !findWeakener(after, 'W10')) return { verdict: 'sound' };
          return { verdict: 'weak', messageId: 'weak-duration-only', data: { phrase: clipPhrase(field[0]) } };
        }
        return undefined;
      },
      finish(state) {
        // Exit and transition terms only matter when nothing else addresses deletion.
        if (!exitClause || state.sound.length > 0 || state.findings.length > 0) return;
        const phrase = EXIT.exec(exitClause.text)?.[0] ?? exitClause.heading.split(' > ').pop() ?? 'exit';
        state.findings.push({
          tier: 'weak',
          messageId: 'weak-exit-without-deletion',
          range: [exitClause.sentence.start, exitClause.sentence.end],
          data: { phrase: clipPhrase(phrase), party: state.names.privateName },
          evidence: exitClause.text,
        });
      },
    });
  },
});


/**
 * A return-or-destroy duty whose object is "Confidential Information" that means business
 * information (an NDA), not data about people: the phrase, else undefined.
 */
function confidentialityAnalogue(text: string, tools: Tools): string | undefined {
  const object = CONFIDENTIAL_OBJECT.exec(text);
  if (!object) return undefined;
  const rest = text.replace(CONFIDENTIAL_OBJECT, ' ');
  if (PEOPLE_DATA.test(rest) && /\bdata\b/i.test(rest)) return undefined;
  const definition = tools.definitionIn(text, /(?:confidential|proprietary)\s+information/i);
  if (definition && ABOUT_PEOPLE.test(definition.body)) return undefined;
  const verb = new RegExp(String.raw`\b${DELETE_VERB}\b(?:\s+or\s+${DELETE_VERB})?[^.;]{0,40}?${object[0]}`, 'i').exec(text);
  return verb?.[0] ?? object[0];
}
