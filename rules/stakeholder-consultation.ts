/**
 * @file stakeholder-consultation (S9)
 *
 * Require consultation of the people a partnership affects, and of civil society and independent
 * experts, before launch and again before material changes, with their views recorded and
 * answered. Flags optional or effort-only consultation, information passed to stakeholders in
 * place of consultation, consultation limited to public bodies or the company's partners,
 * confidentiality that keeps the documents from the people consulted, "consultation shall not
 * delay implementation" as the only timing rule, a duty to consult with no timing, a
 * non-binding outcome with no duty to record and respond, and negation traps ("neither party
 * shall be obliged to consult", "no consultation shall be required").
 *
 * Consultation of a supervisory authority (GDPR Art. 36 prior consultation) and one party
 * consulting the other are not this safeguard and are ignored. "The Authority shall not launch
 * the Service until the consultation has closed" is a safeguard in negative form.
 */
import { defineRule } from '../src/engine/rule.js';
import { stakeholderConsultationClause } from './model-clauses/stakeholder-consultation.js';
import { readNegation } from './shared/negation.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement } from './shared/safeguard.js';
import { isDuty, ownModality } from './shared/own-modality.js';
import { findWeakener } from './shared/weakeners.js';
import { headingTest } from './shared/heading-test.js';
import { clipPhrase, phraseAround } from './shared/phrases.js';

/** Headings of sections about consultation and engagement. */
const S9_HEADING =
  /\b(?:stakeholder\s+(?:engagement|consultation|participation|involvement|input)|(?:public|community|stakeholder)\s+consultation|consultation|public\s+participation|civil[-\s]society|advisory\s+(?:board|group|panel|committee|council|forum)|community\s+(?:engagement|involvement|participation)|affected\s+(?:groups|communities|persons|people))\b/i;

/** Asking for views: the verb of consultation. */
const CONSULT =
  /\b(?:consult(?:s|ed|ing|ations?|ative|ees?)?|seek(?:s|ing)?\s+(?:the\s+)?(?:views|input|feedback|comments|opinions?)|invit(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:comments|views|submissions|feedback|representations)|engag(?:e|es|ing|ement)\s+(?:meaningfully\s+)?with|public\s+(?:participation|hearings?)|opportunity\s+to\s+(?:comment|be\s+heard|make\s+representations)|comment\s+period)\b/i;

/** The people consulted: those affected, civil society, independent experts, the public. */
const STAKEHOLDER = new RegExp(
  [
    String.raw`\bstakeholders?\b`,
    String.raw`\bpublic\s+(?:consultation|hearings?|participation|engagement|comment)\b`,
    String.raw`\bcivil[-\s]society\b`,
    String.raw`\bcommunit(?:y|ies)\b`,
    String.raw`\baffected\s+(?:groups?|persons|people|individuals|communities|residents|users|populations?|data\s+subjects)\b`,
    String.raw`\b(?:groups?|persons|people|individuals|communities)\s+(?:likely\s+to\s+be\s+|potentially\s+)?affected\b`,
    String.raw`\bdata\s+subjects\b`,
    String.raw`\brepresentatives\s+of\s+(?:the\s+)?(?:data\s+subjects|users|patients|residents|the\s+public|affected|civil|communities|workers|employees|service\s+users)\b`,
    String.raw`\b(?:members\s+of\s+)?the\s+public\b(?!\s+(?:bod(?:y|ies)|authorit|sector|agenc|servic|official|interest|records?|domain|health|register|procurement))`,
    String.raw`\b(?:residents|citizens|service\s+users|passengers|patients|parents|students|tenants)\b`,
    String.raw`\bindependent\s+(?:experts?|advisers?|advisors?|academics?|reviewers?|specialists?)\b`,
    String.raw`\b(?:academics?|researchers)\b`,
    String.raw`\b(?:non-?governmental\s+organi[sz]ations?|NGOs?|advocacy\s+(?:groups?|organi[sz]ations?)|user\s+groups?|patient\s+groups?|trade\s+unions?|workers['’]?\s+representatives|employee\s+representatives|human\s+rights\s+(?:organi[sz]ations?|experts?|defenders))\b`,
    String.raw`\b(?:vulnerable|marginali[sz]ed|under-?represented|minority|disadvantaged)\s+(?:groups?|communities|people|persons|individuals)\b`,
  ].join('|'),
  'i',
);

