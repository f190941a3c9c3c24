/**
 * @file remedy-grievance (S8)
 *
 * Require a route to remedy for the people the partnership affects, not only for the parties: a
 * publicised complaints or grievance mechanism with time frames, no waiver of complaints to the
 * supervisory authority or of judicial remedies, third-party-beneficiary rights or compensation
 * for data subjects, data-subject requests answered within a set time, a duty to remediate
 * adverse impacts, and no retaliation against complainants. Flags complaints handled under an
 * undefined procedure or with no time frame, effort-only or optional handling, liability-only
 * carve-outs ("does not limit any liability to an individual"), remedies mentioned only as a
 * condition or by reference to terms not in the document, forced arbitration or class-action
 * waivers imposed on individuals, and negation traps ("shall have no liability to any data
 * subject", "shall not be obliged to establish any grievance mechanism", "neither party shall be
 * responsible for remediating impacts caused by the other").
 *
 * Party-to-party dispute resolution, breach cures ("remedy the breach within thirty days") and
 * the parties' own exclusive remedies are not this safeguard. A "no third-party beneficiaries"
 * clause with no carve-out for data subjects is flagged when the document gives affected people
 * no sound route; when it gives them nothing at all the finding is `missing`, with that clause as
 * a related location.
 */
import { defineRule } from '../src/engine/rule.js';
import { remedyGrievanceClause } from './model-clauses/remedy-grievance.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';
import { phraseAround } from './shared/phrases.js';

/** "This includes giving the Authority: ..." reads like a definition but is an operative list. */
const NOT_A_DEFINITION = /^[\W\d]*(?:\([a-z]{1,4}\)\s*)?(?:this|these|it|that|which)\s+(?:includes?|shall\s+include)\b/i;

/**
 * Cheap relevance gate (case-insensitive, at a word start): every match of the patterns the
 * judge reads before it can decide anything (NO_THIRD_PARTY, RIGHTS_KEPT, PARTIES_ONLY, and the
 * routes, traps and waivers of judgeRemedy) holds one of these words, so a sentence with none of
 * them (most sentences) is not about remedy.
 */
const MAY_CONCERN_REMEDY = new RegExp(
  String.raw`\b(?:${[
    // NO_THIRD_PARTY
    String.raw`third|no\s+(?:person|one|entity)\s|any\s+(?:person|third\s+party|one|entity)\s+other\s+than|not\s+intended\s+to`,
    String.raw`enforceable|not\s+a\s+party`,
    // RIGHTS_KEPT
    String.raw`not\s+(?:affect|limit|prejudice|exclude)`,
    // PARTIES_ONLY, REMEDIATION, REMEDIATION_TRAP
    String.raw`remed|recourse|redress|compensat`,
    // COMPLAINT, EXTERNAL_ROUTE
    String.raw`complain|grievance|judicial|(?:proceedings|claims?|actions?)\s+(?:against|before)|refer\s+the\s+dispute`,
    // BENEFICIARY_GRANT, MENTION
    String.raw`enforc|invok|data\s+subject|individual`,
    // REQUEST_TIMED
    String.raw`(?:access|rights?)\s+request`,
    // RETALIATION
    String.raw`retaliat|victimi|reprisal|detriment`,
    // LIABILITY_ONLY
    String.raw`liability\s+to`,
    // S8_TRAP, beyond the words above
    String.raw`affected\s+(?:person|people|communit)|members\s+of\s+the\s+public`,
    // FORCED_ARBITRATION
    String.raw`arbitration|class[-\s]action|(?:class|collective|representative)\s+(?:action|proceeding|claim)`,
    String.raw`right\s+to\s+(?:complain|lodge|bring|seek|a\s+jury)`,
  ].join('|')})`,
  'i',
);

/** People outside the contract whom it may affect. */
const PEOPLE =
  /\b(?:data\s+subjects?|individuals?|persons?\s+affected|affected\s+(?:persons?|people|individuals|communit(?:y|ies)|groups?)|people|residents?|citizens?|patients?|(?:service|app|end)\s+users?|users?|users\s+of\s+the\s+service|consumers?|members\s+of\s+the\s+public|the\s+public|communit(?:y|ies)|anyone|any\s+person|complainants?|rights[-\s]?holders?)\b/i;

