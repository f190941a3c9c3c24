/**
 * @file oversight-audit (S7)
 *
 * Require oversight of the partnership: audit and inspection rights for the public body or an
 * auditor it mandates (premises, systems, records), cooperation with the supervisory authority,
 * an independent oversight body, access logs, and regular compliance reporting. Flags audits
 * replaced by the company's own reports or certifications, supplier vetoes (auditor approved by
 * the company, a right to refuse or restrict an audit), hollow audits (once a year, on long
 * notice, at the public body's cost, limited to documents), optional or effort-only audit duties,
 * governance by discretion ("a steering group may meet as required"), documents or a review
 * without any right to audit, audit rights given only by reference to terms that are not in the
 * document, and negation traps ("shall not be entitled to audit", "shall not be required to give
 * access to its premises", "no regulator shall have any rights", "audit results shall not be
 * disclosed to any third party").
 *
 * An audit of records and accounts with access to the premises is an audit right whatever its
 * subject (the labels judge the Crown Commercial Service "Audit" clause strong). Inspecting
 * delivered works or goods for acceptance is not oversight. "The Supplier shall not obstruct any
 * audit" supports an audit; it is not a trap.
 */
import { defineRule } from '../src/engine/rule.js';
import { oversightAuditClause } from './model-clauses/oversight-audit.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement, type Tools } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';

/** "This includes giving the Authority: ..." reads like a definition but is an operative list. */
const NOT_A_DEFINITION = /^[\W\d]*(?:\([a-z]{1,4}\)\s*)?(?:this|these|it|that|which)\s+(?:includes?|shall\s+include)\b/i;

/**
 * Cheap relevance gate (case-insensitive, at a word start): every match that makes a sentence
 * relevant to oversight holds one of these words, so a sentence with none of them (most
 * sentences) skips the patterns of judgeOversight.
 */
const MAY_CONCERN_OVERSIGHT = new RegExp(
  String.raw`\b(?:${[
    // AUDIT, CHECKING (with PREMISES_ACCESS)
    String.raw`audit|inspect|verif|monitor|complian|examin`,
    // SUPERVISORY_DUTY
    String.raw`supervisory|data\s+protection\s+authorit|information\s+commissioner|regulator|secretary`,
    // OVERSIGHT_BODY
    String.raw`board|body|committee|group|panel|council|forum|independent`,
    // ACCESS_LOG
    String.raw`log|recorded`,
    // COMPLIANCE_REPORT, beyond the words above
    String.raw`human\s+rights|implementation\s+of\s+the\s+safeguards`,
    // RECORDS_ONLY
    String.raw`(?:shows?|demonstrates?|verify|evidence|prove)\s`,
    // REVIEW_ONLY
    String.raw`subject\s+to\s+(?:(?:annual|periodic|regular|prior|the)\s+)?(?:review|approval)`,
    // OVERSIGHT_WORD in an S7_TRAP, beyond the words above
    String.raw`premises|oversight`,
  ].join('|')})`,
  'i',
);

/** Audit and inspection words. */
const AUDIT = /\b(?:audit(?:s|ed|ing|ors?)?|inspect(?:s|ed|ing|ions?)?)\b/i;
/** Access to the audited party's premises or records: oversight when it is for checking. */
const PREMISES = String.raw`(?:access\s+to|enter|examine)\s+(?:its|their|the|any|all|such|those|these)\s+(?:[\w-]+['’]?s?\s+)?(?:premises|facilities|systems|records|books|accounts|documents)`;
const PREMISES_ACCESS = new RegExp(String.raw`\b${PREMISES}\b`, 'i');
const CHECKING = /\b(?:audit\w*|inspect\w*|verif\w*|monitor\w*|complian\w*|examin\w*)\b/i;

/** Headings of sections about oversight. */
const S7_HEADING =
  /\b(?:audits?|inspections?|oversight|governance|supervisory\s+authority|supervision|compliance\s+report\w*|access\s+logs?|accountability|review\s+board|record\s+keeping|documentation\s+and\s+compliance|monitoring)\b/i;

/** Inspection of delivered works or goods for acceptance: not oversight. */
const ACCEPTANCE_INSPECTION =
  /\binspect\w*\s+(?:the\s+|any\s+|all\s+)?(?:installation\s+works|works|deliverables|goods|equipment|materials|site|plant)\b|\b(?:on|upon|after)\s+delivery\b/i;
/** What an oversight inspection looks at. */
const OVERSIGHT_OBJECT =
  /\b(?:premises|facilities|systems?|records|books|accounts|processing|compliance|data|personnel|staff|environment|documentation)\b/i;

