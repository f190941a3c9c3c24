/**
 * Model clause for S9 (stakeholder and civil-society consultation), paraphrasing safeguards.md
 * section 11 "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function stakeholderConsultationClause({ publicName, privateName }: PartyNames): string {
  return [
    `Before the Service is launched, and before any material change, extension or renewal, ${publicName} shall consult`,
    'the groups likely to be affected (including groups at particular risk, in accessible formats and languages), civil-society',
    'organisations and independent experts on the impact assessment and the proposed safeguards, giving them the documents',
    'they need and at least thirty (30) days to comment. The Service shall not be launched until the consultation has closed.',
    `${capitalize(publicName)} shall publish a summary of the responses received and explain how they were taken into account.`,
    `${capitalize(privateName)} shall provide the information and assistance the consultation reasonably requires, and`,
    'confidentiality obligations shall not prevent the people consulted from seeing it.',
  ].join(' ');
}
