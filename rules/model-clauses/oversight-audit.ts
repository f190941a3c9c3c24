/**
 * Model clause for S7 (oversight, audit and accountability), paraphrasing safeguards.md section 9
 * "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function oversightAuditClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(publicName)}, or an independent auditor it appoints, may audit and inspect the processing by ${privateName}`,
    'and its sub-processors, including premises, systems, records and personnel, at any time on reasonable notice and',
    `without notice where a breach is suspected. ${capitalize(privateName)} shall make available all information needed`,
    'to demonstrate compliance with this Agreement and shall not make an audit conditional on its own reports or',
    `certifications. Every access to the Data shall be logged with the user, time, data accessed and purpose; ${privateName}`,
    'shall keep the logs for at least twelve (12) months and provide them on request. Each party shall cooperate with the',
    `supervisory authority, and audit results shall be made available to it on request. ${capitalize(privateName)} shall`,
    `report on its compliance with this Agreement every three (3) months to ${publicName} and to the oversight body named`,
    'in this Agreement, which shall approve any new use of the system before it starts.',
  ].join(' ');
}
