/**
 * The modality a clause carries itself. The shared runner reads a list item's modal from its
 * lead-in ("The Supplier shall not: (a) sell the Data"), which is right for items without a verb
 * of their own; an item that has its own modal ("d. Safeguards. Data User shall use appropriate
 * safeguards", under a lead-in "Data User may use the Limited Data Set only for:") reads its own.
 */
import { modalityOf, type Modality } from '../../src/analysis/index.js';
import type { Clause } from './safeguard.js';

export function ownModality(clause: Clause): Modality {
  if (!clause.leadIn) return clause.modality;
  const own = modalityOf(clause.sentence);
  return own.kind !== 'none' || own.negatedDuty ? own : clause.modality;
}

/**
 * A duty in the clause: an obligation modal, a "shall"/"must" the modality reading left as
 * subordinate ("Before the Go-Live Date the Authority shall consult ..."), a "will:" list lead-in,
 * or "agrees to" / "undertakes to".
 */
export function isDuty(clause: Clause): boolean {
  const modal = ownModality(clause);
  if (modal.kind === 'obligation') return true;
  if (modal.kind !== 'none' || modal.negatedDuty) return false;
  return /\b(?:shall|must)\b(?!\s+not\b)|\b(?:shall|will|must)\s*:|\b(?:agrees?|undertakes?)\s+to\b/i.test(clause.fullText);
}
