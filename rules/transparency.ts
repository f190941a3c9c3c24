/**
 * @file transparency (S4)
 *
 * Require transparency about the partnership: publication of the agreement (or a copy for the
 * people whose data it concerns), periodic transparency reports, and confidentiality that gives
 * way to freedom-of-information law and oversight. Flags optional or effort-only publication, a
 * consent veto on publication, self-designated confidentiality, negation traps ("shall not be
 * obliged to publish", "shall not be subject to disclosure under FOI"), and blanket
 * confidentiality of the agreement's terms when a transparency term exists (when none exists the
 * document gets `missing`, with the confidentiality clause as a related location).
 *
 * An NDA's confidentiality clause is not a transparency term.
 */
import { defineRule } from '../src/engine/rule.js';
import { transparencyClause } from './model-clauses/transparency.js';
import { readNegation } from './shared/negation.js';
import { SAFEGUARD_NEEDS, safeguardHandlers, type Clause, type Judgement } from './shared/safeguard.js';
import { findWeakener } from './shared/weakeners.js';

const S4_HEADING =
  /\b(?:transparency|publication|publicity|proactive\s+disclosure|open\s+contracting|freedom\s+of\s+information|FOIA?|public\s+(?:register|access|records)|redactions?|transparency\s+reports?|announcements?|public\s+statements?)\b/i;

/** What is published: the agreement and what tells the public how the partnership works. */
const OBJECT = String.raw`(?:this\s+(?:agreement|contract|mou|memorandum)|the\s+(?:agreement|contract)|these\s+clauses|(?:its|all|the|any|each|every)\s+(?:\w+\s+)?(?:schedules?|annex(?:es)?|amendments?)|(?:a\s+|the\s+|an\s+)?(?:plain[-\s]language\s+)?(?:summary|summaries|notice|(?:transparency|annual|public|periodic)\s+reports?|register|redaction\s+log)|transparency\s+(?:information|reports?)|(?:the\s+)?(?:results?\s+of\s+(?:the\s+|each\s+|any\s+)?)?(?:impact\s+)?assessments?|copy\s+of\s+(?:these\s+clauses|this\s+agreement|the\s+agreement|the\s+contract))`;

/** Who the public is, as a recipient: "available to the public", "to data subjects". */
const PUBLIC_AUDIENCE = String.raw`(?:the\s+)?(?:public|members\s+of\s+the\s+public|data\s+subjects?|individuals|residents|citizens|patients|passengers|users\s+of\s+the\s+service|any(?:one|\s+person))\b`;

/** A publication by its verb, or by making something available to the public. */
const PUBLISH = new RegExp(
  [
    String.raw`\bpublish(?:es|ed|ing)?\b[^.;]{0,60}?\b${OBJECT}`,
    String.raw`\b(?:make|made)\b[^.;]{0,120}?\bavailable\s+to\s+${PUBLIC_AUDIENCE}`,
    String.raw`\bmake\s+publicly\s+available\b[^.;]{0,60}?\b${OBJECT}`,
    String.raw`\bsubmit\b[^.;]{0,120}?\btransparency\s+reports?\b`,
    String.raw`\bprovide\b[^.;]{0,40}?\bcopy\s+of\s+(?:this|the)\s+(?:agreement|contract|clauses)\b`,
  ].join('|'),
  'i',
);

/** Making one of those objects available: a publication unless it goes to a private recipient. */
const MAKE_AVAILABLE = new RegExp(
  [String.raw`\bmake\s+available\b[^.;]{0,60}?\b${OBJECT}`, String.raw`\bmake\s+(?:a\s+|the\s+)?${OBJECT}[^.;]{0,120}?\bavailable\b`].join('|'),
  'i',
);

/** "available … to <recipient>": the recipient's words. */
const RECIPIENT = /\bavailable\s+(?:[\w-]+\s+){0,3}?to\s+((?:the\s+|each\s+|either\s+)?(?:other\s+)?[\p{L}-]+)/gu;
const IS_PUBLIC = new RegExp(String.raw`^${PUBLIC_AUDIENCE}`, 'i');
const FOR_PUBLICATION = /\bfor\s+(?:its\s+)?publication\b/i;

/**
 * Made available to a named recipient, not the public: a party ("available to Customer",
 * "available on request to the Authority", "to the other party") or any other body named with a
 * capital, and not for publication. That is a disclosure, not transparency (safeguards.md S4).
 * "available to download" names no recipient.
 */
