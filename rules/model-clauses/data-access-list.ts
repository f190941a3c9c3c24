/**
 * Model clause for S1 (data-access list), paraphrasing safeguards.md section 3 "STRONG PHRASING".
 * Used as the `suggestion` of `data-access-list` findings, in the document's own party names.
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function dataAccessListClause({ publicName, privateName }: PartyNames): string {
  return [
    `The data that ${privateName} and ${publicName} may each access under this Agreement is listed exhaustively in the Data Schedule,`,
    'which states for each data category the data subjects, the source, the party that receives it, its form',
    '(identifiable, pseudonymised or aggregated) and the frequency of access. Special-category data: none, unless named in the',
    'Data Schedule with the safeguard that applies. Neither party shall collect, access or receive any data not listed there.',
    `${capitalize(publicName)} receives only the aggregated outputs described in the Data Schedule and has no other access to`,
    `${privateName}'s systems. A data category may be added only by a written amendment signed by both parties after the`,
    'impact assessment has been reviewed.',
  ].join(' ');
}


