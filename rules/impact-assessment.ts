/**
 * @file impact-assessment (S3)
 *
 * Require a human rights / data protection impact assessment that is mandatory, done before the
 * processing starts, and reviewed through the life of the partnership. Flags optional,
 * conditional, on-request and effort-only assessments, one-off or vaguely timed ones, narrow
 * ones (a transfer-impact or security assessment only), assessments kept confidential, and
 * negation traps ("shall not be required to carry out an impact assessment", "no further
 * assessment shall be necessary", "is not likely to result in a high risk").
 *
 * An "Impact Assessment" of a change request or contract variation is not this safeguard.
 */
import { defineRule } from '../src/engine/rule.js';
import { impactAssessmentClause } from './model-clauses/impact-assessment.js';
import { readNegation } from './shared/negation.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Judgement } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';
import { phraseAround } from './shared/phrases.js';

/** The assessment itself. */
const ASSESSMENT =
  /\b(?:(?:human\s+rights|data\s+protection|privacy|fundamental\s+rights|equality|algorithmic|transfer|rights)\s+impact\s+assessments?|impact\s+assessments?|DPIAs?|HRIAs?|FRIAs?|PIAs?|TIAs?|human\s+rights\s+due\s+diligence|re-?assessments?)\b/i;

/** Headings of sections about the assessment. */
const S3_HEADING =
  /\b(?:impact\s+assessments?|DPIAs?|HRIAs?|FRIAs?|due\s+diligence|risk\s+review|re-?assessment|review\s+triggers|mitigation\s+plan|local\s+laws\s+and\s+practices)\b/i;

/** A pre-emptive finding that switches GDPR Art. 35 off by agreement. */
const HIGH_RISK_FINDING = /\b(?:is|are)\s+not\s+likely\s+to\s+result\s+in\s+a\s+high\s+risk\b/i;

/** The assessment word in an assessment-heading section ("document the assessment"). */
const BARE_ASSESSMENT = /\bassessments?\b/i;

/** A contract-variation impact assessment: change control, not S3. */
const CHANGE_CONTROL =
  /\b(?:change\s+(?:request|control|notice|proposal|procedure)s?|variation(?:\s+procedure)?s?|proposed\s+changes?|contract\s+changes?|impact\s+assessments?\s+of\s+(?:the\s+|a\s+|any\s+|such\s+)?(?:change|variation)|estimate\s+of\s+(?:the\s+)?(?:cost|charges))\b/i;

/** Narrow assessments: transfer or security only. */
const NARROW =
  /\b(?:transfer\s+impact\s+assessments?|TIAs?|(?:information\s+)?security\s+(?:risk\s+)?assessments?|assessment\s+under\s+paragraph\s+\(b\)|laws\s+and\s+practices\s+of\s+the\s+third\s+country)\b/i;

/** Verbs that make the assessment happen. */
const ASSESS_VERB =
  /\b(?:carry(?:ing)?\s+out|carried\s+out|conduct(?:s|ed|ing)?|complet(?:e|es|ed|ing)|undertak(?:e|es|en|ing)|prepar(?:e|es|ed|ing|ation)|perform(?:s|ed|ing)?|review(?:s|ed|ing)?|updat(?:e|es|ed|ing)|repeat(?:s|ed)?|revis(?:e|es|ed)|refresh(?:es|ed)?|give|provide|deliver|submit|document|assist(?:ance)?|help)\b/i;

/** When: before processing, at an interval, or on change. */
const TIMING = new RegExp(
  [
    String.raw`\b(?:before|prior\s+to)\s+(?:the\s+|any\s+|its\s+|their\s+)?(?:start(?:ing)?\s+(?:of\s+)?(?:any\s+)?|commencement\s+of\s+(?:any\s+)?|first\s+)?(?:processing|go-?live|deployment|deploying|launch|roll-?out|use|using|commencement|the\s+services|contract\s+award|award|signature|implementation|any\s+(?:new|change|extension|renewal))`,
    String.raw`\b(?:at\s+least\s+)?(?:every|each)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:months?|years?|quarters?)\b`,
    String.raw`\b(?:annually|each\s+year|once\s+a\s+year|yearly|quarterly)\b`,
    String.raw`\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?)\b`,
    String.raw`\b(?:before|on|upon|following|after)\s+(?:any|each|every)\s+(?:material\s+)?(?:change|extension|renewal|new)\b`,
    String.raw`\bwhenever\b`,
    String.raw`\bthroughout\s+the\s+(?:term|life)`,
  ].join('|'),
  'i',
);

