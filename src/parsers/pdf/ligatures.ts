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
 *    second letter (the word's inflection is carried over: "mitgated" → "mitigate" + "d"), and
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

/** Most ligature occurrences in one word considered (2^n broken forms). */
const MAX_OCCURRENCES = 5;
const MIN_HITS = 2;
const MIN_SHARE = 0.2;

interface Repair {
  word: string;
  /** Bit set of LIGATURES indexes the repair restores. */
  ligatures: number;
}

/** Broken form → the words it may come from (more than one: ambiguous, never repaired). */
let brokenForms: Map<string, Repair[]> | undefined;

/** Every way of collapsing some ligature occurrences of `word`, with the ligatures collapsed. */
function collapsedForms(word: string): Array<[string, number]> {
  const occurrences: Array<[number, number]> = []; // [index, ligature]
  for (let i = 0; i < word.length && occurrences.length < MAX_OCCURRENCES; ) {
    const k = LIGATURES.findIndex((lig) => word.startsWith(lig, i));
    if (k < 0) {
      i++;
      continue;
    }
    occurrences.push([i, k]);
    i += LIGATURES[k]!.length;
  }
  const forms: Array<[string, number]> = [];
  for (let mask = 1; mask < 1 << occurrences.length; mask++) {
    let out = '';
    let at = 0;
    let ligatures = 0;
    occurrences.forEach(([index, k], bit) => {
      if (!(mask & (1 << bit))) return;
      out += word.slice(at, index + 1); // keep the ligature's first letter
      at = index + LIGATURES[k]!.length;
      ligatures |= 1 << k;
    });
    forms.push([out + word.slice(at), ligatures]);
  }
  return forms;
}

function forms(): Map<string, Repair[]> {
  if (brokenForms) return brokenForms;
  const words = lexicon();
  const map = new Map<string, Repair[]>();
  for (const word of words) {
    if (word.length < 3 || !LIGATURE_RE.test(word)) continue;
    for (const [form, ligatures] of collapsedForms(word)) {
      if (words.has(form)) continue;
      const list = map.get(form);
      if (!list) map.set(form, [{ word, ligatures }]);
      else if (!list.some((r) => r.word === word)) list.push({ word, ligatures });
    }
  }
  brokenForms = map;
  return map;
}

/** The unique repair of a lowercase non-word, with an inflection carried over. */
function repairOf(lower: string): Repair | undefined {
  const map = forms();
  const direct = map.get(lower);
  if (direct) return direct.length === 1 ? direct[0] : undefined;
  for (const [stem, suffix, restored] of stems(lower)) {
    const found = map.get(stem);
    if (!found || found.length !== 1) continue;
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

/** Decides, per document, which ligatures lost letters; then repairs words line by line. */
export class LigatureRepair {
  private readonly enabled: number;
  private readonly cache = new Map<string, string | null>();

  /** `texts`: the document's lines, to measure the loss. */
  constructor(texts: readonly string[]) {
    const hits = new Array<number>(LIGATURES.length).fill(0);
    const intact = new Array<number>(LIGATURES.length).fill(0);
    const seen = new Map<string, Repair | null>();
    const words = lexicon();
    for (const text of texts) {
      for (const match of text.matchAll(TOKEN_RE)) {
        const lower = match[0].toLowerCase();
        if (lower.length < 3) continue;
        if (LIGATURE_RE.test(lower) && words.has(lower)) {
          LIGATURES.forEach((lig, k) => {
            if (lower.includes(lig)) intact[k]!++;
          });
          continue;
        }
        if (words.has(lower)) continue;
        let repair = seen.get(lower);
        if (repair === undefined) {
          repair = repairOf(lower) ?? null;
          seen.set(lower, repair);
        }
        if (repair) LIGATURES.forEach((_, k) => repair!.ligatures & (1 << k) && hits[k]!++);
      }
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