/** A circle too narrow to be stakeholder consultation: other public bodies, the company's partners. */
const NARROW_CIRCLE =
  /\b(?:(?:relevant|other|appropriate)\s+)?(?:public\s+(?:bodies|authorities|sector\s+bodies)|government(?:al)?\s+(?:departments?|bodies|agencies)|ministr(?:y|ies)|(?:state|local|law\s+enforcement|partner)\s+agencies|other\s+agencies|regulators?)\b|\b(?:the\s+)?(?:supplier|provider|contractor|vendor|company)['’]s\s+(?:partners|affiliates|subcontractors|suppliers)\b|\bits\s+(?:partners|affiliates|subcontractors|suppliers)\b|\b(?:industry|commercial|delivery)\s+partners\b/i;

/** GDPR Art. 36 prior consultation with a regulator: not this safeguard. */
const PRIOR_CONSULTATION =
  /\b(?:supervisory\s+authorit(?:y|ies)|data\s+protection\s+authorit(?:y|ies)|(?:information\s+)?commissioner|ICO\b|prior\s+consultation|Article\s+36)\b/i;

/** Telling stakeholders about the project, without asking them anything. */
const INFORM_ONLY =
  /\b(?:inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|tell|brief|announc(?:e|es|ed|ing)|communicat(?:e|es|ed|ing)|publici[sz](?:e|es|ed|ing))\b[^.;]{0,80}\b(?:stakeholders?|civil[-\s]society|communit(?:y|ies)|affected\s+(?:groups?|people|persons|communities)|residents|citizens|the\s+public)\b[^.;]{0,80}\b(?:launch|deployment|go-?live|roll-?out|introduction|start|commencement|project|partnership|scheme|programme|program|pilot|service|system)\b/i;

/** A standing advisory body with outside members. */
const ADVISORY =
  /\b(?:establish|set\s+up|maintain|convene|appoint|constitute|create)\w*\b[^.;]{0,60}\b(?:advisory|oversight|ethics|reference|stakeholder)\s+(?:board|group|panel|committee|council|forum|body)\b/i;
const ADVISORY_MEMBERS =
  /\b(?:civil[-\s]society|independent|experts?|communit(?:y|ies)|affected|representatives|academics?|NGOs?|residents|service\s+users)\b/i;

/** Recording the views received and answering them. */
const RESPONSE_DUTY =
  /\b(?:publish|make\s+(?:publicly\s+)?available|record|report\s+on|explain|give\s+reasons|respond\s+to)\w*\b[^.;]{0,120}\b(?:responses?|views|comments|submissions|feedback|input|representations|how\s+(?:they|these|those|it|such\s+\w+)\s+(?:were|was|have\s+been|has\s+been|will\s+be)\s+taken\s+into\s+account)\b|\btake\s+(?:\w+\s+)?(?:account|regard)\s+of\s+(?:the\s+|all\s+|any\s+)?(?:responses|views|comments|submissions|feedback|representations)\b|\bhave\s+(?:due\s+)?regard\s+to\s+(?:the\s+|all\s+|any\s+)?(?:responses|views|comments|submissions|feedback|representations)\b/i;

/** A duty to publish, record or answer the views received. */
const RESPONSE_MANDATORY =
  /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to)\s+(?:\w+\s+){0,2}?(?:publish|make|record|report|explain|give|respond|take|have)\b/i;