/** Negation traps specific to the assessment. */
const S3_TRAP = new RegExp(
  [
    String.raw`\bno\s+(?:further\s+|additional\s+|new\s+)?(?:impact\s+)?assessments?\s+(?:shall|will)\s+be\s+(?:necessary|required|needed)\b`,
    String.raw`\b(?:is|are)\s+not\s+likely\s+to\s+result\s+in\s+a\s+high\s+risk\b`,
    String.raw`\bshall\s+not\s+(?:delay|prevent|postpone|entitle|affect|suspend)\b`,
    String.raw`\b(?:neither|no)\s+party\s+shall\s+be\s+(?:obliged|required)\s+to\s+(?:share|publish|disclose)\b`,
  ].join('|'),
  'i',
);

const ON_REQUEST = /\b(?:upon|on|at)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:reasonable\s+|written\s+)?request\b|\bwhen\s+(?:asked|requested)\b|\bif\s+(?:so\s+)?requested\b/i;
const CONDITIONAL =
  /\b(?:if|where|to\s+the\s+extent)\s+(?:so\s+)?(?:required|mandated)\s+(?:by|under)\b|\bany\s+mandated\b|\bto\s+the\s+extent\s+(?:such\s+)?information\s+is\s+available\b|\b(?:if|where)\s+(?:the\s+)?[\p{Lu}][\w-]*\s+(?:considers|deems|decides|determines)\b/iu;
const ONE_OFF = /\b(?:has|have)\s+(?:already\s+)?(?:carried\s+out|completed|conducted|undertaken|performed)\b/i;
const VAGUE_CADENCE = /\b(?:from\s+time\s+to\s+time|periodically|regularly|as\s+necessary|where\s+necessary|as\s+appropriate)\b/i;
const SECRET =
  /\b(?:shall\s+be|are|is)\s+(?:the\s+)?(?:confidential\s+information|confidential|commercially\s+sensitive)\b|\b(?:kept|keep)\s+(?:strictly\s+)?confidential\b/i;

