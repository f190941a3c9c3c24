/**
 * Quoting a clause in a finding's message: short, on one line, cut at a word.
 */

/** A phrase for a message: whitespace collapsed, at most `max` characters (an ellipsis when cut). */
export function clipPhrase(value: string, max = 90): string {
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed.length <= max ? collapsed : `${collapsed.slice(0, max - 3).trimEnd()}…`;
}

/**
 * `match` (found case-insensitively in `text`) with the words after it, `words` in all, without
 * a trailing punctuation mark from `trailing`: "may carry out an impact assessment". When `text`
 * does not contain it, `match` itself.
 */
export function phraseAround(text: string, match: string, words = 6, trailing: RegExp = /[,;.:]$/): string {
  const index = text.toLowerCase().indexOf(match.toLowerCase());
  if (index < 0) return match;
  return text.slice(index).split(/\s+/).slice(0, words).join(' ').replace(trailing, '');
}