/** When: before launch, award, design or change; at each review; at an interval. */
const TIMING = new RegExp(
  [
    String.raw`\b(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+|any\s+|each\s+|its\s+|a\s+)?(?:(?:material|significant|substantial|major)\s+)?(?:launch|go-?live|deploy|deployment|award|design|procurement|implementation|commencement|start|roll-?out|use|introduction|decision|approv|adoption|signature|sign|enter|change|variation|extension|renewal|expansion|review|new|first|service|system|pilot|processing|contract)`,
    String.raw`\b(?:before|prior\s+to|until)\s+(?:the\s+|any\s+|each\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:is|are|goes|go)\s+(?:first\s+)?(?:used|deployed|launched|introduced|implemented|live|rolled\s+out|installed|extended|changed|renewed|procured|awarded|designed)\b`,
    String.raw`\b(?:during|as\s+part\s+of|at)\s+(?:the\s+|each\s+|every\s+|any\s+)?(?:design|procurement|review|periodic\s+review|annual\s+review|(?:impact\s+)?assessment|renewal)`,
    String.raw`\b(?:at\s+least\s+)?(?:every|each)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:months?|years?|quarters?)\b`,
    String.raw`\b(?:annually|each\s+year|once\s+a\s+year|yearly|quarterly)\b`,
    String.raw`\b(?:at\s+least|not\s+less\s+than|no\s+(?:fewer|less)\s+than|minimum\s+of)\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?)\b`,
    String.raw`\bwhenever\b`,
    String.raw`\bthroughout\s+the\s+(?:term|life)`,
  ].join('|'),
  'i',
);

/** Consultation as required content of an impact assessment ("the assessment shall cover ... the views of ... consulted"). */
const ASSESSMENT_CONTENT =
  /\b(?:impact\s+)?assessments?\b[^.;:]{0,40}\b(?:shall|must|will)\s+(?:cover|include|contain|record|set\s+out|document|take\s+into\s+account|reflect)\b/i;

/** A launch held back until the consultation: a safeguard in negative form. */
const LAUNCH_GATE =
  /\b(?:shall|will|must|may)\s+not\s+(?:\w+\s+){0,2}?(?:launch|deploy|start|begin|commence|go\s+live|proceed|implement|introduce|roll\s+out|extend|award|sign)\b[^.;]{0,120}\b(?:until|before|unless|prior\s+to)\b[^.;]{0,80}\bconsult/i;

/** Negation traps on the duty to consult. */
const S9_TRAP = new RegExp(
  [
    String.raw`\b(?:neither|no)\s+(?:party|\w+)\s+(?:shall|will|is|are)\s+(?:be\s+)?(?:obliged|required|bound|obligated)\s+to\s+(?:\w+\s+){0,2}?(?:consult|seek|engage|invite)`,
    String.raw`\b(?:shall|will|is|are|must)\s+not\s+(?:be\s+)?(?:obliged|required|bound|obligated)\s+to\s+(?:\w+\s+){0,2}?(?:consult|seek|engage|invite)`,
    String.raw`\bno\s+(?:further\s+|prior\s+|public\s+|additional\s+|stakeholder\s+)?consultation\s+(?:shall|will|is|need)\s+(?:be\s+)?(?:required|necessary|needed|take\s+place)`,
    String.raw`\bwithout\s+(?:any\s+|the\s+need\s+for\s+(?:any\s+)?|further\s+)?(?:prior\s+|public\s+)?consultation\b`,
    String.raw`\b(?:shall|will|does|do)\s+not\s+(?:apply|extend)\s+to\b[^.;]{0,60}\bconsult`,
    String.raw`\bhas\s+no\s+(?:obligation|duty)\s+to\s+consult`,
  ].join('|'),
  'i',
);

/**
 * Words that every sentence matching CONSULT, S9_TRAP, INFORM_ONLY (its people), ADVISORY (its
 * body) or RESPONSE_DUTY (what is answered) contains, each at the start of a word as there.
 * Outside a consultation heading a sentence without any cannot be relevant: one cheap test
 * instead of five.
 */
const MAY_CONCERN_CONSULTATION =
  /\b(?:consult|seek|invit|engag|public\s+(?:participation|hearing)|opportunit|comment|stakeholder|civil[-\s]society|communit|affected\s+(?:group|people|person|communit)|residents|citizens|the\s+public|(?:advisory|oversight|ethics|reference)\s+(?:board|group|panel|committee|council|forum|body)\b|respons|views|submissions|feedback|input|representations|how\s)/i;

