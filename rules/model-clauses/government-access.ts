/**
 * Model clause for S5 (government access, direct access and lawful-request handling),
 * paraphrasing safeguards.md section 7 "STRONG PHRASING". Used as the `suggestion` of
 * `government-access` findings, in the document's own party names.
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function governmentAccessClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(privateName)} shall not give any public authority, including other bodies of ${publicName}'s own government,`,
    'direct, indirect or remote access to the Data or its systems, and shall not build or keep any capability for such access.',
    `${capitalize(privateName)} shall disclose Data to a public authority only on a written, legally binding request that states`,
    'its legal basis and the requesting authority; informal requests and requests through intermediaries shall be refused and',
    `recorded. ${capitalize(privateName)} shall review the legality of each request, challenge it where there are reasonable`,
    'grounds to consider it unlawful, seek interim measures, disclose nothing until the applicable procedural rules require it,',
    `and then disclose only the minimum the request requires. ${capitalize(privateName)} shall notify ${publicName} and, where`,
    'possible, the people concerned within forty-eight (48) hours of any request or of becoming aware of any direct access; where',
    'the law forbids notice, it shall seek a waiver and record its efforts. It shall keep a record of every request, assessment,',
    'challenge and response for the term, make it available to the oversight body, and publish the number and type of requests',
    'and their outcomes at least once a year.',
  ].join(' ');
}