/** The audited party lets the audit happen. */
const AUDITEE_GRANT = new RegExp(
  String.raw`\b(?:allow|permit|submit|contribute\s+to|facilitate|grant|give|afford|provide|make\s+available)\w*\b[^.;]{0,100}?\b(?:audits?\b(?!\s+(?:reports?|certificat\w*|questionnaires?|summar\w*|findings|results))|auditing\b|inspections?\b|inspect\b|${PREMISES})|\bsubmit\w*\s+(?:itself|its\s+[\w\s]{0,40}?facilities)\s+(?:to|for)\s+(?:an?\s+)?audit`,
  'i',
);

/** The auditing party's right. */
const AUDITOR_RIGHT =
  /\b(?:may|can|(?:is|are|be|shall\s+be)\s+entitled\s+to|(?:has|have|shall\s+have)\s+the\s+right(?:,[^,;]{0,60},)?\s+to|reserves?\s+the\s+right\s+to)(?:\s*,[^,;]{1,80},)?\s+(?:\w+\s+){0,3}?(?:audit|inspect|(?:conduct|carry\s+out|perform|undertake)\s+(?:an?\s+|the\s+|any\s+)?(?:\w+\s+)?(?:audits?|inspections?)|(?:exercise|invoke)\s+(?:its|their|the)\s+(?:\w+\s+)?audit)\b|\baudits?\s+may\s+include\s+inspections?\b|\brights?\s+(?:of\s+access\s+and\s+)?(?:to\s+)?(?:audit|inspect\w*)\b/i;

/** The audited party may let the audit happen: optional. */
const OPTIONAL_GRANT = /\bmay\s+(?:\w+\s+)?(?:allow|permit|agree\s+to|facilitate|consent\s+to)\b[^.;]{0,60}\b(?:audit|inspect)/i;

/** "shall not obstruct any audit": supports the audit. */
const NO_OBSTRUCTION =
  /\b(?:shall|will|must)\s+not\s+(?:in\s+any\s+way\s+)?(?:obstruct|hinder|impede|interfere\s+with|delay|frustrate|prevent)\b[^.;]{0,40}\b(?:audits?|inspections?|auditors?)\b/i;

/** Negation traps on oversight. */
const S7_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|is|are)\s+not\s+(?:be\s+)?entitled\s+to\s+(?:\w+\s+){0,2}?(?:audit|inspect)`,
    String.raw`\bnot\s+(?:be\s+)?(?:required|obliged|obligated|bound)\s+to\s+(?:\w+\s+){0,3}?(?:give|grant|provide|allow|permit|submit|afford|make)\b[^.;]{0,60}\b(?:access|audits?|inspections?|premises|records|logs|reports?)`,
    String.raw`\b(?:shall|will)\s+have\s+no\s+(?:right|obligation|duty)\s+to\s+(?:\w+\s+){0,2}?(?:audit|inspect|allow|permit|submit)`,
    String.raw`\bno\b[^.;]{0,60}\b(?:regulators?|supervisory\s+authorit(?:y|ies)|auditors?|oversight\s+bod(?:y|ies))\b[^.;]{0,60}\b(?:shall|will|may)\s+have\s+any\s+(?:rights?|access)`,
    String.raw`\b(?:audit|inspection)\s+(?:results?|reports?|findings?)\b[^.;]{0,60}\b(?:shall|will|must|may)\s+not\s+be\s+(?:disclosed|shared|provided|made\s+available|given)\b`,
    String.raw`\bshall\s+not\s+be\s+subject\s+to\s+(?:any\s+)?(?:audits?|inspections?)`,
    String.raw`\b(?:shall|will|must)\s+not\s+(?:permit|allow|submit\s+to|agree\s+to|consent\s+to)\s+(?:any\s+|an\s+)?(?:audits?|inspections?)\b`,
  ].join('|'),
  'i',
);
/** What a trap must take away to matter outside an audit section. */
const OVERSIGHT_WORD = /\b(?:audit\w*|inspect\w*|premises|regulators?|supervisory|oversight)\b/i;
/** A negated duty about notice or costs of an audit: it does not take the audit away. */
const NOT_OVERSIGHT = /\b(?:notice|notif\w*|costs?|pay\w*|expenses?|fees?|charges?)\b/i;
/** An exception that lets audit results reach a regulator. */
const REGULATOR_CARVE_OUT = /\b(?:except|other\s+than|save|unless)\b[^.;]{0,60}\b(?:regulators?|supervisory|competent\s+authorit|law|court)/i;

/** Audits replaced by the company's own reports or certifications. */
const REPORT_SUBSTITUTE = new RegExp(
  [
    String.raw`\baudit\s+rights?\b[^.;]{0,200}?\b(?:satisfied|fulfilled|discharged|met)\s+(?:by|through)\b`,
    String.raw`\b(?:satisf(?:y|ies|ied)|fulfils?|discharges?)\s+(?:its|their|any|all|the\s+[\w-]+['’]s)\s+(?:\w+\s+)?audit\s+rights?\b`,
    String.raw`\b(?:in\s+lieu\s+of|instead\s+of|in\s+place\s+of)\s+(?:an?\s+|any\s+)?(?:on-?site\s+)?(?:audits?|inspections?)\b`,
    String.raw`\b(?:audits?|inspections?)\b[^.;]{0,40}\b(?:replaced|substituted)\s+by\b`,
    String.raw`\bonly\s+exercise\s+(?:its|their|any)\s+audit\s+rights?\b[^.;]{0,200}?\b(?:report\w*|questionnaires?|certifications?)\b`,
    String.raw`\bto\s+the\s+extent\s+(?:that\s+)?[^.;]{0,80}?\b(?:audit|compliance|SOC\s*\d?|assurance)\s+reports?\b[^.;]{0,40}?\b(?:does|do)\s+not\s+provide\s+sufficient\b`,
    String.raw`\b(?:audits?|audit\s+rights?|inspections?)\b[^.;]{0,60}\b(?:limited|restricted)\s+to\s+(?:the\s+)?(?:review\s+of\s+|provision\s+of\s+|providing\s+)?(?:(?:its|the\s+[\w-]+['’]s)\s+)?(?:(?:third[-\s]party\s+)?(?:audit|compliance|SOC\s*\d?)\s+reports?|certifications?|certificates?)`,
  ].join('|'),
  'i',
);

