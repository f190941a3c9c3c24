/**
 * Model clause for S10 (security of processing), paraphrasing safeguards.md section 12
 * "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function securityMeasuresClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(privateName)} shall implement and maintain at least the technical and organisational measures set out in`,
    'the Security Annex, which forms part of this Agreement, appropriate to the risk to the people whose data is processed:',
    'encryption of the data in transit and at rest, pseudonymisation where the purpose allows, role-based least-privilege',
    'access with logging of every access, the ongoing confidentiality, integrity, availability and resilience of the systems,',
    'restoration of access to the data within a stated time after an incident, and independent security testing at least',
    `annually, with the results and a remediation plan given to ${publicName}. ${capitalize(privateName)} shall not reduce`,
    `those measures without ${publicName}'s written approval. Staff with access are bound by confidentiality and act only on`,
    `instructions. Encryption keys are held by ${publicName}, and the data is stored only in the locations the Security`,
    `Annex names. ${capitalize(privateName)} shall notify ${publicName} of any personal data breach within twenty-four (24)`,
    'hours of becoming aware of it, giving the facts, the data and people affected, the likely consequences and the measures',
    'taken. Certifications are evidence of these measures, not a substitute for them.',
  ].join(' ');
}