function toPrivateRecipient(text: string): boolean {
  if (FOR_PUBLICATION.test(text)) return false;
  for (const match of text.matchAll(RECIPIENT)) {
    const recipient = match[1]!;
    const word = recipient.split(/\s+/).pop()!;
    if (IS_PUBLIC.test(recipient)) continue;
    if (/^\p{Lu}/u.test(word) || /^part(?:y|ies)$/i.test(word)) return true;
  }
  return false;
}

function isPublication(text: string): boolean {
  return PUBLISH.test(text) || (MAKE_AVAILABLE.test(text) && !toPrivateRecipient(text));
}

/** Freedom-of-information and public-records words. */
const FOI = /\b(?:freedom\s+of\s+information|FOIA?|EIRs?|environmental\s+information\s+regulations|public\s+records\s+(?:act|law|requests?)|access\s+to\s+information\s+(?:act|law))\b/i;

/** Duties that make the contract answerable to FOI requests. */
const FOI_DUTY = /\b(?:assist|co-?operate|help|support|comply)\w*\b[^.;]{0,80}\b(?:requests?|obligations?)\b/i;

/** Blanket secrecy about the agreement itself, or a publicity ban. */
const SECRECY = new RegExp(
  [
    String.raw`\b(?:neither|no)\s+party\s+(?:shall|will|may)\s+(?:make|issue|release)\s+(?:any\s+)?(?:public\s+(?:statement|announcement)|press\s+release|announcement)`,
    String.raw`\b(?:shall|will|must)\s+not\s+(?:disclose|reveal|publish)\s+the\s+(?:existence|terms)`,
  ].join('|'),
  'i',
);

/** A carve-out that lets disclosure by law, to regulators or by publication through. */
const CARVE_OUT =
  /\b(?:required\s+by\s+(?:law|statute)|freedom\s+of\s+information|FOIA?|public\s+records|regulator|auditor|parliament|oversight\s+body|court|publication\s+under|transparency\s+information)\b/i;
const CARVE_OUT_LEAD =
  /\b(?:does|do|shall|will)\s+not\s+(?:restrict|prevent|limit|apply\s+to|prohibit)\b|\bnothing\s+in\b|\bexcept\b|\bunless\b|\bother\s+than\b|\bsave\b|\bnotwithstanding\b|\bshall\s+not\s+apply\b|\bexclud\w*\b/i;

/** Negation traps on the transparency duty. */
const S4_TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:obliged|required|bound|obligated)\s+to\s+(?:publish|disclose|make|release|provide)`,
    String.raw`\b(?:shall|will)\s+not\s+be\s+subject\s+to\s+(?:disclosure|publication|any\s+request)`,
    String.raw`\b(?:exempt|excluded)\s+from\s+(?:disclosure|publication)\b`,
    String.raw`\bno\b[^.;]{0,60}\bshall\s+be\s+(?:published|disclosed)\b`,
  ].join('|'),
  'i',
);

/** An exception just before an exemption: "except information that is". */
const EXCEPTION_BEFORE = /\b(?:except|other\s+than|save|unless|excluding)\b[^.;]{0,60}$/i;

const CONSENT_VETO =
  /\b(?:with|subject\s+to|after\s+obtaining|without)\s+(?:the\s+)?(?:\w+['’]s\s+|other\s+party['’]s\s+|each\s+party['’]s\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|agreement)\b/i;
const SELF_DESIGNATION =
  /\bmay\s+designate\s+(?:any\s+)?(?:information|material|documents?)\s+as\s+(?:confidential|commercially\s+sensitive)\b|\bat\s+its\s+(?:sole\s+)?discretion\b[^.;]{0,60}\bconfidential\b/i;
const TRADE_SECRET_SHIELD =
  /\b(?:algorithms?|source\s+code|models?|methodolog(?:y|ies)|logic)\b[^.;]{0,80}\b(?:trade\s+secrets?|confidential\s+information|proprietary)\b/i;
const SOFT = /\bto\s+the\s+extent\s+(?:reasonably\s+)?practicable\b|\bwill\s+consider\s+publishing\b|\bconsider\s+(?:whether\s+to\s+)?publish/i;

export default defineRule({
  meta: {
    id: 'transparency',
    safeguard: 'S4',
    type: 'safeguard',
    description:
      'Require publication of the partnership agreement, or a copy for the people affected, and confidentiality that yields to freedom-of-information law and oversight.',
    rationale:
      'People whose data a public-private partnership uses, and the bodies that oversee it, can only hold it to account if they can read its terms. The UN B-Tech / GNI post asks for "transparency at the forefront of the procedures, when a partnership is developed"; the Open Contracting Global Principles call for affirmative disclosure of contracts, their amendments and performance, with exemptions only in exceptional, stated cases.',
    sources: [
      'UN B-Tech/GNI (2021), recommendation 4',
      'Open Contracting Global Principles (affirmative disclosure, principle 1)',
      'World Bank, Framework for Disclosure in Public-Private Partnerships (2017)',
      'UNGP 21 (communicating how impacts are addressed)',
      'GDPR Arts. 13–14 (information to data subjects)',
      'SCC 2021/914 Clause 8.3 (copy of the clauses for data subjects)',
      'Privacy International, Safeguards for public-private surveillance partnerships',
    ],
    recommended: true,
    defaultSeverity: 'error',
    needs: [...SAFEGUARD_NEEDS],
    messages: {
      missing:
        'No clause makes the partnership transparent: require {publicName} to publish the agreement, its schedules and amendments, with a closed list of redaction grounds.',
      'weak-negation': 'This clause takes the transparency duty away ("{phrase}").',
      'weak-confidentiality':
        'The agreement is made confidential ("{phrase}") with no carve-out for publication or freedom-of-information requests, which defeats the transparency terms.',
      'weak-consent-veto': 'Publication needs the other party\'s consent ("{phrase}"), which gives it a veto.',
      'weak-discretion': 'One party may decide alone what is kept from publication ("{phrase}").',
      'weak-optional': 'Publication is optional ("{phrase}"), not required.',
      'weak-effort': 'Publication is only an effort ("{phrase}"), not a duty.',
    },
    docs: `## What it checks

