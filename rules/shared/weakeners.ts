/**
 * The cross-cutting weakeners W1–W11 of safeguards.md section 2, compiled once.
 *
 * Each pattern is a drafting signal, not a legal rule: a safeguard rule decides whether a hit
 * matters by where it sits (the operative sentence of that safeguard, a definition, a recital).
 * Patterns run on one sentence at a time, so a document is scanned once per rule.
 */

export type WeakenerId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6' | 'W7' | 'W8' | 'W9' | 'W10' | 'W11';

export interface WeakenerHit {
  id: WeakenerId;
  /** The words as written. */
  text: string;
  /** Index in the searched text. */
  index: number;
}

/** W1 open-ended scope: turns an enumerated list into an example list. */
const W1 =
  /\b(?:including|includes?),?\s+(?:but\s+)?(?:(?:is|are)\s+)?not\s+limited\s+to\b|\bincluding,?\s+without\s+limitation\b|\band\/or\s+other\b|\bany\s+and\s+all\b|\ball\s+(?:other\s+)?(?:data|information|records)\s+(?:of\s+any\s+kind|whatsoever|held|generated|collected|processed|relating|in\s+(?:relation|connection))\b|\bsuch\s+other\s+(?:data|information|records|categories|purposes?)\b|\bany\s+other\s+(?:personal\s+)?(?:data|information|records|categories)\b|\bany\s+(?:form|type|kind)\s+of\s+(?:data|information)\b|\betc\.?(?=[\s,;)]|$)|\bany\s+(?:personal\s+)?data\s+(?:generated|collected|processed|held|received)\b/i;