/** The audited party's own audit reports or certifications, given instead of an audit right. */
const VENDOR_REPORT =
  /\b(?:provide|give|make\s+available|deliver|share|furnish)\w*\b[^.;]{0,80}?\b(?:(?:third[-\s]party\s+|independent\s+|external\s+|annual\s+)*audit\s+reports?|SOC\s*[123](?:\s+type\s+(?:I|II|1|2))?\s+reports?|audit\s+certificat\w*)\b/i;

/** The audited party can stop or shape the audit. */
const VETO_BY = /\b(?:auditors?|inspectors?|audit\s+firms?)\b[^.;]{0,80}?\b(?:approved|accepted|agreed|selected|nominated|chosen)\s+(?:in\s+advance\s+|in\s+writing\s+)?by\s+((?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/iu;
const VETO_ACCEPTABLE = /\b(?:auditors?|audit\s+firms?)\b[^.;]{0,80}?\b(?:reasonably\s+)?acceptable\s+to\s+((?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/iu;
/**
 * Every match of VETO_BY or VETO_ACCEPTABLE holds one of these words (same flags): a cheap test
 * that skips their case-insensitive Unicode letter classes on sentences they cannot match.
 */
const MAY_NAME_VETO = /\b(?:approved|accepted|agreed|selected|nominated|chosen|acceptable)\b/iu;
const NAMED_VETOES = [VETO_BY, VETO_ACCEPTABLE] as const;
const VETO_REFUSE = /\bmay\s+(?:refuse|decline|reject|deny|restrict|limit|postpone|object\s+to)\b[^.;]{0,100}/i;
const VETO_CONSENT = /\bsubject\s+to\s+(?:the\s+)?([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)['’]s\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval|agreement)\b/u;
/** The words a veto must bear on. */
const VETO_OBJECT = /\b(?:audits?|inspections?|access|premises|information|records|auditors?)\b/i;

/** Restrictions that hollow an audit out when they come together. */
const FREQUENCY_CAP =
  /\b(?:no\s+more\s+(?:than|often\s+than)\s+(?:once|one\s+time|twice)|not\s+more\s+than\s+once|once\s+(?:a|per|in\s+any|each|every)\s+(?:\w+\s+)?(?:year|twelve|12)|once\s+annually|(?:only|maximum\s+of)\s+once)\b/i;
const LONG_NOTICE =
  /\b(?:(?:thirty|forty(?:-five)?|sixty|ninety|one\s+hundred)\s+(?:\(\d+\)\s+)?|\(?(?:[3-9]\d|\d{3})\)?\s+)(?:business\s+|working\s+|calendar\s+)?days['’]?\s+(?:(?:prior|advance)\s+)?(?:written\s+)?notice\b/i;
/** Every match of AT_COST holds one of these words (same flags): skips its Unicode letter class. */
const MAY_STATE_COST = /\b(?:cost|expense)\b/iu;
const AT_COST = /\bat\s+(?:the\s+)?(?:([\p{L}-]+)['’]s|its|their)\s+(?:own\s+|sole\s+)?(?:cost|expense)\b/iu;
const MUTUALLY_AGREED = /\bmutually\s+agreed\b/i;
/** An audit limited to documents: no inspection at all. */
const DOCUMENTS_ONLY =
  /\b(?:limited|restricted|confined)\s+to\s+(?:a\s+|the\s+)?(?:review\s+of\s+)?(?:documents?|documentation|written\s+(?:materials|responses|records)|questionnaires?|remote\s+(?:review|audit)s?|desk[-\s]based\s+(?:review|audit)s?)\b|\b(?:desk[-\s]based|document(?:ation)?[-\s]only)\s+(?:audits?|reviews?)\b|\bno\s+on-?site\s+(?:audits?|inspections?|visits?)\b/i;

/** Information or records to show compliance, with no audit. */
const RECORDS_ONLY =
  /\b(?:records?|information|documentation)\b[^.;]{0,100}?\b(?:to\s+)?(?:show|shows|demonstrate|demonstrates|verify|evidence|prove)\s+(?:that\s+)?(?:it\s+|its\s+|their\s+|the\s+[\w-]+['’]s\s+)?(?:compl|is\s+compl)/i;
/** A duty just before a phrase, for long sentences whose main modal is elsewhere. */
const DUTY_BEFORE = /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to)\s+(?!not\b)/i;
/** A review of the company's methods, with no audit. */
const REVIEW_ONLY =
  /\bsubject\s+to\s+(?:(?:annual|periodic|regular|prior|the)\s+)?(?:review|approval)(?:\s+and\s+(?:approval|review))?\s+(?:by|of)\b/i;

/** Cooperation with, and submission to, the supervisory authority. */
const SUPERVISOR = String.raw`(?:(?:competent\s+)?supervisory\s+authorit(?:y|ies)|data\s+protection\s+authorit(?:y|ies)|information\s+commissioner(?:['’]s\s+office)?|regulators?|the\s+Secretary\b(?=[^.;]{0,80}\bcomplian))`;
const SUPERVISORY_DUTY = new RegExp(
  [
    String.raw`\b(?:co-?operat\w*\b[^.;]{0,40}?\bwith|submit\w*\s+(?:itself\s+)?to\s+the\s+jurisdiction\s+of|respond\w*\s+to\s+(?:any\s+)?(?:enquiries|inquiries)\s+(?:of|from))\b[^.;]{0,80}?\b${SUPERVISOR}`,
    String.raw`\bavailable\s+to\s+(?:the\s+)?${SUPERVISOR}`,
    String.raw`\b${SUPERVISOR}\s+(?:has|have|shall\s+have)\s+the\s+right\s+to\s+(?:conduct\s+an?\s+)?audit`,
  ].join('|'),
  'i',
);

/** An oversight or governance body. */
const OVERSIGHT_BODY =
  /\b(?:(?:independent\s+)?(?:oversight|ethics|review|governance|steering|advisory|accountability|data\s+governance|joint\s+(?:review|management))\s+(?:board|body|committee|group|panel|council|forum)|independent\s+(?:oversight\s+body|monitor|reviewer|assessor))\b/i;
const APPOINT = /\bmay\s+(?:\w+\s+)?(?:appoint|establish|designate|convene|mandate|engage)\b/i;
const BODY_DUTY = /\b(?:meet|review|approve|reject|receive|report|be\s+given|be\s+provided|oversee|monitor|scrutini[sz]e)\w*\b/i;

/** Access logs and audit trails. */
const ACCESS_LOG =
  /\b(?:access\s+logs?|audit\s+trails?|logs?\s+of\s+(?:all\s+|each\s+|every\s+)?(?:access(?:es)?|queries|disclosures|uses?)|(?:every|each|all)\s+(?:access(?:es)?|quer(?:y|ies))\b[^.;]{0,60}\b(?:logged|recorded))\b/i;
const LOG_DUTY = /\b(?:log|logs|logged|record|recorded|keep|kept|retain|retained|maintain|maintained|provide|available)\b/i;

/** Regular compliance or human-rights reporting. */
const COMPLIANCE_REPORT =
  /\b(?:report\w*\b[^.;]{0,60}?\b(?:on|regarding|about|of)\s+(?:its\s+|their\s+|the\s+[\w-]+['’]s\s+)?(?:compliance|human\s+rights|implementation\s+of\s+the\s+safeguards)|compliance\s+reports?|human\s+rights\s+reports?|self[-\s]audit\s+certificate)\b/i;
const CADENCE =
  /\b(?:(?:at\s+least\s+)?(?:every|each)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:months?|years?|quarters?|contract\s+years?)|annually|quarterly|monthly|each\s+year|yearly|at\s+the\s+end\s+of\s+each\s+(?:contract\s+)?(?:year|quarter|month))\b/i;

/** An audit clause that points elsewhere for its content. */
const REFERENCE_ONLY =
  /\b(?:under|in\s+accordance\s+with|pursuant\s+to|as\s+(?:set\s+out|described|provided)\s+in)\s+(?:section|clause|paragraph|article)\s+[\d.]+(?:\([a-z0-9]+\))?(?:\s+\([^)]{1,30}\))?\s+of\s+(?:this|the)\s+(?:DPA|Addendum|Agreement|Clauses|Master\s+Agreement|Terms)\b/i;

export default defineRule({
  meta: {
    id: 'oversight-audit',
    safeguard: 'S7',
    type: 'safeguard',
    description:
      'Require audit and inspection rights for the public body or its auditor, cooperation with the supervisory authority, and independent oversight of the partnership.',
    rationale:
      'A public body that hands data or a public function to a company must be able to check what the company does with it. Without audit and inspection rights (premises, systems, records), cooperation with the supervisory authority, access logs and regular reporting to an independent oversight body, the other safeguards cannot be verified and long-term dependencies go unchecked. UNGP 5 asks States to oversee the companies they contract with, "including through adequate independent monitoring and accountability mechanisms"; GDPR Art. 28(3)(h) requires a processor to allow for and contribute to audits, including inspections.',
    sources: [
      'UN B-Tech/GNI (2021), oversight and accountability',
      'UNGP 5 and commentary (oversight when the State contracts with business)',
      'GDPR Art. 28(3)(h) (information to demonstrate compliance; audits, including inspections)',
      'GDPR Art. 31 (cooperation with the supervisory authority)',
      'Decision (EU) 2021/915 (controller–processor SCC) Clause 7.6(d)–(e)',
      'SCC 2021/914 Clause 8.9 (documentation and compliance) and Clause 13 (supervision)',
      'UNGP 20–21 (tracking and reporting)',
      'Privacy International, Safeguards for public-private surveillance partnerships (C. Accountability and Oversight)',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause lets {publicName} or an independent auditor audit and inspect {privateName}: add audit and inspection rights covering premises, systems and records, cooperation with the supervisory authority and regular compliance reporting.',
      'weak-negation': 'This clause takes oversight away ("{phrase}").',
      'weak-report-substitute':
        'Audits are replaced by the audited party\'s own reports or certifications ("{phrase}"), so {publicName} cannot check the processing itself.',
      'weak-supplier-veto': 'The audited party can stop or shape the audit ("{phrase}").',
      'weak-hollow-audit': 'The audit is hollowed out by its conditions ("{phrase}").',
      'weak-optional': 'The audit is at the audited party\'s option ("{phrase}"), not a duty.',
      'weak-effort': 'The audit duty is only an effort ("{phrase}").',
      'weak-discretion': 'Oversight happens only at discretion ("{phrase}"), with no fixed meetings or duties.',
      'weak-no-audit-right':
        'This clause gives {publicName} records or a review ("{phrase}") but no right to audit or inspect.',
      'weak-reference':
        'Audit rights are given only by reference to terms that are not in this document ("{phrase}").',
    },
    docs: `## What it checks

That the contract lets the public body check what the company does: a right for the public body,
or an auditor it mandates, to audit and inspect premises, systems, records and processing; a duty to
supply the information needed to show compliance; cooperation with, and submission to, the
supervisory authority; an oversight or governance body with fixed duties; access logs; and regular
compliance reporting. The rule finds these sentences by their words ("audit", "inspect", "access to
its premises", "supervisory authority", "oversight board", "access logs", "compliance report") and by
headings ("Audit", "Inspection", "Oversight", "Governance", "Supervision").

A term is **sound** when the audited party must allow audits or inspections ("shall allow any
auditor access to its premises", "shall allow for and contribute to audits, including
inspections"), when the auditing party has the right to audit or inspect ("the Authority may
inspect the facilities, systems, books and records"), when a party must cooperate with or submit to
the supervisory authority or make its records available to the regulator, when a named oversight body
must meet, review or approve (or the public body may appoint an independent monitor), when access is
logged, or when compliance is reported at a fixed interval. An audit of records and accounts with
access to the premises counts: it is an audit right whatever its subject.

## Why it matters

The UN B-Tech / GNI post names oversight and accountability among the conditions for a
rights-respecting State-business partnership, and warns of long-term dependencies whose impact
cannot be assessed. UNGP 5 asks States to keep adequate oversight, including independent
monitoring, when they contract with companies for services that may affect human rights.

## Options

None.

## Flagged

- \`weak-negation\`: "the Authority shall not be entitled to audit the Supplier's sub-processors",
  "the Supplier shall not be required to give access to its premises, systems or personnel", "no
  regulator or third party shall have any rights under this Agreement", "audit results shall not be
  disclosed to any third party".
- \`weak-report-substitute\`: "any audit rights will be satisfied by the Supplier's SOC 2 report",
  "the Customer will only exercise its audit rights by instructing the Provider to comply with the
  reporting requirements", an audit allowed only "to the extent the audit report does not provide
  sufficient information", a certificate accepted "in lieu of any on-site audit". Copies of the
  company's own audit reports with no audit right at all get the same message.
- \`weak-supplier-veto\`: an auditor "approved by the Supplier"; "the Supplier may refuse an audit
  that would compromise its confidential information"; "the Provider may restrict access to data or
  information".
- \`weak-hollow-audit\`: "no more than once a year, on ninety (90) days' notice, at the Authority's
  cost"; audits "limited to documents".
- \`weak-optional\`: "the Supplier may permit the Authority to audit".
- \`weak-effort\`: "shall use reasonable endeavours to facilitate audits".
- \`weak-discretion\`: "a steering group may meet as required"; an oversight body "consulted where
  the Authority considers appropriate".
- \`weak-no-audit-right\`: records or information "to show it complies", or methods "subject to
  review and approval by the Council", with no right to audit or inspect.
- \`weak-reference\`: audit rights only "under Section 9 (Audits) of the DPA" when that text is not in
  the document.
- \`missing\`: no oversight term at all (reported once).

The first four are reported even when a sound audit right exists elsewhere (they hollow it out),
except copies of audit reports, which only matter when there is no audit right; the others are
reported only when no sound oversight term exists.

## Accepted

"The Supplier shall not obstruct any audit or inspection" supports the audit. Inspecting delivered
works, goods or the site for acceptance, access to premises to deliver the service, and disclosing
information to one's own auditors are not oversight. "The Authority shall not be required to give
notice of an audit" is no trap. "In deciding on an audit, the data exporter may take
into account relevant certifications" leaves the choice with the auditing party and is not a
substitution.

## How to fix

Give the public body, or an independent auditor it appoints, the right to audit and inspect
premises, systems, records and personnel on reasonable notice, and without notice where a breach is
suspected; keep access logs for a stated period; report on compliance at a fixed interval to a named
oversight body; cooperate with the supervisory authority and share audit results with it.

## References

UN B-Tech / GNI (2021); UNGP 5, 20–21; GDPR Arts. 28(3)(h), 31; Decision (EU) 2021/915 Clause
7.6; SCC 2021/914 Clauses 8.9 and 13; Privacy International, Safeguards for public-private
surveillance partnerships.`,
    examples: {
      valid: [
        {
          title: 'Audit and inspection by the Authority or its auditor',
          code: `## 12. Audit

12.1 The Supplier shall allow the Authority, or an independent auditor appointed by the Authority, to audit and inspect its premises, systems, records and personnel on reasonable notice.

12.2 The Supplier shall cooperate with the Information Commissioner and make the results of any audit available to it on request.
`,
        },
      ],
      invalid: [
        {
          title: 'Audits replaced by the Supplier’s reports',
          code: `## 12. Audit

12.1 The Supplier shall allow for and contribute to audits by the Authority.

12.2 The Authority agrees that its audit rights will be satisfied by the Supplier's annual SOC 2 report.
`,
          messageIds: ['weak-report-substitute'],
        },
        {
          title: 'No oversight term',
          code: `## 4. Services

4.1 The Supplier shall host the Authority's case management system.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const isS7Heading = headingTest(S7_HEADING);
    return safeguardHandlers(context, {
      missingAnchors: [/\baudit|\binspection|\boversight|\bgovernance\b/i, /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i],
      modelClause: oversightAuditClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading || clause.inRecitals) return undefined;
        if (clause.isDefinition && !NOT_A_DEFINITION.test(clause.text)) return undefined;
        const inAuditSection = isS7Heading(clause.heading);
        if (!inAuditSection && !MAY_CONCERN_OVERSIGHT.test(clause.fullText)) return undefined;
        return judgeOversight(clause, inAuditSection, tools);
      },
    });
  },
});

function judgeOversight(clause: Clause, inAuditSection: boolean, tools: Tools): Judgement | undefined {
  const { text, fullText } = clause;
  const audit =
    (AUDIT.test(text) || (PREMISES_ACCESS.test(text) && CHECKING.test(text))) &&
    !(ACCEPTANCE_INSPECTION.test(text) && !OVERSIGHT_OBJECT.test(text.replace(ACCEPTANCE_INSPECTION, '')));
  const supervisory = SUPERVISORY_DUTY.exec(fullText);
  const body = OVERSIGHT_BODY.exec(text);
  const log = ACCESS_LOG.exec(text);
  const report = COMPLIANCE_REPORT.exec(text);
  const records = RECORDS_ONLY.exec(fullText);
  const review = REVIEW_ONLY.exec(text);
  const trap = S7_TRAP.exec(fullText);
  const oversightTrap = trap !== null && OVERSIGHT_WORD.test(trap[0]);
  if (!audit && !inAuditSection && !supervisory && !body && !log && !report && !records && !review && !oversightTrap) return undefined;

  // Clauses that hollow oversight out wherever they are.
  if (NO_OBSTRUCTION.test(text)) return { verdict: 'sound' };
  if (
    trap &&
    !NOT_OVERSIGHT.test(trap[0]) &&
    !(/\bresults?|reports?|findings?/i.test(trap[0]) && REGULATOR_CARVE_OUT.test(fullText))
  ) {
    return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
  }
  // "Nothing in this Agreement shall require the Supplier to allow an audit."
  const modality = clause.modality;
  if (audit && modality.negatedDuty && modality.end !== undefined) {
    const after = fullText.slice(Math.max(0, modality.end - clause.sentence.start));
    const removed = AUDITEE_GRANT.exec(after);
    if (removed && !NOT_OVERSIGHT.test(removed[0])) {
      return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: `${modality.modal ?? 'not'} … ${trim(removed[0])}` } };
    }
  }
  if (audit || inAuditSection) {
    const substitute = REPORT_SUBSTITUTE.exec(fullText);
    if (substitute) return { verdict: 'defeat', messageId: 'weak-report-substitute', data: { phrase: trim(substitute[0]) } };
    const veto = vetoIn(text, clause, tools);
    if (veto) return { verdict: 'defeat', messageId: 'weak-supplier-veto', data: { phrase: veto } };
    const hollow = hollowAudit(text, clause.modality.subject, tools);
    if (hollow) return { verdict: 'defeat', messageId: 'weak-hollow-audit', data: { phrase: hollow } };
  }

  const modal = clause.modality;
  if (audit) {
    const effort = findWeakener(text, 'W5');
    const optional = OPTIONAL_GRANT.exec(fullText);
    if (optional) return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: optional[0] } };
    const grant = AUDITEE_GRANT.test(fullText) && (modal.kind === 'obligation' || /\b(?:agrees?|undertakes?|warrants?)\b/i.test(fullText));
    const right = AUDITOR_RIGHT.test(fullText) && modal.kind !== 'prohibition';
    if (grant || right) {
      if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
      return { verdict: 'sound' };
    }
    if (effort && modal.kind === 'obligation') return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
    const reference = REFERENCE_ONLY.exec(text)?.[0] ?? unresolvedReference(clause);
    if (reference) return { verdict: 'weak', messageId: 'weak-reference', data: { phrase: reference } };
  }
  if (supervisory && modal.kind === 'obligation') return { verdict: 'sound' };
  if (body) {
    const discretion = findWeakener(text, 'W4') ?? findWeakener(text, 'W2');
    // "The Authority may appoint an independent monitor": a right of the overseeing party.
    const appoints = modal.kind === 'permission' && APPOINT.test(text) && !isAuditee(modal.subject, tools);
    if (!discretion && appoints) return { verdict: 'sound' };
    if (discretion || modal.kind === 'permission') {
      const phrase = discretion ? `${modal.kind === 'permission' ? `${modal.modal ?? 'may'} … ` : ''}${discretion.text}` : (modal.modal ?? 'may');
      return { verdict: 'weak', messageId: 'weak-discretion', data: { phrase } };
    }
    if (modal.kind === 'obligation' && BODY_DUTY.test(text)) return { verdict: 'sound' };
  }
  if (log && (modal.kind === 'obligation' || /\b(?:logged|recorded)\b/i.test(text)) && LOG_DUTY.test(text)) return { verdict: 'sound' };
  if (report && modal.kind === 'obligation' && CADENCE.test(fullText)) return { verdict: 'sound' };
  const vendorReport = audit ? VENDOR_REPORT.exec(text) : null;
  if (vendorReport) return { verdict: 'weak', messageId: 'weak-report-substitute', data: { phrase: vendorReport[0] } };
  if (records && (modal.kind === 'obligation' || DUTY_BEFORE.test(fullText.slice(Math.max(0, records.index - 80), records.index)))) {
    return { verdict: 'weak', messageId: 'weak-no-audit-right', data: { phrase: trim(records[0]) } };
  }
  if (review) return { verdict: 'weak', messageId: 'weak-no-audit-right', data: { phrase: review[0] } };
  return undefined;
}


/** A veto of the audited party over the audit, if the sentence gives one. */
function vetoIn(text: string, clause: Clause, tools: Tools): string | undefined {
  if (MAY_NAME_VETO.test(text)) {
    for (const pattern of NAMED_VETOES) {
      const match = pattern.exec(text);
      if (match && isAuditee(match[1], tools)) return trim(match[0]);
    }
  }
  const consent = VETO_CONSENT.exec(text);
  if (consent && isAuditee(consent[1], tools) && VETO_OBJECT.test(text)) return consent[0];
  const refuse = VETO_REFUSE.exec(text);
  if (refuse && VETO_OBJECT.test(refuse[0])) {
    const subject = clause.modality.subject;
    if (!subject || isAuditee(subject, tools)) return trim(refuse[0]);
  }
  return undefined;
}

/** The audited side: the private party, or a processor-side role word. */
const AUDITEE_WORDS =
  /\b(?:supplier|provider|processor|sub-?processor|vendor|contractor|data\s+importer|data\s+user|company|operator|licensee|service\s+provider|recipient|developer|consultant)s?\b/i;
const AUDITOR_WORDS =
  /\b(?:authority|council|ministry|department|agency|buyer|customer|controller|data\s+exporter|city|county|state|government|covered\s+entity|commissioner|regulator|auditor)\b/i;

function isAuditee(name: string | undefined, tools: Tools): boolean {
  if (!name) return false;
  const party = tools.partyOf(name.replace(/^the\s+/i, ''));
  if (party?.role === 'private') return true;
  if (party?.role === 'public') return false;
  if (AUDITOR_WORDS.test(name)) return false;
  return AUDITEE_WORDS.test(name) || (tools.names.privateName.replace(/^the\s+/i, '').toLowerCase() === name.replace(/^the\s+/i, '').toLowerCase());
}

/** Restrictions that together hollow an audit out, or a documents-only audit. */
function hollowAudit(text: string, subject: string | undefined, tools: Tools): string | undefined {
  const documents = DOCUMENTS_ONLY.exec(text);
  if (documents) return documents[0];
  const found: string[] = [];
  const frequency = FREQUENCY_CAP.exec(text);
  if (frequency) found.push(frequency[0]);
  const notice = LONG_NOTICE.exec(text);
  if (notice) found.push(notice[0]);
  const cost = MAY_STATE_COST.test(text) ? AT_COST.exec(text) : null;
  // "at its own cost" is the auditing party's cost when the auditing party is the subject.
  const payer = cost?.[1] ?? subject;
  if (cost && payer && !isAuditee(payer, tools)) found.push(cost[0]);
  const agreed = MUTUALLY_AGREED.exec(text);
  if (agreed) found.push(agreed[0]);
  return found.length >= 2 ? found.join('; ') : undefined;
}

/** The first clause or section reference of a sentence that does not resolve in this document. */
function unresolvedReference(clause: Clause): string | undefined {
  const reference = clause.references.find((candidate) => !candidate.target && candidate.kind !== 'schedule' && candidate.kind !== 'annex');
  return reference?.label;
}

const trim = (phrase: string): string => {
  const words = phrase.trim().split(/\s+/);
  return words.length > 16 ? `${words.slice(0, 16).join(' ')} …` : words.join(' ');
};
