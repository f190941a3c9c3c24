/**
 * Model clause for S6 (retention, deletion, sunset and exit), paraphrasing safeguards.md
 * section 8 "STRONG PHRASING". Used as the `suggestion` of `retention-deletion` findings, in
 * the document's own party names.
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function retentionDeletionClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(privateName)} shall keep each category of Data no longer than the period stated for it in the Data Schedule`,
    `and shall then delete it. All processing under this Agreement ends on the expiry date or on termination, whichever comes`,
    `first; any extension needs a fresh impact assessment and a written amendment signed by both parties. Within thirty (30)`,
    `days of expiry or termination ${privateName} shall, as ${publicName} chooses, return the Data to ${publicName} or securely`,
    'delete it, including copies held in backups, logs, derived data sets and by sub-processors, and shall certify this in',
    `writing. ${capitalize(privateName)} may keep Data after that date only where a named law requires it, only for the period`,
    `that law requires, and for no other purpose. ${capitalize(privateName)} shall give ${publicName} the assistance and`,
    'documentation needed to move the Data and the service to another provider. This clause survives the end of this Agreement.',
  ].join(' ');
}