/** Complaints and grievances. */
const COMPLAINT = /\b(?:complain\w*|grievances?)\b/i;
/** A named mechanism or contact point. */
const MECHANISM =
  /\b(?:(?:grievance|complaints?)\s+(?:mechanism|procedure|process|channel|system|handling|policy|line|scheme|portal|contact\s+point)s?|contact\s+point\s+(?:authori[sz]ed\s+)?to\s+handle\s+complaints)\b/i;
/** What makes a complaints route usable: publicity, time frames, an independent escalation. */
const PUBLICISED =
  /\b(?:publish\w*|publici[sz]\w*|inform\s+(?:the\s+)?(?:data\s+subjects?|individuals?|users?|the\s+public|residents?|patients?)|on\s+(?:its|their|the\s+\w+['’]s)\s+website|individual\s+notice|easily\s+accessible|free\s+of\s+charge|at\s+no\s+cost|in\s+plain\s+language|accessible\s+to|UNGP\s*31|Guiding\s+Principles?\s+(?:on\s+Business\s+and\s+Human\s+Rights|31))\b/i;
const TIME_FRAME =
  /\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|months?|hours?)\b|\bwithin\s+one\s+month\b/i;
const ESCALATION =
  /\b(?:escalat\w*|refer\w*|appeal\w*)\b[^.;]{0,80}\b(?:independent|ombuds\w*|supervisory\s+authority|regulator|commissioner)\b/i;
/** Handling verbs that make a complaints sentence operative. */
const HANDLING =
  /\b(?:respond\w*|handl\w*|deal\w*\s+with|address\w*|investigat\w*|resolv\w*|acknowledg\w*|consider\w*|notify|tell|inform|forward\w*|pass\w*\s+on|assist\w*|assistance|procedure|mechanism|process|channel|maintain|establish|operate|lodge|make|submit|file|raise|refer\w*|escalat\w*)\b/i;
/** Answering the complainant (not passing the complaint on to the other party). */
const ANSWER = /\b(?:respond\w*|repl(?:y|ies|ied)|answer\w*|acknowledg\w*|resolv\w*|investigat\w*|deal\w*\s+with|handl\w*|decid\w*|determin\w*)\b/i;
/** A duty anywhere near the complaint ("Any individual may complain ... and the Council will respond"). */
const DUTY = /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to)\b(?!\s+not\b)/i;
/** A complaints procedure the company defines alone. */
const UNDEFINED_PROCEDURE =
  /\b(?:in\s+accordance\s+with|under|per|pursuant\s+to|through)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+['’]s\s+)?(?:own\s+|standard\s+|internal\s+|usual\s+|then-current\s+)?(?:complaints?|grievance)\s+(?:procedure|policy|process|handling\s+policy)s?\b/iu;

/** Complaints to a regulator or a court, and remedies before them. */
const EXTERNAL_ROUTE = new RegExp(
  [
    String.raw`\b(?:lodge|file|make|bring|submit)\s+(?:a\s+)?complaints?\s+(?:with|to|before)\s+(?:the\s+|an?\s+|any\s+)?(?:competent\s+)?(?:supervisory\s+authorit|data\s+protection\s+authorit|information\s+commissioner|regulator|ombuds|courts?|tribunal|independent\s+(?:dispute\s+resolution\s+)?body)`,
    String.raw`\bright\s+to\s+(?:lodge|make|file|bring)\s+(?:a\s+)?complaint`,
    String.raw`\bcomplaints?\b[^.;]{0,100}?\b(?:referred|escalated|made|taken|brought)\s+to\s+(?:the\s+|a\s+|any\s+)?(?:competent\s+)?(?:supervisory\s+authorit|data\s+protection\s+authorit|information\s+commissioner|regulator|ombuds|courts?|tribunal)`,
    String.raw`\b(?:judicial\s+remed\w*|seek\s+(?:a\s+)?(?:judicial\s+)?remed\w*|(?:bring|initiate|institute)\s+(?:legal\s+)?(?:proceedings|claims?|actions?)\s+(?:against|before)|refer\s+the\s+dispute\s+to\s+the\s+(?:competent\s+)?courts?)`,
    String.raw`\brights?\s+to\s+(?:seek\s+)?(?:an?\s+)?(?:effective\s+)?(?:judicial\s+)?(?:remed\w*|redress|compensation)`,
  ].join('|'),
  'i',
);
/** A grant to the individual: may, is entitled, the other party accepts the choice, a limit is lifted. */
const GRANT =
  /\b(?:may|can|(?:is|are|shall\s+be)\s+entitled\s+to|(?:has|have|shall\s+have)\s+the\s+right|accept\s+the\s+decision\s+of|inform\w*|advis\w*)\b|\bnothing\s+in\b|\b(?:shall|will|does|do)\s+not\s+(?:limit|restrict|prejudice|affect|exclude|preclude)\b/i;

/** Third-party-beneficiary rights and compensation for data subjects. */
const BENEFICIARY_GRANT = new RegExp(
  [
    String.raw`\b(?:data\s+subjects?|individuals?|the\s+data\s+subject)\b[^.;]{0,60}?\b(?:may|can|(?:is|are|shall\s+be)\s+entitled\s+to)\s+(?:\w+\s+){0,2}?(?:invoke|enforce)\b`,
    String.raw`\b(?:enforce|invoke)\b[^.;]{0,120}?\bas\s+(?:a\s+)?third[-\s]party\s+beneficiar(?:y|ies)\b`,
    String.raw`\bliable\s+to\s+the\s+(?:data\s+subject|individual)s?\b`,
    String.raw`\b(?:data\s+subject|individual)s?\s+(?:shall\s+be|is|are)\s+entitled\s+to\s+(?:receive\s+)?compensation\b`,
  ].join('|'),
  'i',
);

/** Remediation of harm to people. */
const REMEDIATION = /\b(?:remediat\w*|remed(?:y|ies|ied)|redress)\b/i;
const ADVERSE =
  /\b(?:adverse\s+(?:human\s+rights\s+)?impacts?|human\s+rights\s+(?:impacts?|violations?|abuses?|harms?)|harm\s+(?:to|suffered\s+by|caused\s+to)\s+(?:any\s+|the\s+)?(?:data\s+subjects?|individuals?|persons?|people|communit)|(?:affected|impacted)\s+(?:persons?|people|individuals|communit(?:y|ies)|rights[-\s]?holders))\b/i;

/** Data-subject requests answered within a set time. */
const REQUEST_TIMED =
  /\b(?:data\s+subject|individual|subject\s+access|rights?)\s+requests?\b[^.;]{0,140}?\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|months?)\b/i;
const RESPOND = /\b(?:respond|reply|answer|comply|deal\s+with|action)\w*\b/i;

/** No retaliation against people who complain or raise concerns. */
const RETALIATION = /\b(?:retaliat\w*|victimi[sz]\w*|reprisals?|detriment)\b/i;
const CONCERN = /\b(?:complain\w*|grievances?|raises?\s+(?:a\s+)?concerns?|raising\s+(?:a\s+)?concerns?|uses?\s+(?:the|a|any)\s+(?:grievance|complaints?)\s+mechanism)\b/i;

/** Negation traps on remedy. */
const S8_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will)\s+have\s+no\s+(?:liability|responsibility)\s+(?:whatsoever\s+)?(?:of\s+any\s+kind\s+)?(?:to|towards)\s+(?:any\s+|the\s+)?(?:data\s+subjects?|individuals?|affected\s+(?:persons?|people|communit(?:y|ies))|members\s+of\s+the\s+public)`,
    String.raw`\b(?:shall|will|is|are)\s+not\s+be\s+(?:liable|responsible)\s+(?:in\s+any\s+way\s+)?(?:to|towards)\s+(?:any\s+|the\s+)?(?:data\s+subjects?|individuals?|affected\s+(?:persons?|people|communit(?:y|ies))|members\s+of\s+the\s+public)`,
    String.raw`\bnot\s+(?:be\s+)?(?:obliged|required|bound|obligated)\s+to\s+(?:establish|operate|maintain|take\s+part\s+in|participate\s+in|provide|set\s+up|join|respond\s+to|handle|deal\s+with|investigate)\b[^.;]{0,60}?\b(?:grievance|complaints?|remed\w*|redress)`,
    String.raw`\b(?:shall|will)\s+have\s+no\s+(?:obligation|duty)\s+to\s+(?:\w+\s+){0,3}?(?:grievance|complaints?|remed\w*|redress)`,
  ].join('|'),
  'i',
);
/** Traps on remediation: they matter when the harm is to people, not a defect between the parties. */
const REMEDIATION_TRAP = new RegExp(
  [
    String.raw`\bnot\s+(?:be\s+)?(?:responsible|liable|required|obliged|obligated|bound)\s+(?:for|to)\s+(?:remediat\w*|remedy\w*|redress\w*|provide\s+(?:any\s+)?(?:remedy|redress|remediation)|compensat\w*)`,
    String.raw`\b(?:neither|no)\b[^.;]{0,40}?\b(?:shall|will|is|are)\s+(?:be\s+)?(?:responsible|liable|required|obliged)\s+(?:for|to)\s+(?:remediat\w*|remedy\w*|redress\w*|compensat\w*)`,
  ].join('|'),
  'i',
);
const HARM = /\b(?:impacts?|harms?|human\s+rights|adverse)\b/i;

/** Arbitration, confidentiality or class waivers forced on individuals. */
const FORCED_ARBITRATION =
  /\b(?:binding|mandatory|compulsory|confidential|final)\s+(?:and\s+(?:binding|confidential)\s+)?(?:individual\s+)?arbitration\b|\bclass[-\s]action\s+waiver\b|\bwaive\w*\b[^.;]{0,60}\b(?:class|collective|representative)\s+(?:actions?|proceedings?|claims?)\b|\bwaive\w*\b[^.;]{0,60}\bright\s+to\s+(?:complain|lodge|bring|seek|a\s+jury)/i;
const IMPOSED = /\b(?:shall|must|will|agrees?|waives?|required)\b/i;

/** A liability-only carve-out: an individual may recover, but has no route to complain. */
const LIABILITY_ONLY =
  /\b(?:does|do|shall|will)\s+not\s+(?:limit|exclude|restrict|cap)\s+(?:any\s+|the\s+)?(?:[\p{L}-]+['’]s\s+)?liability\s+(?:to|towards)\s+(?:an?\s+|any\s+|the\s+)?(?:individual|data\s+subject|person|natural\s+person)s?\b/iu;

/** Remedies or rights mentioned without a route (a condition, a description). */
const MENTION =
  /\b(?:enforceable\s+(?:data\s+subject\s+)?rights\b[^.;]{0,40}\b(?:effective\s+)?(?:legal\s+)?remed\w*|(?:enforc\w*|invok\w*)\s+(?:their|his|her|its)\s+rights|effective\s+legal\s+remed\w*)/i;

/** "No third-party beneficiaries" and the like. */
const NO_THIRD_PARTY = new RegExp(
  [
    String.raw`\bno\s+third[-\s]part(?:y|ies)\s+(?:beneficiar(?:y|ies)|(?:shall|will|may|is|are)\b)`,
    String.raw`\bthere\s+(?:are|is|shall\s+be)\s+no\s+third[-\s]party\s+beneficiar`,
    String.raw`\bno\s+(?:person|one|entity)\s+(?:who\s+is\s+)?(?:not\s+a\s+party|other\s+than\s+the\s+parties)\b[^.;]{0,80}?\b(?:shall|will|may)\s+have\s+any\s+rights?`,
    String.raw`\b(?:confer|create|give|grant)\w*\s+(?:up)?on\s+any\s+(?:person|third\s+party|one|entity)\s+other\s+than\b[^.;]{0,160}?\b(?:rights?|remed\w*|benefits?)`,
    String.raw`\bnot\s+intended\s+to\s+(?:benefit|confer\s+(?:any\s+)?(?:rights?|benefits?)\s+(?:up)?on)\b[^.;]{0,60}?\bthird\s+part`,
    String.raw`\bnot\s+(?:be\s+)?enforceable\s+by\s+(?:any\s+)?(?:third\s+part(?:y|ies)|person)`,
    String.raw`\bnot\s+a\s+party\b[^.;]{0,60}?\b(?:has|have|shall\s+have)\s+no\s+rights?\b`,
    String.raw`\bcontracts\s+\(rights\s+of\s+third\s+parties\)\s+act\b[^.;]{0,60}?\b(?:shall|does|will)\s+not\s+apply\b`,
  ].join('|'),
  'i',
);
/** A carve-out that keeps data subjects' rights. */
const DATA_SUBJECT_CARVE_OUT =
  /\b(?:except|save|other\s+than|unless|without\s+prejudice\s+to|subject\s+to)\b[^.;]{0,120}\b(?:data\s+subjects?|individuals?|third[-\s]party\s+beneficiar\w*|standard\s+contractual\s+clauses|SCCs?)\b|\bdoes\s+not\s+affect\b[^.;]{0,60}\brights?\b/i;
/** A following sentence that keeps rights that exist apart from the contract. */
const RIGHTS_KEPT = /\b(?:does|do|shall|will)\s+not\s+(?:affect|limit|prejudice|exclude)\b[^.;]{0,60}\b(?:rights?|remed\w*)\b/i;

/** The parties' own exclusive remedies: between the parties only. */
const PARTIES_ONLY = /\b(?:sole\s+and\s+exclusive|exclusive|sole)\s+(?:remed(?:y|ies)|recourse)\b/i;

/** Headings of sections about remedy. */
const S8_HEADING =
  /\b(?:grievance|complaints?|remed(?:y|ies)|remediation|redress|data\s+subject\s+rights|third[-\s]party\s+beneficiar\w*|responsible\s+exit)\b/i;

export default defineRule({
  meta: {
    id: 'remedy-grievance',
    safeguard: 'S8',
    type: 'safeguard',
    description:
      'Require a route to remedy for the people the partnership affects: a publicised complaints mechanism with time frames, no waiver of regulatory or judicial routes, and a duty to remediate harm.',
    rationale:
      'Data partnerships between the State and companies affect people who are not parties to the contract. If the contract gives them no way to complain, no time frame for an answer, and no assurance that they keep their right to go to a regulator or a court, harm goes unremedied. The UN B-Tech / GNI post asks partners to "identify, avoid, mitigate and remedy" harm; UNGP 22 and 29 ask for remediation and operational-level grievance mechanisms, and UNGP 31 sets their effectiveness criteria.',
    sources: [
      'UN B-Tech/GNI (2021), identify, avoid, mitigate and remedy',
      'UNGP 22 (remediation), UNGP 29 and commentary (grievance mechanisms; no bar to judicial routes)',
      'UNGP 31 (effectiveness criteria for non-judicial grievance mechanisms)',
      'GDPR Arts. 12(3), 77, 79, 82 (response within one month; complaint to a supervisory authority; judicial remedy; compensation)',
      'SCC 2021/914 Clause 3 (third-party beneficiaries) and Clause 11 (redress)',
      'AI Act Art. 27(1)(f) (complaint mechanisms in the fundamental rights impact assessment)',
      'ABA Model Contract Clauses 2.0 (human rights remediation, responsible exit)',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause gives the people affected a route to remedy: add a publicised complaints mechanism with time frames, keep their right to complain to the supervisory authority and to go to court, and require {privateName} and {publicName} to remediate harm.',
      'weak-negation': 'This clause takes the route to remedy away ("{phrase}").',
      'weak-forced-arbitration':
        'Individuals are pushed into arbitration or a waiver of collective claims ("{phrase}"), which can shut them out of courts and regulators.',
      'weak-liability-only':
        'This clause only keeps liability to individuals ("{phrase}"); it gives them no complaints route, time frame or remedy of their own.',
      'weak-undefined-procedure':
        'Complaints are handled ("{phrase}") with no stated procedure, time frame or escalation route that the people affected can use.',
      'weak-effort': 'The complaints or remedy duty is only an effort ("{phrase}").',
      'weak-optional': 'The complaints mechanism is optional ("{phrase}"), not required.',
      'weak-no-route':
        'Remedies for the people affected are mentioned ("{phrase}") but the contract creates no route for them.',
      'weak-reference':
        'The rights of the people affected are given only by reference to terms that are not in this document ("{phrase}").',
      'weak-parties-only':
        'The only remedies are between the parties ("{phrase}"); the people affected have no route of their own.',
    },
    docs: `## What it checks

