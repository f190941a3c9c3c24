/**
 * White space as the regex `\s` sees it (JavaScript white space and line terminators), for the
 * parsers, analyses, rules, engine and reporters alike: one definition, so that "blank",
 * "collapsed" and "a space" mean the same everywhere.
 */

/** `/\s/` for one UTF-16 code unit. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const NOT_SPACE = /\S/;

/** Some character of `text` is not white space (`text.trim() !== ''`, without the copy). */
export function hasNonSpace(text: string): boolean {
  return NOT_SPACE.test(text);
}

// Used with `replace` only (which resets `lastIndex`), so sharing the global regex is safe.
const SPACES = /\s+/g;
/** White space other than single plain spaces: only then does replacing SPACES by ' ' change anything. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ')`, without a copy when it is single-spaced already (most sentences,
 * evidence and PDF rows are).
 */
export function singleSpaced(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(SPACES, ' ') : text;
}
