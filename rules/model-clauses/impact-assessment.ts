/**
 * Model clause for S3 (impact assessment across the life cycle), paraphrasing safeguards.md
 * section 5 "STRONG PHRASING".
 */
import type { PartyNames } from '../shared/safeguard.js';

export function impactAssessmentClause({ publicName, privateName }: PartyNames): string {
  return [
    `Before Go-Live ${publicName}, with the assistance of ${privateName}, shall complete a human rights impact assessment`,
    '(which may include the data protection impact assessment) covering the processing and its purposes, its necessity and',
    'proportionality, the risks to the rights of the people affected, including groups at particular risk, and the measures',
    'to address them; processing shall not start until those measures are in place. The assessment shall be reviewed at',
    'least every twelve (12) months and before any new data category, purpose, feature, recipient or extension. If a risk',
    `cannot be adequately mitigated, ${publicName} shall suspend the affected processing. A summary of each assessment`,
    'shall be published within thirty (30) days of its completion.',
  ].join(' ');
}