That the contract gives the people it affects (data subjects, service users, communities), not only
the parties, a route to remedy: a complaints or grievance mechanism that is publicised and has time
frames or an independent escalation; a statement that nothing in the contract limits their right to
complain to the supervisory authority or to go to court; third-party-beneficiary rights or
compensation for data subjects; data-subject requests answered within a set time; a duty to
remediate adverse impacts; no retaliation against complainants. The rule finds these sentences by
their words ("complaint", "grievance", "redress", "lodge a complaint", "third-party beneficiaries",
"remediation" of "adverse impacts") and judges each one.

## Why it matters

UNGP 29 asks for operational-level grievance mechanisms open to the people who may be harmed, UNGP 31
sets the criteria that make them effective (legitimate, accessible, predictable, equitable,
transparent, rights-compatible), and the commentary to UNGP 29 says they should not preclude access
to judicial routes. GDPR Arts. 77, 79 and 82 give data subjects complaints, judicial remedies and
compensation; SCC Clauses 3 and 11 make them enforceable under a transfer contract.

## Options

None.

## Flagged

- \`weak-negation\`: "the Supplier shall have no liability to any data subject", "neither party
  shall be responsible for remediating impacts caused by the other", "the Supplier shall not be
  obliged to establish or take part in any grievance mechanism". A clause such as "no person who is
  not a party shall have any right to enforce any of its terms", with no carve-out for data subjects,
  is flagged when the contract gives affected people no sound route.
- \`weak-forced-arbitration\`: individuals bound to confidential or binding arbitration, class-action
  waivers.
- \`weak-liability-only\`: "this Agreement does not limit any liability to an individual", with nothing
  else for individuals.
- \`weak-undefined-procedure\`: "complaints will be handled under the Supplier's complaints procedure";
  "respond effectively to any complaints"; complaints passed to the other party with no time frame.
- \`weak-effort\`: "shall use reasonable endeavours to respond to complaints".
- \`weak-optional\`: "the Supplier may establish a complaints procedure".
- \`weak-no-route\`: remedies named only as a condition or description ("the data subject has
  enforceable rights and effective legal remedies").
- \`weak-reference\`: data subjects' rights given only by reference to clauses not in the document.
- \`weak-parties-only\`: the parties' "sole and exclusive remedies", in a contract with no sound route
  for affected people.
- \`missing\`: no route to remedy for the people affected (reported once). Party-to-party dispute
  resolution does not count; a "no third-party beneficiaries" clause or an exclusive-remedies clause
  is then given as a related location.

\`weak-negation\` (other than the third-party clause) and \`weak-forced-arbitration\` are reported even
when a sound route exists elsewhere; the others only when none does.

## Accepted

"Nothing in this Agreement shall limit a data subject's right to lodge a complaint with a
supervisory authority" keeps the regulatory route open: it is a safeguard, not a trap. Dispute
resolution between the parties, a cure period for a breach ("remedy the breach within thirty days")
and the remediation of a security incident's cause are not remedies for the people affected and are
ignored. A processor that only passes data-subject requests to the controller, with no time frame,
is routine processing machinery and is not judged here.

## How to fix

Maintain a free, publicised complaints channel for anyone affected, with acknowledgement and a
reasoned answer within set days and escalation to an independent body; state that nothing in the
agreement limits any person's right to complain to a supervisory authority or to seek a judicial
remedy; give data subjects third-party-beneficiary rights; require notice of adverse impacts within a
set number of days and cooperation in remediation.

## References

UN B-Tech / GNI (2021); UNGP 22, 29, 31; GDPR Arts. 12(3), 77, 79, 82; SCC 2021/914 Clauses 3 and
11; AI Act Art. 27(1)(f); ABA Model Contract Clauses 2.0.`,
    examples: {
      valid: [
        {
          title: 'A publicised complaints channel and no waiver of regulatory routes',
          code: `## 15. Complaints and Redress

15.1 The Supplier shall publish on its website a free complaints channel for anyone affected by the Services, acknowledge each complaint within five (5) working days and give a reasoned response within thirty (30) days.

15.2 Nothing in this Agreement shall limit a data subject's right to lodge a complaint with a supervisory authority or to seek a judicial remedy.
`,
        },
      ],
      invalid: [
        {
          title: 'Complaints under the Supplier’s own procedure',
          code: `## 15. Complaints

15.1 Complaints from service users will be handled under the Supplier's complaints procedure.
`,
          messageIds: ['weak-undefined-procedure'],
        },
        {
          title: 'Only dispute resolution between the parties',
          code: `## 20. Disputes

20.1 Any dispute between the Parties shall be referred to their chief executives and then to mediation.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const noThirdParty: Clause[] = [];
    const partiesOnly: Clause[] = [];
    const isS8Heading = headingTest(S8_HEADING);
    return safeguardHandlers(context, {
      missingAnchors: [
        /\bcomplaints?\b|\bgrievance|\bredress|\bremediation\b/i,
        /\bdata\s+subjects?\b|\bthird[-\s]part(?:y|ies)['’]?\s+(?:rights|beneficiar)|\bother\s+people['’]s\s+rights\b/i,
        /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i,
      ],
      modelClause: remedyGrievanceClause,
      judge(clause): Judgement | undefined {
        if (clause.isHeading || clause.inRecitals) return undefined;
        if (clause.isDefinition && !NOT_A_DEFINITION.test(clause.text)) return undefined;
        const headed = isS8Heading(clause.heading);
        if (!headed && !MAY_CONCERN_REMEDY.test(clause.fullText)) return undefined;
        const { text } = clause;

        // "No third-party beneficiaries" and the parties' exclusive remedies are judged once the
        // whole document is read: they matter only when affected people have no other route.
        if (NO_THIRD_PARTY.test(text)) {
          // One finding per paragraph: "No Third-Party Beneficiaries. Nothing in this Agreement ...".
          const last = noThirdParty[noThirdParty.length - 1];
          if (!DATA_SUBJECT_CARVE_OUT.test(text) && last?.sentence.block !== clause.sentence.block) noThirdParty.push(clause);
          return undefined;
        }
        if (RIGHTS_KEPT.test(text) && !PEOPLE.test(text)) {
          // "This does not affect third party rights and remedies that exist independently."
          const last = noThirdParty[noThirdParty.length - 1];
          if (last && last.sentence.block === clause.sentence.block) noThirdParty.pop();
          return undefined;
        }
        if (PARTIES_ONLY.test(text) && !PEOPLE.test(text)) {
          if (partiesOnly[partiesOnly.length - 1]?.sentence.block !== clause.sentence.block) partiesOnly.push(clause);
          return undefined;
        }

        return judgeRemedy(clause, headed);
      },
      finish(state) {
        const shown = state.sound.length === 0;
        const addressed = state.findings.length > 0;
        for (const clause of noThirdParty) {
          const range: [number, number] = [clause.sentence.start, clause.sentence.end];
          if (!shown) continue;
          if (addressed) {
            state.findings.push({
              tier: 'weak',
              messageId: 'weak-negation',
              range,
              data: { phrase: trim(NO_THIRD_PARTY.exec(clause.text)?.[0] ?? clause.text) },
              evidence: clause.text,
            });
          } else {
            state.missingRelated.push({
              message: 'This clause denies rights to anyone who is not a party, with no carve-out for the people whose data is processed.',
              range,
            });
          }
        }
        for (const clause of partiesOnly) {
          const range: [number, number] = [clause.sentence.start, clause.sentence.end];
          if (!shown) continue;
          if (addressed) {
            state.findings.push({
              tier: 'weak',
              messageId: 'weak-parties-only',
              range,
              data: { phrase: PARTIES_ONLY.exec(clause.text)?.[0] ?? 'exclusive remedy' },
              evidence: clause.text,
            });
          } else {
            state.missingRelated.push({
              message: 'This clause sets the parties\' own remedies; it is not a route to remedy for the people affected.',
              range,
            });
          }
        }
      },
    });
  },
});

function judgeRemedy(clause: Clause, headed: boolean): Judgement | undefined {
  const { text, fullText } = clause;
  const modal = clause.modality;
  const complaint = COMPLAINT.test(text);
  const external = EXTERNAL_ROUTE.exec(fullText);
  const beneficiary = BENEFICIARY_GRANT.exec(fullText);
  const remediation = REMEDIATION.test(text) && ADVERSE.test(fullText);
  const request = REQUEST_TIMED.test(fullText) && RESPOND.test(fullText);
  const retaliation = RETALIATION.test(text) && CONCERN.test(fullText);
  const liability = LIABILITY_ONLY.exec(text);
  const mention = MENTION.exec(text);

  const trap = S8_TRAP.exec(fullText) ?? REMEDIATION_TRAP.exec(fullText);
  if (trap && (S8_TRAP.test(trap[0]) || HARM.test(fullText) || PEOPLE.test(fullText))) {
    return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
  }
  const forced = FORCED_ARBITRATION.exec(fullText);
  if (forced && PEOPLE.test(fullText) && IMPOSED.test(fullText) && !/\bmay\s+(?:also\s+)?(?:choose|elect|refer|opt)\b/i.test(fullText)) {
    return { verdict: 'defeat', messageId: 'weak-forced-arbitration', data: { phrase: forced[0] } };
  }
  if (!complaint && !external && !beneficiary && !remediation && !request && !retaliation && !liability && !mention && !headed) {
    return undefined;
  }
  if (liability) return { verdict: 'weak', messageId: 'weak-liability-only', data: { phrase: trim(liability[0]) } };

  if (retaliation && (modal.kind === 'prohibition' || /\bnot\b|\bno\b/i.test(text))) return { verdict: 'sound' };
  // A judicial or regulatory route counts when it is the affected people's, not the parties'.
  if (external && GRANT.test(fullText) && PEOPLE.test(fullText) && modal.kind !== 'prohibition') return { verdict: 'sound' };
  if (beneficiary && modal.kind !== 'prohibition') return { verdict: 'sound' };

  // What makes a complaints route usable must bear on the complaint, not on something else in a
  // long sentence; a time frame counts for answering the complainant, not for passing it on.
  const around = complaint ? aroundComplaint(fullText) : fullText;
  const usable =
    complaint && (PUBLICISED.test(around) || (ANSWER.test(around) && TIME_FRAME.test(around)) || ESCALATION.test(around));
  const effort = findWeakener(text, 'W5');
  if (complaint || remediation || request) {
    if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
    const undefinedProcedure = UNDEFINED_PROCEDURE.exec(text);
    if (undefinedProcedure && !usable) {
      return { verdict: 'weak', messageId: 'weak-undefined-procedure', data: { phrase: undefinedProcedure[0] } };
    }
    if (modal.kind === 'permission' && (MECHANISM.test(text) || remediation) && !/\bcomplain\w*\s+(?:to|with)\b/i.test(text)) {
      return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: phraseAround(text, modal.modal ?? 'may', 5, /[,;.]$/) } };
    }
  }
  if (request && modal.kind === 'obligation') return { verdict: 'sound' };
  if (remediation && modal.kind === 'obligation') return { verdict: 'sound' };
  if (complaint && HANDLING.test(fullText)) {
    if (usable && (modal.kind === 'obligation' || DUTY.test(around))) return { verdict: 'sound' };
    const phrase = /[^.;]{0,40}\bcomplain\w*[^.;,]{0,40}/i.exec(text)?.[0] ?? 'complaints';
    return { verdict: 'weak', messageId: 'weak-undefined-procedure', data: { phrase: trim(phrase) } };
  }
  if (mention || (external && !GRANT.test(fullText))) {
    const reference = clause.references.find((candidate) => !candidate.target);
    const phrase = trim((mention ?? external)![0]);
    if (reference) return { verdict: 'weak', messageId: 'weak-reference', data: { phrase: `${phrase} … ${reference.label}` } };
    return { verdict: 'weak', messageId: 'weak-no-route', data: { phrase } };
  }
  return undefined;
}


/** The text within reach of the first complaint word: what a long list sentence says about it. */
function aroundComplaint(text: string): string {
  const match = COMPLAINT.exec(text);
  if (!match) return text;
  return text.slice(Math.max(0, match.index - NEAR), match.index + match[0].length + NEAR);
}
const NEAR = 160;

const trim = (phrase: string): string => {
  const words = phrase.trim().split(/\s+/);
  return words.length > 16 ? `${words.slice(0, 16).join(' ')} …` : words.join(' ');
};
