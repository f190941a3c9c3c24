/**
 * An English word list for the two repairs that must only turn non-words into words: joining a
 * word hyphenated across a line break, and restoring letters a PDF's text layer lost inside a
 * ligature glyph ("informaton" → "information").
 *
 * The list (SCOWL's American and British lists, lowercase entries only) is generated into
 * ./lexicon-data.ts by `scripts/make-pdf-fixtures.ts lexicon`. It is decoded once, on the first
 * PDF, and kept.
 */
import { gunzipSync } from 'node:zlib';
import { LEXICON_GZIP_BASE64 } from './lexicon-data.js';

let words: Set<string> | undefined;

export function lexicon(): ReadonlySet<string> {
  if (!words) {
    const text = gunzipSync(Buffer.from(LEXICON_GZIP_BASE64, 'base64')).toString('utf8');
    words = new Set(text.split('\n'));
  }
  return words;
}

/** Inflections tried when a form is not listed itself: "mitigated" counts through "mitigate". */
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ly', ['']],
  ['ers', ['', 'e']],
  ['er', ['', 'e']],
  ['ment', ['']],
  ['ments', ['']],
];

/**
 * Stems of a lowercase word with each known suffix taken off, as [stem, suffix, restored]:
 * "mitigated" → ["mitigat", "ed", ""], ["mitigate", "ed", "e"], ….
 */
export function stems(word: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const [suffix, replacements] of SUFFIXES) {
    if (word.length <= suffix.length + 2 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    for (const replacement of replacements) out.push([base + replacement, suffix, replacement]);
  }
  return out;
}

/** A lowercase word the lexicon knows, directly or as an inflection of a listed word. */
export function isWord(word: string): boolean {
  const set = lexicon();
  if (set.has(word)) return true;
  return stems(word).some(([stem]) => set.has(stem));
}
