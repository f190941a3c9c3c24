/**
 * Negation as safeguards.md 14.2 point 4 reads it: look at the verb after the negation.
 *
 * - A duty-verb after the negation ("shall not be required to", "nothing ... shall limit",
 *   "shall not apply to", "shall not be construed as limiting", "no ... shall be required",
 *   "waives") removes a duty or a limit: a TRAP.
 * - An act-verb after the negation ("shall not access / process / disclose / use / sell")
 *   forbids the risky act: a SAFEGUARD, unless a trailing "except / unless / save" clause hands
 *   the act back to one party's discretion ("except as the Authority may direct"): REOPENED.
 */
import { modalityOf, type Modality, type Sentence } from '../../src/analysis/index.js';
import { findWeakener } from './weakeners.js';

export type NegationReading =
  | { kind: 'trap'; text: string; index: number }
  | { kind: 'prohibition'; text: string; index: number; reopenedBy?: string }
  | { kind: 'none' };

const ACT_VERB =
  '(?:access|accessed|process|processed|use|used|disclose|disclosed|retain|retained|share|shared|transfer|transferred|subcontract|sell|sold|collect|collected|receive|received|combine|combined|match|matched|link|linked|identify|re-?identify|contact|publish|published|store|stored|copy|copied|export|rent|rented|lease|leased|obtain|obtained|analy[sz]e|exploit|train|release|released|reveal|revealed|make\\s+available|provide\\s+access|allow\\s+access|grant\\s+access)\\b';

/** Negations that remove a duty or a limit. */
const TRAP = new RegExp(
  [
    String.raw`\b(?:shall|will|must|is|are|be)\s+not\s+(?:in\s+any\s+event\s+)?be\s+(?:required|obliged|obligated|bound|compelled|under\s+(?:any|an)\s+(?:obligation|duty))\b`,
    String.raw`\b(?:is|are)\s+not\s+(?:required|obliged|obligated)\s+to\b`,
    String.raw`\b(?:shall|will)\s+have\s+no\s+(?:obligation|duty)\b`,
    String.raw`\bno\b[^.;:]{0,80}\b(?:shall|will|is|are)\s+(?:be\s+)?(?:required|necessary|needed)\b`,
    String.raw`\bnothing\s+in\b[^.;]{0,120}\b(?:shall\s+|will\s+)?(?:limits?|restricts?|prevents?|precludes?|prejudices?|affects?)\b`,
    String.raw`\b(?:does|do|shall|will)\s+not\s+(?:limit|restrict|prevent|preclude|prejudice)\b`,
    String.raw`\b(?:shall|will|does|do)\s+not\s+(?:apply|extend)\s+to\b`,
    String.raw`\b(?:shall\s+)?not\s+be\s+(?:construed|interpreted|deemed|read)\s+(?:as\s+)?(?:limiting|restricting|exhaustive|a\s+limit)`,
    String.raw`\bhereby\s+waives?\b|\bwaives?\s+(?:any|all|its)\b`,
  ].join('|'),
  'i',
);

/** Negations that forbid an act. */
const PROHIBITION = new RegExp(
  [
    String.raw`\b(?:shall|will|must|may|can|should)\s+not\s+(?:\w+\s+){0,3}?(?:be\s+)?${ACT_VERB}`,
    String.raw`\b(?:shall|will|must|may)\s+(?:never|in\s+no\s+(?:event|circumstances?))\s+(?:\w+\s+){0,2}?${ACT_VERB}`,
    String.raw`\b(?:cannot|can['’]t|won['’]t|mustn['’]t)\s+(?:\w+\s+){0,2}?(?:be\s+)?${ACT_VERB}`,
    String.raw`\b(?:neither|no)\b[^.;:]{0,80}\b(?:shall|will|must|may)\s+(?:\w+\s+){0,2}?(?:be\s+)?${ACT_VERB}`,
    String.raw`\b(?:agrees?|undertakes?)\s+not\s+to\s+(?:\w+\s+){0,2}?${ACT_VERB}`,
    String.raw`\b(?:under\s+no\s+circumstances|in\s+no\s+event)\s+(?:shall|will|may)\s+[\w\s]{1,40}?${ACT_VERB}`,
    String.raw`\b(?:is|are)\s+(?:prohibited|forbidden)\s+from\b`,
    String.raw`\bwill\s+not\s+be\s+(?:used|disclosed|shared|sold|processed)\b`,
  ].join('|'),
  'i',
);

const EXCEPTION = /\b(?:except|unless|save|other\s+than|without\s+prejudice\s+to)\b/i;

// Several safeguard rules read the same clause (its shared modality object, the same text):
// remember the last reading per modality object. Readings are never mutated once returned.
const READINGS = new WeakMap<Modality, { text: string; reading: NegationReading }>();

/** How a negation in `text` bears on a limit or duty. `modality` refines the reading when given. */
export function readNegation(text: string, modality?: Modality): NegationReading {
  if (!modality) return read(text, modality);
  const cached = READINGS.get(modality);
  if (cached && cached.text === text) return cached.reading;
  const reading = read(text, modality);
  READINGS.set(modality, { text, reading });
  return reading;
}

// Every alternative of TRAP holds the word "not" before a space, the word "no", "nothing" before a
// space, or "waive"; every one of PROHIBITION "not" before a space, "no", "never", a negative
// contraction, "neither", "prohibited" or "forbidden" (same flags). Cheap tests that skip the full
// patterns on sentences they cannot match ("notice", "notwithstanding" are not negations).
const MAY_TRAP = /\bnot\s|\bno\b|\bnothing\s|waive/i;
const MAY_PROHIBIT = /\bnot\s|\bno\b|never|cannot|can['’]t|won['’]t|mustn['’]t|neither|prohibited|forbidden/i;

function read(text: string, modality: Modality | undefined): NegationReading {
  const trap = MAY_TRAP.test(text) ? TRAP.exec(text) : null;
  const prohibition = MAY_PROHIBIT.test(text) ? PROHIBITION.exec(text) : null;
  if (trap && (!prohibition || trap.index <= prohibition.index || modality?.negatedDuty)) {
    return { kind: 'trap', text: trap[0].trim(), index: trap.index };
  }
  if (prohibition) {
    const reading: NegationReading = { kind: 'prohibition', text: prohibition[0].trim(), index: prohibition.index };
    const rest = text.slice(prohibition.index + prohibition[0].length);
    const exception = EXCEPTION.exec(rest);
    if (exception) {
      const reopen = findWeakener(rest.slice(exception.index), 'W2');
      if (reopen) reading.reopenedBy = `${exception[0]} ${reopen.text}`.replace(/\s+/g, ' ');
    }
    return reading;
  }
  if (modality?.negatedDuty) return { kind: 'trap', text: modality.modal ?? 'not', index: 0 };
  return { kind: 'none' };
}

/** `readNegation` of a sentence, with the analysis' modality of its main clause. */
export function readSentenceNegation(sentence: Sentence, text = sentence.text): NegationReading {
  return readNegation(text, modalityOf(sentence));
}
