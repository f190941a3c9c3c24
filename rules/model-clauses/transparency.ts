/**
 * Model clause for S4 (transparency of the partnership), paraphrasing safeguards.md section 6
 * "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function transparencyClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(publicName)} shall publish this Agreement, its schedules and every amendment on its public contracts`,
    'register within thirty (30) days of signature or amendment. Only trade secrets, security-sensitive detail and personal',
    'data may be redacted; each redaction is listed with its ground in a published log and reconsidered after twelve (12)',
    'months. Confidentiality obligations do not restrict disclosure required by law, including freedom of information law,',
    'disclosure to a regulator, auditor, court, parliament or oversight body, or publication under this clause.',
    `${capitalize(privateName)} shall not withhold consent to any publication this clause requires.`,
  ].join(' ');
}


