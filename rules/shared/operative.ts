/**
 * Whether a clause reads as a recital. The shared clause loop marks every sentence under a
 * "Background" or recitals section as a recital; when a document's only real heading is such a
 * section (converted documents whose clause titles are bold lines, not headings), its operative
 * terms sit there too. A sentence there that carries a modal ("shall", "may", "agrees to") and
 * does not open with WHEREAS or a recital letter is read as operative.
 */
import type { Clause } from './safeguard.js';

const RECITAL_OPENING = /^\s*(?:WHEREAS\b|\([A-Z]\)\s|NOW,?\s+THEREFORE\b)/i;

export function isRecital(clause: Clause): boolean {
  if (!clause.inRecitals) return false;
  return RECITAL_OPENING.test(clause.text) || clause.modality.kind === 'none';
}

/**
 * Whether a heading block is really a clause: converted documents sometimes style a whole
 * numbered clause as a heading ("Required Disclosures. Recipient may disclose ..."). A heading
 * sentence that carries a modal and runs past a title's length is read as a clause.
 */
export function isTitleOnly(clause: Clause): boolean {
  if (!clause.isHeading) return false;
  return clause.modality.kind === 'none' || clause.text.trim().length < 40;
}