/** "The outcome of consultation shall not bind the parties." */
const NOT_BINDING =
  /\b(?:outcome|results?|views|responses|recommendations|advice)\b[^.;]{0,80}\b(?:shall|will|does|do)\s+not\s+bind\b|\bnot\s+(?:be\s+)?binding\b|\bshall\s+not\s+be\s+bound\s+by\s+(?:the\s+)?(?:outcome|results?|views|responses|recommendations|advice)\b/i;

/** Consultation that must not hold the project up. */
const NO_DELAY =
  /\b(?:shall|will|must)\s+not\s+(?:\w+\s+)?(?:delay|postpone|hold\s+up|prevent|suspend|impede|hinder)\b|\bwithout\s+delaying\b/i;

/** Confidentiality that keeps the documents from the people consulted. */
const SECRET =
  /\bconfidential\w*\b|\b(?:shall|will|must)\s+not\s+(?:be\s+)?(?:disclose|share|show|provide|give|given|shown|provided|make\s+available|made\s+available)\w*\b|\bwithout\s+(?:disclosing|sharing|giving\s+access|access\s+to)\b/i;

export default defineRule({
  meta: {
    id: 'stakeholder-consultation',
    safeguard: 'S9',
    type: 'safeguard',
    description:
      'Require consultation of affected groups, civil society and independent experts before launch and before material changes, with their views recorded and answered.',
    rationale:
      'A public-private data partnership is designed around the people whose data it uses, but they are rarely asked. UNGP 18 calls for "meaningful consultation with potentially affected groups and other relevant stakeholders" before new activities and major changes, GDPR Art. 35(9) asks controllers to seek the views of data subjects or their representatives where appropriate, and the UN B-Tech / GNI post ends by asking for a "smart mix" of stakeholders consulted, civil society above all. Consultation that is optional, informs instead of asks, reaches only other public bodies, hides the documents or can never delay anything does not do that job.',
    sources: [
      'UN B-Tech/GNI (2021), conclusion (stakeholder consultation and civil society)',
      'UNGP 18 (meaningful consultation with potentially affected groups) and commentary',
      'GDPR Art. 35(9) (views of data subjects or their representatives)',
      'UNGP 21 (communicating how impacts are addressed)',
      'UNGP 31(h) (grievance mechanisms designed with their users)',
      'Privacy International, Safeguards for public-private surveillance partnerships',
    ],
    recommended: false,
    defaultSeverity: 'warning',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause requires consultation of the people affected: require {publicName} to consult affected groups, civil society and independent experts before launch and before any material change, and to publish how their views were taken into account.',
      'weak-negation': 'This clause takes the duty to consult away ("{phrase}").',
      'weak-optional': 'Consultation is optional ("{phrase}"), not required.',
      'weak-effort': 'Consultation is only an effort ("{phrase}"), not a duty.',
      'weak-inform-only':
        'This clause only informs stakeholders ("{phrase}"); it does not ask for their views or answer them.',
      'weak-narrow-circle':
        'Consultation reaches only a narrow circle ("{phrase}"), not the people affected, civil society or independent experts.',
      'weak-confidentiality':
        'Confidentiality keeps the documents from the people consulted ("{phrase}"), so they cannot comment meaningfully.',
      'weak-no-delay':
        'The only timing rule is that consultation must not hold the project up ("{phrase}"), so it can come too late to change anything.',
      'weak-no-timing':
        'The duty to consult does not say when: require consultation before launch and before any material change.',
      'weak-not-binding':
        'The outcome of consultation does not bind the parties ("{phrase}") and nothing requires them to record the views received or explain their response.',
    },
    docs: `## What it checks

That the contract requires consultation of the people the partnership affects — affected groups,
data subjects or their representatives, civil-society organisations, independent experts — before
launch, award or design and again before material changes, and that the views received are recorded
and answered. The rule finds consultation sentences by a consultation verb ("consult", "seek the
views of", "invite comments", "engage with", "public hearing") with the people consulted, by
headings ("Stakeholder Engagement", "Consultation", "Public Participation", "Civil Society",
"Advisory Board", "Community Engagement"), and judges each one.

A term is **sound** when a mandatory sentence requires consultation of stakeholders with a timing
("before the Go-Live Date", "before any material change", "at each annual review", "allowing at
least 30 days for comment"), requires the parties to publish the responses and how they were taken
into account, establishes a standing advisory body with outside members, or holds the launch back
until the consultation has closed.

## Why it matters

The UN B-Tech / GNI post asks States to be guided by "deliberations involving civil society,
affected groups, technology companies and other relevant stakeholders". UNGP 18 describes meaningful
consultation before new activities and major decisions; GDPR Art. 35(9) asks for the views of data
subjects or their representatives.

## Options

None.

## Flagged

- \`weak-negation\`: "neither party shall be obliged to consult any third party", "no consultation
  shall be required before any variation of this Agreement", "may extend the Service without
  consultation".
- \`weak-confidentiality\`: the people consulted may not see the agreement or the assessment.
- \`weak-not-binding\`: "the outcome of consultation shall not bind the parties", reported only when
  no clause requires the parties to record the views received and explain their response.
- \`weak-optional\`: "the Authority may, where appropriate, consult stakeholders".
- \`weak-effort\`: "shall use reasonable endeavours to consult".
- \`weak-inform-only\`: "the parties shall inform stakeholders of the launch".
- \`weak-narrow-circle\`: consultation only with "relevant public bodies" or the supplier's partners.
- \`weak-no-delay\`: "consultation shall not delay implementation" as the only timing rule.
- \`weak-no-timing\`: "shall consult civil society" with no time at all.
- \`missing\`: nothing requires consultation (reported once).

The first three are reported even when a sound duty exists elsewhere; the others only when none does.

## Accepted

"The Authority shall not launch the Service until the consultation has closed" is a safeguard in
negative form. Prior consultation of a supervisory authority (GDPR Art. 36) and one party
consulting the other are not stakeholder consultation and are ignored. "The outcome shall not bind
the parties" is usual and accepted when the parties must still record and answer the views.

## How to fix

Require consultation of affected groups (including groups at particular risk, in accessible formats
and languages), civil society and independent experts before launch and before any material change,
with the documents and at least 30 days to comment; hold the launch until it has closed; publish a
summary of the responses and how they were taken into account.

## References

UN B-Tech / GNI (2021); UNGP 18, 21 and 31(h); GDPR Art. 35(9); Privacy International, Safeguards
for public-private surveillance partnerships.`,
    examples: {
      valid: [
        {
          title: 'Consultation before launch, responses published',
          code: `## 9. Stakeholder Consultation

9.1 Before the Go-Live Date and before any material change to the Service, the Authority shall consult affected residents, civil-society organisations and independent experts on the impact assessment, allowing at least thirty (30) days for comment.

9.2 The Authority shall publish a summary of the responses received and explain how they were taken into account.
`,
        },
      ],
      invalid: [
        {
          title: 'Optional consultation, and a trap',
          code: `## 9. Consultation

9.1 The Authority may, where appropriate, consult stakeholders on the Service.

9.2 No consultation shall be required before any variation of this Agreement.
`,
          messageIds: ['weak-optional', 'weak-negation'],
        },
        {
          title: 'No consultation at all',
          code: `## 4. Services

4.1 The Supplier shall provide the analytics services described in Schedule 2.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const nonBinding: Array<{ clause: Clause; phrase: string }> = [];
    let responseDuty = false;
    const consultationHeading = headingTest((heading) => S9_HEADING.test(heading) && !PRIOR_CONSULTATION.test(heading));
    return safeguardHandlers(context, {
      missingAnchors: [
        /\bconsultation\b|\bstakeholder|\bengagement\b|\bparticipation\b/i,
        /\bimpact\s+assessment\b|\btransparency\b/i,
        /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i,
      ],
      modelClause: stakeholderConsultationClause,
      judge(clause): Judgement | undefined {
        if (clause.isHeading || clause.isDefinition) return undefined;
        const { text, fullText } = clause;
        const headingHit = consultationHeading(clause.heading);
        // Cheap gate first: most sentences say nothing about consultation.
        if (!headingHit && !MAY_CONCERN_CONSULTATION.test(fullText)) return undefined;
        const consults = CONSULT.test(fullText);
        const stakeholders = STAKEHOLDER.test(fullText);
        const trap = S9_TRAP.exec(fullText);
        const informOnly = !consults ? INFORM_ONLY.exec(fullText) : null;
        const advisory = ADVISORY.test(fullText) && ADVISORY_MEMBERS.test(fullText);
        const responds =
          RESPONSE_DUTY.test(fullText) &&
          (consults || headingHit || /\b(?:responses|views|comments|submissions|representations)\s+received\b|\btaken\s+into\s+account\b/i.test(fullText));
        const relevant =
          trap !== null ||
          informOnly !== null ||
          advisory ||
          responds ||
          (consults && (stakeholders || headingHit || NARROW_CIRCLE.test(fullText))) ||
          (headingHit && stakeholders);
        if (!relevant) return undefined;
        // Prior consultation of a supervisory authority (GDPR Art. 36) is not stakeholder consultation.
        if (PRIOR_CONSULTATION.test(fullText) && !stakeholders) return undefined;
        if (clause.inRecitals) return undefined;

        if (trap) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
        if (LAUNCH_GATE.test(fullText)) return { verdict: 'sound' };
        const negation = readNegation(fullText, ownModality(clause));
        if (negation.kind === 'trap' && /\b(?:required|obliged|obligated|bound|apply|waive)/i.test(negation.text)) {
          return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        }
        const notBinding = NOT_BINDING.exec(fullText);
        if (notBinding) {
          if (responds && RESPONSE_MANDATORY.test(fullText)) responseDuty = true;
          nonBinding.push({ clause, phrase: notBinding[0] });
          return undefined;
        }
        const secret = consults ? SECRET.exec(text) : null;
        if (secret && !/\bpublish\w*\b/i.test(text) && !/\bpersonal\s+data\b/i.test(text)) {
          return { verdict: 'defeat', messageId: 'weak-confidentiality', data: { phrase: phraseAround(text, secret[0]) } };
        }

        const timing = TIMING.exec(fullText);
        const noDelay = consults ? NO_DELAY.exec(fullText) : null;
        if (noDelay && (!timing || timing.index > noDelay.index)) {
          return { verdict: 'weak', messageId: 'weak-no-delay', data: { phrase: noDelay[0] } };
        }
        if (informOnly) return { verdict: 'weak', messageId: 'weak-inform-only', data: { phrase: clipPhrase(informOnly[0]) } };

        const modal = ownModality(clause);
        const optional =
          modal.kind === 'permission' && !/\bonly\b/i.test(text)
            ? (modal.modal ?? 'may')
            : (findWeakener(text, 'W6')?.text ?? (/\bwhere\s+appropriate\b|\bas\s+appropriate\b|\bif\s+(?:it\s+)?(?:considers|deems)\b/i.exec(text)?.[0]));
        if (optional && consults) {
          return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: phraseAround(text, optional) } };
        }
        const effort = findWeakener(text, 'W5');
        if (effort && consults) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };

        const duty = isDuty(clause);
        if (responds && (duty || RESPONSE_MANDATORY.test(fullText))) {
          responseDuty = true;
          return { verdict: 'sound' };
        }
        if (advisory && duty) return { verdict: 'sound' };
        if (!consults || !duty) return undefined;

        const narrow = NARROW_CIRCLE.exec(fullText);
        if (narrow && !stakeholders) {
          return { verdict: 'weak', messageId: 'weak-narrow-circle', data: { phrase: narrow[0] } };
        }
        // Under a consultation heading, one party consulting the other is not stakeholder consultation.
        if (!stakeholders) return undefined;
        // The views of those consulted as required content of the impact assessment: the assessment's own
        // timing (before go-live, at each review) carries the consultation with it.
        if (timing || ASSESSMENT_CONTENT.test(fullText)) return { verdict: 'sound' };
        return { verdict: 'weak', messageId: 'weak-no-timing' };
      },
      finish(state) {
        if (responseDuty) return;
        for (const { clause, phrase } of nonBinding) {
          state.findings.push({
            tier: 'defeat',
            messageId: 'weak-not-binding',
            range: [clause.sentence.start, clause.sentence.end],
            data: { phrase },
            evidence: clause.text,
          });
        }
      },
    });
  },
});