/** W2 unilateral discretion: one party can widen scope alone. */
const W2 =
  /\bas\s+(?:the\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?|it|they|either\s+party|each\s+party)\s+(?:may|shall|might|will)\s+(?:(?:reasonably|from\s+time\s+to\s+time)\s+)?(?:determine|direct|require|specify|request|decide|designate|notify|approve|consider)\b|\bat\s+(?:its|their|the\s+[\p{Lu}][\p{L}-]*['’]s)\s+(?:(?:sole|absolute|reasonable|own|entire)\s+(?:and\s+\w+\s+)?)*discretion\b|\bas\s+(?:it|they|the\s+[\p{Lu}][\p{L}-]*)\s+(?:sees?|deems?|considers?|thinks?)\s+(?:fit|appropriate|necessary|reasonable)\b|\b(?:deems?|considers?)\s+(?:it\s+|such\s+\w+\s+|(?:the\s+)?disclosure\s+|(?:the\s+)?use\s+)?(?:(?:necessary|appropriate|fit|desirable)(?:\s+(?:or|and)\s+)?)+\b/iu;

/** W3 moving target: content fixed outside the signed text. */
const W3 =
  /\bfrom\s+time\s+to\s+time\b|\bas\s+(?:updated|amended|revised|notified|published)\b|\bas\s+notified\s+by\b|\bin\s+force\s+from\s+time\s+to\s+time\b/i;

/** W4 soft necessity: a judgement instead of a fixed limit. */
const W4 =
  /\bas\s+(?:necessary|required|appropriate)\b|\bwhere\s+(?:necessary|practicable|appropriate|feasible)\b|\bto\s+the\s+extent\s+(?:reasonable|reasonably\s+practicable|practicable|possible|feasible|appropriate)\b|\bif\s+(?:necessary|appropriate)\b/i;

/** W5 effort-only duty: an obligation of means, not result. */
const W5 =
  /\b(?:(?:all\s+)?reasonable|best|commercially\s+reasonable|good\s+faith)\s+(?:endeavou?rs?|efforts?)\b|\bendeavou?r\s+to\b|\bseek\s+to\b|\buse\s+efforts\s+to\b|\b(?:will|shall)\s+(?:try|attempt)\s+to\b|\bwill\s+consider\b/i;

/** W6 optional modal: permission where a duty is expected. */
const W6 =
  /\bis\s+entitled,?\s+but\s+not\s+obliged\b|\bat\s+its\s+option\b|\bwhere\s+it\s+considers\s+(?:it\s+|this\s+)?appropriate\b|\bmay\s+(?!not\b)(?:\w+\s+)?(?:carry\s+out|conduct|undertake|publish|provide|make|choose|elect|decide)\b/i;

/** W7 law-override without limit. */
const W7 =
  /\bto\s+the\s+extent\s+permitted\s+by\s+(?:applicable\s+)?law\b|\bsave\s+as\s+(?:otherwise\s+)?required\s+by\s+law\b|\bsubject\s+to\s+applicable\s+laws?\b|\bnotwithstanding\s+anything\s+(?:else\s+)?(?:to\s+the\s+contrary\s+)?in\s+this\b/i;

/** W8 unilateral variation: terms change without the other party, the public or a review. */
const W8 =
  /\bmay\s+(?:at\s+any\s+time\s+)?(?:amend|vary|update|change|modify|supplement|replace)\b(?=[^.;]{0,160}\b(?:notice|notif|at\s+any\s+time|unilateral|from\s+time\s+to\s+time|categor|purpose|schedule|annex|data\s+subjects)\b)|\bdeemed\s+(?:to\s+(?:be|have\s+been)\s+)?accepted\b|\b(?:amend|vary|update|change|modify)\w*\b[^.;]{0,80}\bwithout\s+the\s+(?:consent|agreement|approval)\s+of\b/i;

/** W9 blanket confidentiality of the agreement itself. */
const W9 =
  /\b(?:existence|terms)(?:\s+(?:and|or)\s+(?:the\s+)?(?:existence|terms|conditions|status))*\s+of\s+(?:this|the)\s+(?:agreement|contract|mou|memorandum|partnership|parties['’]\s+discussions)\b[^.;]{0,80}\b(?:confidential|commercially\s+sensitive)\b|\bkeep\s+confidential\s+the\s+(?:existence|terms)\b|\bnot\s+disclose\s+the\s+(?:existence|terms)\b|\b(?:confidential\s+information|commercially\s+sensitive\s+information)\b[^.;]{0,60}\bincludes?\b[^.;]{0,40}\b(?:the\s+)?(?:existence|terms)\b/i;

/** W10 deferred content: the promised list, limit or assessment does not exist yet. */
const W10 =
  /\bto\s+be\s+(?:agreed|confirmed|determined|decided|specified|developed|provided)\b|\b(?:TBC|TBD|TBA)\b|\[\s*[●•]\s*\]|\[\s*\](?=\s*(?:$|[.,;:)]))|\[(?:insert|describe|specify|list|add|identify|enter|include)\b[^\]]*\]|\bpolicy\s+to\s+be\s+developed\b|\bthe\s+parties\s+(?:shall|will)\s+(?:later\s+)?agree\s+(?:a|the)\s+(?:schedule|list|annex)\b/i;

/** W11 survival gap (read by the rules that check a survival clause). */
const W11 = /\bupon\s+(?:the\s+\w+['’]s\s+)?(?:written\s+)?request\b/i;

export const WEAKENER_PATTERNS: Readonly<Record<WeakenerId, RegExp>> = {
  W1,
  W2,
  W3,
  W4,
  W5,
  W6,
  W7,
  W8,
  W9,
  W10,
  W11,
};

/** Short names for messages and docs. */
export const WEAKENER_NAMES: Readonly<Record<WeakenerId, string>> = {
  W1: 'open-ended scope',
  W2: 'unilateral discretion',
  W3: 'moving target',
  W4: 'soft necessity',
  W5: 'effort-only duty',
  W6: 'optional modal',
  W7: 'law override without limit',
  W8: 'unilateral variation',
  W9: 'blanket confidentiality',
  W10: 'deferred content',
  W11: 'survival gap',
};

/**
 * Words without which a weakener cannot match, for the patterns that are costly to run: W2's
 * `iu` flags make every `\b` and letter class Unicode-aware, some 15 times slower than the other
 * patterns. A text must hold every cue of the list. Every alternative of W2 holds "as" and a
 * space, "discretion", "deem" or "consider" (first cue); the "as" alternatives also hold one of
 * their verbs (second cue: "as soon as", "such as" alone are common and do not match). The cues
 * have W2's flags, so the same case folding. A sentence without its cues cannot match.
 */
export const WEAKENER_CUES: Readonly<Partial<Record<WeakenerId, readonly RegExp[]>>> = {
  W2: [
    /as\s|discretion|deem|consider/iu,
    /determine|direct|require|specify|request|decide|designate|notify|approve|see|think|discretion|deem|consider/iu,
  ],
};

/** False when `text` cannot hold weakener `id` (a cheap test to run before the pattern itself). */
export function mayHoldWeakener(text: string, id: WeakenerId): boolean {
  const cues = WEAKENER_CUES[id];
  if (cues === undefined) return true;
  for (const cue of cues) if (!cue.test(text)) return false;
  return true;
}

/** The first hit of one weakener in `text`, if any. */
export function findWeakener(text: string, id: WeakenerId): WeakenerHit | undefined {
  if (!mayHoldWeakener(text, id)) return undefined;
  const match = WEAKENER_PATTERNS[id].exec(text);
  return match ? { id, text: match[0].trim(), index: match.index } : undefined;
}

/** The first hit of each of `ids` in `text`, in the order of `ids`. */
export function findWeakeners(text: string, ids: readonly WeakenerId[]): WeakenerHit[] {
  const hits: WeakenerHit[] = [];
  for (const id of ids) {
    const hit = findWeakener(text, id);
    if (hit) hits.push(hit);
  }
  return hits;
}