That the contract makes the partnership transparent: a duty to publish the agreement, its schedules
and amendments (or a summary, a notice to the public, periodic transparency reports), or to give
the people whose data it concerns a copy of the terms, together with confidentiality that gives
way to freedom-of-information law, regulators, auditors and publication. The rule finds these
sentences by headings ("Transparency", "Publication", "Freedom of Information", "Redaction") and by
a publication verb with an object ("publish this Agreement", "make a copy of these Clauses
available to the data subject", "submit Transparency Reports").

A term is **sound** when a mandatory sentence publishes or makes available something about the
partnership, or commits a party to handle freedom-of-information requests. Making something
available to a party or another named body ("summary copies of its audit reports available to
Customer", "available on request to the Authority") is a disclosure, not transparency, unless it
is for publication.

## Why it matters

Transparency is the fourth recommendation of the UN B-Tech / GNI post, and the post warns of
contact-tracing apps that handed data to governments "without transparency about how this data
would be handled".

## Options

None.

## Flagged

- \`weak-negation\`: "the Authority shall not be obliged to publish this Agreement", "information
  provided under this Agreement shall not be subject to disclosure under the Freedom of Information
  Act" (parties generally cannot contract out of statutory access rights: review it).
- \`weak-confidentiality\`: "the existence and terms of this Agreement are Confidential
  Information", "neither party shall make any public statement about this Agreement", with no
  carve-out, in a document that also has transparency terms; algorithms declared trade secrets.
  When the document has no transparency term at all, the rule reports \`missing\` and points to the
  confidentiality clause as a related location.
- \`weak-consent-veto\`: "may publish a summary with the Supplier's prior written consent".
- \`weak-discretion\`: "the Supplier may designate any information as confidential at its discretion".
- \`weak-optional\`: "the Authority may publish this Agreement".
- \`weak-effort\`: "will publish to the extent practicable", "will consider publishing".
- \`missing\`: nothing makes the partnership transparent (reported once).

## Accepted

"Nothing in this Clause prevents disclosure required by law or to a regulator" is a carve-out in
negative form, not a trap. An NDA's confidentiality clause is not a transparency term. "Only
information that is a trade secret may be redacted" is a closed redaction rule, not an optional
publication.

## How to fix

Require publication of the agreement, schedules and amendments on a named register within a set
time; allow redaction only on listed grounds, logged and reviewed; carve freedom-of-information
law, regulators, auditors, courts, parliament and publication out of confidentiality.

## References

UN B-Tech / GNI (2021) rec. 4; Open Contracting Global Principles; World Bank, Framework for
Disclosure in PPPs (2017); UNGP 21; GDPR Arts. 13–14; SCC 2021/914 Clause 8.3; Privacy
International, Safeguards for public-private surveillance partnerships.`,
    examples: {
      valid: [
        {
          title: 'Publication with a carve-out',
          code: `## 8. Transparency

8.1 The Authority shall publish this Agreement, all its schedules and every later amendment on its open contracts register within thirty (30) days of signature or amendment.

## 9. Confidentiality

9.1 Clause 9 does not restrict any disclosure required by freedom of information law or any publication under clause 8.
`,
        },
      ],
      invalid: [
        {
          title: 'Publication needs the Supplier’s consent',
          code: `## 8. Publicity

8.1 The Authority may publish a summary of this Agreement with the Supplier's prior written consent.
`,
          messageIds: ['weak-consent-veto'],
        },
        {
          title: 'Only a confidentiality clause',
          code: `## 7. Confidentiality

7.1 Each Party shall keep confidential the information disclosed to it by the other Party.
`,
          messageIds: ['missing'],
        },
      ],
    },
  },
  create(context) {
    const secrecy: Array<{ clause: Clause; phrase: string; messageId: 'weak-confidentiality' | 'weak-discretion' }> = [];
    let carveOut = false;
    return safeguardHandlers(context, {
      missingAnchors: [/\btransparency\b|\bpublication\b|\bfreedom\s+of\s+information\b/i, /\bconfidential/i],
      modelClause: transparencyClause,
      judge(clause): Judgement | undefined {
        if (clause.isHeading) return undefined;
        const { text, fullText } = clause;

        // Secrecy (blanket confidentiality, self-designation, trade-secret shields) is judged once
        // the whole document is read: it defeats transparency terms, or explains their absence.
        const carves = CARVE_OUT.test(text) && CARVE_OUT_LEAD.test(text);
        if (carves && /\b(?:confidential\w*|disclos\w*|publi\w*)\b/i.test(text)) carveOut = true;
        if (!carves) {
          const designation = SELF_DESIGNATION.exec(text);
          if (designation) {
            secrecy.push({ clause, phrase: designation[0], messageId: 'weak-discretion' });
            return undefined;
          }
          const shield = TRADE_SECRET_SHIELD.exec(text);
          if (shield && !/\b(?:description|explanation|summary)\b/i.test(text)) {
            secrecy.push({ clause, phrase: shield[0], messageId: 'weak-confidentiality' });
            return undefined;
          }
          const blanket = findWeakener(text, 'W9')?.text ?? SECRECY.exec(text)?.[0];
          if (blanket) {
            secrecy.push({ clause, phrase: blanket, messageId: 'weak-confidentiality' });
            return undefined;
          }
        }

        const headingHit = S4_HEADING.test(clause.heading);
        const publishes = isPublication(fullText);
        const foi = FOI.test(text);
        if (!headingHit && !publishes && !foi) return undefined;
        if (clause.isDefinition || clause.inRecitals) return undefined;

        const trap = S4_TRAP.exec(fullText);
        // "except information exempt from disclosure under the FOI Act" names the statutory exemption.
        const statutory = trap !== null && /^(?:exempt|excluded)/i.test(trap[0]) && EXCEPTION_BEFORE.test(fullText.slice(0, trap.index));
        if (trap && !statutory) return { verdict: 'defeat', messageId: 'weak-negation', data: { phrase: trap[0] } };
        if (carves && !publishes) return undefined;

        const negation = readNegation(fullText, clause.modality);
        if (negation.kind === 'prohibition') return undefined;
        if (!publishes && !(foi && FOI_DUTY.test(text))) return undefined;

        const veto = CONSENT_VETO.exec(text);
        if (veto) return { verdict: 'weak', messageId: 'weak-consent-veto', data: { phrase: veto[0] } };
        const soft = SOFT.exec(text) ?? null;
        const effort = soft ? { text: soft[0] } : findWeakener(text, 'W5');
        if (effort) return { verdict: 'weak', messageId: 'weak-effort', data: { phrase: effort.text } };
        const modal = clause.modality;
        if (modal.kind === 'permission' && !/\bonly\b/i.test(text)) {
          const verb = /\b(?:publish|make)\w*/i.exec(text)?.[0] ?? '';
          return { verdict: 'weak', messageId: 'weak-optional', data: { phrase: `${modal.modal ?? 'may'} ${verb}`.trim() } };
        }
        if (modal.kind === 'obligation') return { verdict: 'sound' };
        return undefined;
      },
      finish(state) {
        if (carveOut) return;
        const addressed = state.sound.length > 0 || state.findings.length > 0;
        for (const { clause, phrase, messageId } of secrecy) {
          if (addressed) {
            state.findings.push({
              tier: 'defeat',
              messageId,
              range: [clause.sentence.start, clause.sentence.end],
              data: { phrase },
              evidence: clause.text,
            });
          } else {
            state.missingRelated.push({
              message:
                messageId === 'weak-discretion'
                  ? 'This clause lets one party decide alone what is kept confidential.'
                  : 'This clause makes the agreement, or how it works, confidential, with no carve-out for publication or freedom-of-information requests.',
              range: [clause.sentence.start, clause.sentence.end],
            });
          }
        }
      },
    });
  },
});
