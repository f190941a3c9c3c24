/**
 * Repairs letters lost in ligature glyphs, safely.
 *
 * Some PDFs map a ligature glyph to its first letter only: "ti" → "t", "fi"/"fl"/"ff"/"ffi" → "f",
 * "ft" → "f", "tt" → "t". The CCS core terms read "informaton", "Protecton", "confict",
 * "ofered", "afer". A broken word is repaired only when
 *
 * 1. the lexicon does not list it (the lexicon lists inflected forms; "warrantes" is no word even
 *    though "warrant" is),
 * 2. exactly one lexicon word collapses to it when some of its ligature letter pairs lose their
 *    second letter (the word's inflection is carried over: "mitgated" → "mitigate" + "d"); the
 *    candidates are found by expanding each "f" and "t" of the broken word (up to five of them)
 *    into the ligatures starting with that letter and looking the results up, and
 * 3. the document shows that loss for that ligature: at least MIN_HITS broken words repaired
 *    through it, and at least MIN_SHARE of all the document's words with that letter pair are
 *    broken. A PDF that spells "information" correctly everywhere never has "informaton" touched.
 *
 * Case is kept: "Protecton" → "Protection", "PROTECTON" → "PROTECTION".
 */
import { lexicon, stems } from './lexicon.js';

/** Ligatures in the order they are tried; each loses everything after its first letter. */
const LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl', 'ft', 'ti', 'tt'] as const;
type Ligature = (typeof LIGATURES)[number];
const LIGATURE_RE = /ffi|ffl|ff|fi|fl|ft|ti|tt/;

/** Words with more "f" and "t" letters than this are not tried (7^n look-ups at worst). */
const MAX_OCCURRENCES = 5;
const MIN_HITS = 2;
const MIN_SHARE = 0.2;

interface Repair {
  word: string;
  /** Bit set of LIGATURES indexes the repair restores. */
  ligatures: number;
}

/** What each kept first letter may have been: "f" → "fi", "fl", "ff", "ffi", "ffl", "ft"; "t" → "ti", "tt". */
const EXPANSIONS: Record<string, Array<[string, number]>> = { f: [], t: [] };
LIGATURES.forEach((lig, k) => EXPANSIONS[lig[0]!]!.push([lig, k]));

/** Words of the lexicon that collapse to `form` (as written, no inflection), at most two. */
function wordsCollapsingTo(form: string): Repair[] {
  const words = lexicon();
  const positions: number[] = [];
  for (let i = 0; i < form.length; i++) if (form[i] === 'f' || form[i] === 't') positions.push(i);
  if (positions.length === 0 || positions.length > MAX_OCCURRENCES) return [];
  const found: Repair[] = [];
  // Depth-first over the f/t letters: keep each one, or expand it into a ligature.
  const visit = (p: number, built: string, from: number, ligatures: number): void => {
    if (found.length > 1) return;
    if (p === positions.length) {
      if (ligatures === 0) return;
      const word = built + form.slice(from);
      if (words.has(word) && !found.some((r) => r.word === word)) found.push({ word, ligatures });
      return;
    }
    const at = positions[p]!;
    const prefix = built + form.slice(from, at);
    visit(p + 1, prefix + form[at], at + 1, ligatures);
    for (const [lig, k] of EXPANSIONS[form[at]!]!) visit(p + 1, prefix + lig, at + 1, ligatures | (1 << k));
  };
  visit(0, '', 0, 0);
  return found;
}

/** The unique repair of a lowercase non-word, with an inflection carried over. */
function repairOf(lower: string): Repair | undefined {
  const direct = wordsCollapsingTo(lower);
  if (direct.length > 0) return direct.length === 1 ? direct[0] : undefined;
  for (const [stem, suffix, restored] of stems(lower)) {
    if (lexicon().has(stem)) continue;
    const found = wordsCollapsingTo(stem);
    if (found.length !== 1) continue;
    const base = found[0]!;
    // "mitgated" → stem "mitgate" → "mitigate" → "mitigat" + "ed".
    return { word: base.word.slice(0, base.word.length - restored.length) + suffix, ligatures: base.ligatures };
  }
  return undefined;
}

function withCase(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

const TOKEN_RE = /[A-Za-z]+/g;

/**
 * Counts into `counts` the words of `text` (runs of ASCII letters, three or more) that hold an
 * "f" or a "t": only those can show a ligature, intact or broken.
 */
function countWords(text: string, counts: Map<string, number>): void {
  let start = -1;
  let fOrT = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    if (code >= 0x61 && code <= 0x7a) {
      if (start < 0) start = i;
      if (code === 0x66 || code === 0x74) fOrT = true;
      continue;
    }
    if (fOrT && i - start >= 3) {
      const word = text.slice(start, i);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    start = -1;
    fOrT = false;
  }
}

/** Decides, per document, which ligatures lost letters; then repairs words line by line. */
export class LigatureRepair {
  private readonly enabled: number;
  private readonly cache = new Map<string, string | null>();

  /** `texts`: the document's lines, to measure the loss. */
  constructor(texts: readonly string[]) {
    // Each distinct word is judged once, weighted by how often it occurs.
    const counts = new Map<string, number>();
    for (const text of texts) countWords(text, counts);
    const hits = new Array<number>(LIGATURES.length).fill(0);
    const intact = new Array<number>(LIGATURES.length).fill(0);
    const seen = new Map<string, Repair | null>();
    const words = lexicon();
    for (const [token, count] of counts) {
      const lower = token.toLowerCase();
      if (words.has(lower)) {
        if (LIGATURE_RE.test(lower)) {
          for (let k = 0; k < LIGATURES.length; k++) if (lower.includes(LIGATURES[k]!)) intact[k]! += count;
        }
        continue;
      }
      // A broken word keeps an "f" or a "t" where the ligature was.
      if (!lower.includes('f') && !lower.includes('t')) continue;
      let repair = seen.get(lower);
      if (repair === undefined) {
        repair = repairOf(lower) ?? null;
        seen.set(lower, repair);
      }
      if (repair) for (let k = 0; k < LIGATURES.length; k++) if (repair.ligatures & (1 << k)) hits[k]! += count;
    }
    let enabled = 0;
    LIGATURES.forEach((_, k) => {
      if (hits[k]! >= MIN_HITS && hits[k]! >= MIN_SHARE * (hits[k]! + intact[k]!)) enabled |= 1 << k;
    });
    this.enabled = enabled;
  }

  /** The ligatures found broken in this document, for diagnostics and tests. */
  get broken(): Ligature[] {
    return LIGATURES.filter((_, k) => this.enabled & (1 << k));
  }

  repairLine(text: string): string {
    if (this.enabled === 0) return text;
    return text.replace(TOKEN_RE, (token) => {
      if (token.length < 3) return token;
      let fixed = this.cache.get(token);
      if (fixed === undefined) {
        fixed = null;
        const lower = token.toLowerCase();
        if (!lexicon().has(lower)) {
          const repair = repairOf(lower);
          if (repair && (repair.ligatures & ~this.enabled) === 0) fixed = withCase(token, repair.word);
        }
        this.cache.set(token, fixed);
      }
      return fixed ?? token;
    });
  }
}
