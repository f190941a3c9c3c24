/**
 * Model clause for S8 (remedy and grievance), paraphrasing safeguards.md section 10 "STRONG
 * PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function remedyGrievanceClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(publicName)} and ${privateName} shall maintain a free complaints channel, published on their websites,`,
    'for anyone affected by the Services, whether or not a party to this Agreement. Each complaint shall be acknowledged',
    'within five (5) working days and receive a reasoned response within thirty (30) days, with a right of escalation to',
    'an independent body named in this Agreement; no one shall suffer retaliation for complaining. Data subjects may',
    'enforce the data protection terms of this Agreement as third-party beneficiaries, and nothing in this Agreement limits',
    'any person\'s right to complain to a supervisory authority or to seek a judicial remedy. Within ten (10) days of',
    'becoming aware of an actual or potential adverse human rights impact linked to the Services, a party shall notify the',
    'other with the facts, the rights affected and its proposed remediation, and both shall cooperate in remediation.',
  ].join(' ');
}
