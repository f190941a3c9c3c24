/**
 * Model clause for S11 (sub-processing and onward transfer), paraphrasing safeguards.md
 * section 13 "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function onwardTransferClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(privateName)} shall not engage any sub-processor not listed, with its name, location and processing, in`,
    `the Sub-processor Annex without ${publicName}'s prior written authorisation. ${capitalize(privateName)} shall give at`,
    `least thirty (30) days' written notice of a proposed new sub-processor with that information; if ${publicName} objects,`,
    `the sub-processor shall not be used. ${capitalize(privateName)} shall impose on each sub-processor, in writing,`,
    'obligations no less protective than those in this Agreement, shall provide a copy of that contract on request, and',
    'remains fully liable for its performance. The data shall not be disclosed to any third party, including any other',
    'public body, other than the recipients listed in the Data Schedule, and shall not be transferred outside the',
    'countries listed there except under a valid transfer mechanism and after a transfer impact assessment.',
    `${capitalize(privateName)} shall not assign or novate this Agreement, or undergo a change of control, without`,
    `${publicName}'s prior written consent.`,
  ].join(' ');
}
