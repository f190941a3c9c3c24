/** Small text helpers shared by the human-readable reporters. */
import { singleSpaced } from '../text/spaces.js';

/** One line, single spaces: VS Code's stylish matcher splits a message at two spaces. */
export const collapseSpaces = (text: string): string => singleSpaced(text).trim();

export const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${count} ${count === 1 ? singular : pluralForm}`;

/** Pad to a visible width (the text has no ANSI codes yet). */
export const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Word-wrap each paragraph of `text` to `width` columns. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Abbreviations common in legal sources whose period does not end a sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:Art|Arts|art|No|no|Cl|cl|Sch|para|paras|p|pp|e\.g|i\.e|etc|cf|v|vs|Reg|Dir|Ch|Sec|s|ss|U\.N|U\.K|E\.U|Inc|Ltd|Co)\.$/;

/** The first sentence of a paragraph, for short "why" lines. */
export function firstSentence(text: string): string {
  const flat = collapseSpaces(text);
  const boundary = /[.!?](?=\s+["“(]?[A-Z])/g;
  for (let match = boundary.exec(flat); match; match = boundary.exec(flat)) {
    const candidate = flat.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(candidate)) return candidate;
  }
  return flat;
}