export default defineRule({
  meta: {
    id: 'impact-assessment',
    safeguard: 'S3',
    type: 'safeguard',
    description:
      'Require a mandatory human rights / data protection impact assessment before processing starts, reviewed through the life of the partnership.',
    rationale:
      'Public-private data partnerships create long-term dependencies whose impact on people is hard to see at signing. A mandatory assessment before deployment, reviewed at fixed intervals and on change, with findings acted on and published, is how the parties identify, avoid, mitigate and remedy harm. The UN B-Tech / GNI post asks for human rights impact assessments "throughout the life cycle of deployment"; UNGP 17–18 describe due diligence as ongoing; GDPR Art. 35 and AI Act Art. 27 require assessments before high-risk processing or deployment.',
    sources: [
      'UN B-Tech/GNI (2021), recommendation 3',
      'UNGP 17–19 (human rights due diligence, ongoing)',
      'GDPR Art. 35(1), 35(7), 35(11) (DPIA before processing; content; review on change)',
      'AI Act Art. 27 (fundamental rights impact assessment before deployment; update)',
      'Privacy International, Safeguards for public-private surveillance partnerships',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause requires a human rights or data protection impact assessment: require one before processing starts, reviewed at a fixed interval and on change.',
      'weak-negation': 'This clause switches the impact assessment off ("{phrase}").',
      'weak-confidentiality':
        'The impact assessment is kept confidential ("{phrase}"), so people affected and oversight bodies cannot see it.',
      'weak-narrow-scope':
        'The only assessment here is narrow ("{phrase}"); it does not assess the risks to the rights of the people affected.',
      'weak-optional': 'The impact assessment is optional ("{phrase}"), not required.',
      'weak-conditional': 'The impact assessment depends on a condition ("{phrase}"), so it may never happen.',
      'weak-on-request': 'The impact assessment happens only on request ("{phrase}"), not as a standing duty.',
      'weak-effort': 'The duty around the impact assessment is only an effort ("{phrase}").',
      'weak-one-off': 'The impact assessment is a one-off ("{phrase}") with no duty to review it.',
      'weak-vague-cadence': 'The impact assessment is reviewed only "{phrase}", with no fixed interval or trigger.',
      'weak-no-timing':
        'The impact assessment is required but not when: no deadline before processing starts, no periodic review and no review on change.',
    },
    docs: `## What it checks

That the contract requires an impact assessment (human rights, data protection, privacy or
fundamental rights) as a duty, tied to time: before processing, go-live or deployment, at a stated
interval, or on change. The rule finds assessment sentences by the words ("impact assessment",
"DPIA", "HRIA", "FRIA", "PIA", "human rights due diligence") and by headings, and judges each one.

An assessment is **sound** when a mandatory sentence ("shall", "must", "will", "agrees to")
makes it happen (carry out, complete, give, review, or give assistance in preparing it) with a
timing: "before starting any processing", "at least every twelve (12) months", "before any change".

## Why it matters

The UN B-Tech / GNI post found "a lack of transparency of ongoing impact assessments" and warns
that long-term partnerships leave "no real ability to assess the impact". UNGP 17 says due
diligence should be ongoing; GDPR Art. 35(11) and AI Act Art. 27(2) require an update when the
risk changes.

## Options

None.

## Flagged

- \`weak-negation\`: "shall not be required to carry out an impact assessment", "no further
  assessment shall be necessary", "is not likely to result in a high risk", "failure to complete the
  assessment shall not delay Go-Live", "neither party shall be obliged to publish the results".
- \`weak-confidentiality\`: "all assessments are Confidential Information of the Supplier".
- \`weak-narrow-scope\`: only a transfer impact assessment (SCC Clause 14) or a security assessment.
- \`weak-optional\`: "may carry out an impact assessment where it considers this appropriate".
- \`weak-conditional\`: "if required by applicable law", "any mandated assessment".
- \`weak-on-request\`: "upon the Customer's request" with no standing duty.
- \`weak-effort\`: "reasonable endeavours to assist with any assessment".
- \`weak-one-off\`: "the Authority has carried out a DPIA" and no review.
- \`weak-vague-cadence\`: "reviewed from time to time", "periodically".
- \`weak-no-timing\`: "shall carry out a DPIA" with no time at all.
- \`missing\`: nothing requires an assessment (reported once).

The first two are reported even when a sound duty exists elsewhere; the others only when none does.

## Accepted

An "Impact Assessment" in a change-control or variation procedure (the cost and effect of a
proposed contract change) is not this safeguard and is ignored.

## How to fix

Require the assessment before go-live, name its minimum content, review it at least every twelve
months and before any change in data, purposes, features or recipients, make unmitigated risks
suspend the processing, and publish a summary.

## References

UN B-Tech / GNI (2021) rec. 3; UNGP 17–19; GDPR Art. 35(1), (7), (11); AI Act Art. 27; Privacy
International, Safeguards for public-private surveillance partnerships.`,
    examples: {
      valid: [
        {
          title: 'Before go-live and reviewed yearly',
          code: `## 6. Impact Assessment

6.1 Before the Go-Live Date the Authority shall carry out a human rights impact assessment of the Services.

6.2 The Authority shall review the assessment at least every twelve (12) months and before any change to the data or purposes.
`,
        },
      ],
      invalid: [
        {
          title: 'Optional assessment kept confidential',
          code: `## 6. Impact Assessment

6.1 The Supplier may carry out an impact assessment of the Services where it considers this appropriate.

6.2 Any assessment prepared by the Supplier shall be Confidential Information of the Supplier.
`,
          messageIds: ['weak-optional', 'weak-confidentiality'],
        },
      ],
    },
  },
  create(context) {
    let changeControlTerm: boolean | undefined;
    return safeguardHandlers(context, {
      missingAnchors: [/\bimpact\s+assessment\b|\bDPIA\b/i, /\bdata\s+protection\b|\bpersonal\s+data\b|\bprivacy\b/i],
      modelClause: impactAssessmentClause,
      judge(clause, tools): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text, fullText } = clause;
        const named =
          ASSESSMENT.test(text) ||
          (S3_HEADING.test(clause.heading) && BARE_ASSESSMENT.test(text)) ||
          HIGH_RISK_FINDING.test(text);
        if (!named) return undefined;
        if (CHANGE_CONTROL.test(text) || CHANGE_CONTROL.test(clause.heading)) return undefined;
        if (/\bimpact\s+assessment\b/i.test(text) && !/\b(?:human\s+rights|data\s+protection|privacy|fundamental\s+rights|DPIA|HRIA)\b/i.test(text)) {
          // A bare "Impact Assessment" may be a defined term of a change-control procedure.
          if (changeControlTerm === undefined) {
            const definition = tools.definitionIn('Impact Assessment', /impact\s+assessment/i);
            changeControlTerm = definition !== undefined && CHANGE_CONTROL.test(definition.body);
          }
          if (changeControlTerm) return undefined;
        }

        const trap = S3_TRAP.exec(fullText);
        if (trap) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
        const negation = readNegation(fullText, clause.modality);
        if (negation.kind === 'trap') return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: negation.text } };
        const secret = SECRET.exec(text);
        if (secret && !/\bpublish\w*\b/i.test(text)) {
          return { verdict: 'defeat', messageId: 'weak-confidentiality', data: { phrase: secret[0] } };
        }
        if (clause.isDefinition) return undefined;
        if (clause.inRecitals) {
          // A recital can only record a past assessment: that is the one-off pattern.
          const past = ONE_OFF.exec(text);
          return past ? { verdict: 'weak', messageId: 'weak-one-off', data: { phrase: past[0] } } : undefined;
        }

        const narrow = NARROW.exec(text) ?? (/\blocal\s+laws\s+and\s+practices\b/i.test(clause.heading) ? /\bassessments?\b/i.exec(text) : null);
        if (narrow && !/\b(?:human\s+rights|data\s+protection|privacy|fundamental\s+rights)\s+impact\b|\bDPIA|\bHRIA/i.test(text)) {
          return { verdict: 'weak', messageId: 'weak-narrow-scope', data: { phrase: narrow[0] } };
        }
        const modal = clause.modality;
        const timing = TIMING.exec(fullText);
        const optional =
          modal.kind === 'permission' && !/\bonly\b/i.test(text)
            ? (modal.modal ?? 'may')
            : findWeakener(text, 'W6')?.text;
        if (optional && ASSESS_VERB.test(text)) {
          return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: phraseAround(text, optional, 6, /[,;.]$/) } };
        }
        const conditional = CONDITIONAL.exec(text);
        if (conditional) return { verdict: 'weak', messageId: 'weak-conditional', data: { phrase: conditional[0] } };
        const effort = findWeakener(text, 'W5');
        if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
        const onRequest = ON_REQUEST.exec(text);
        if (onRequest && !timing) return { verdict: 'weak', messageId: 'weak-on-request', data: { phrase: onRequest[0] } };
        const oneOff = ONE_OFF.exec(text);
        if (oneOff && !timing) return { verdict: 'weak', messageId: 'weak-one-off', data: { phrase: oneOff[0] } };

        const mandatory = modal.kind === 'obligation' && ASSESS_VERB.test(fullText);
        if (!mandatory) return undefined;
        if (timing) return { verdict: 'sound' };
        const vague = VAGUE_CADENCE.exec(text);
        if (vague) return { verdict: 'weak', messageId: 'weak-vague-cadence', data: { phrase: vague[0] } };
        if (/\b(?:carry\s+out|conduct|complete|undertake|prepare|perform)\b/i.test(text)) {
          return { verdict: 'weak', messageId: 'weak-no-timing' };
        }
        return undefined;
      },
    });
  },
});
