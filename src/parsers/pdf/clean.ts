/**
 * Line text as a reader sees it: typographic leftovers of the text layer normalised, words
 * hyphenated across line breaks joined.
 */
import { isWord } from './lexicon.js';

const LIGATURE_CHARS: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Any character that one of cleanLine's replacements changes, or a double space. */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2010\u2011\u202f\u205f\u2060\u3000\ue000-\uf8ff\ufb00-\ufb06\ufeff]| {2}/;

/**
 * Normalises one line: ligature characters spelled out, soft hyphens dropped, "-" + U+2010
 * pairs (Word's "-­‐") and U+2010/U+2011 as "-", tabs and odd spaces as one space, zero-width
 * and control characters dropped, a symbol-font bullet (private use area) at the start as "•".
 */
export function cleanLine(raw: string): string {
  // Most lines (typographic quotes and dashes included) hold none of the characters below.
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  let s = raw.replace(/[\ufb00-\ufb06]/g, (ch) => LIGATURE_CHARS[ch] ?? ch);
  s = s.replace(/-?\u00ad*[\u2010\u2011]/g, '-').replace(/\u00ad/g, '');
  s = s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  s = s.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  s = s.replace(/^\s*[\ue000-\uf8ff](?=\s|$)/, '•').replace(/[\ue000-\uf8ff]/g, '');
  return s.replace(/ {2,}/g, ' ').trim();
}

/** Prefixes that keep their hyphen before a word ("sub-processor", "non-exclusive"). */
const PREFIXES = new Set([
  'anti', 'co', 'counter', 'cross', 'ex', 'inter', 'intra', 'multi', 'non', 'post', 'pre', 'pro', 'quasi', 'self',
  'semi', 'sub', 'super', 'third', 'well', 'all', 'over', 'under', 'long', 'short', 'half',
]);

/**
 * Whether "left-" at a line end and "right" at the next line's start keep the hyphen: the joined
 * word is a word → no hyphen ("informa-tion"); else both halves are words or the left one is a
 * prefix → a compound, keep it ("data-sharing", "sub-processor"); else a typeset break, drop it.
 */
export function keepsHyphen(left: string, right: string): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (isWord(l + r)) return false;
  return isWord(r) && (isWord(l) || PREFIXES.has(l));
}

/** "…the informa-": the letters before a hyphen ending the line. */
const HYPHENATED_END = /(\p{L}+)-$/u;
/** "tion is…": the lowercase word going on, what sticks to it, the spaces after. */
const CONTINUED_START = /^(\p{Ll}\p{L}*)(\S*)\s*/u;

/**
 * Joins words hyphenated across the line breaks of one block, in place: "…the informa-" +
 * "tion is…" → "…the information" + "is…". A line left empty is removed. Returns the lines.
 */
export function joinHyphenated<T extends { text: string }>(lines: T[]): T[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    // Few lines end in a hyphen: check that before running the regex.
    if (line.text.charCodeAt(line.text.length - 1) !== 0x2d) continue;
    const end = HYPHENATED_END.exec(line.text);
    if (!end) continue;
    const start = CONTINUED_START.exec(next.text);
    if (!start) continue;
    const hyphen = keepsHyphen(end[1]!, start[1]!) ? '-' : '';
    line.text = line.text.slice(0, -1) + hyphen + start[1]! + start[2]!;
    next.text = next.text.slice(start[0].length);
    if (next.text.length === 0) {
      lines.splice(i + 1, 1);
      i--;
    }
  }
  return lines;
}
