/**
 * Model clause for S2 (processing limits), paraphrasing safeguards.md section 4 "STRONG PHRASING".
 */
import { capitalize, type PartyNames } from '../shared/safeguard.js';

export function processingLimitsClause({ publicName, privateName }: PartyNames): string {
  return [
    `${capitalize(privateName)} shall process the Data only on the documented instructions of ${publicName} and only for the`,
    'purposes listed in the Purposes Schedule, and for no other purpose, unless this Agreement is amended in writing after',
    `the impact assessment has been reviewed. ${capitalize(privateName)} shall not use the Data, or anything derived from it,`,
    'for its own purposes, including product improvement, advertising, or training or evaluating models, and shall not',
    `combine it with other data sets or attempt to re-identify any person. ${capitalize(publicName)} shall not use the Data`,
    'for law enforcement, immigration control or national security purposes, nor share it with bodies exercising those',
    'functions, except under a legally binding request handled under this Agreement.',
  ].join(' ');
}


