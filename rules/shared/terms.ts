/**
 * Word-level matching of defined terms, for the consistency rules (undefined-term,
 * unused-definition): whole words, case-insensitive, plural- and possessive-tolerant.
 *
 * Terms go into a trie of normalised words; a text is tokenised once and every term that starts
 * at each word is found by walking the trie, so a scan costs O(words × longest term) whatever
 * the number of terms. Every match is reported, overlapping ones included: "Personal Data" inside
 * "Personal Data Breach" is a use of both.
 */

/** A word as the rules read it: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}\p{N}]))?/gu;

// normalizeWord is pure and words repeat: remember recent results (bounded, cleared when full).
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 50_000;

/** Lower case, no possessive, singular: "Parties'" → "party", "Supplier's" → "supplier". */
export function normalizeWord(word: string): string {
  let normal = NORMALIZED.get(word);
  if (normal === undefined) {
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    normal = normalize(word);
    NORMALIZED.set(word, normal);
  }
  return normal;
}

function normalize(word: string): string {
  let lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (lower.length <= 3) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zzes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/(?:ss|us|is|ys)$/.test(lower)) lower = lower.slice(0, -1);
  return lower;
}

/** The lookup key of a term: its normalised words, without quotes or a leading article. */
export function termKey(term: string): string {
  const words = [...term.replace(/^[\s"“”'‘’*]+|[\s"“”'‘’*]+$/g, '').matchAll(WORD)].map((match) => normalizeWord(match[0]));
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) words.shift();
  return words.join(' ');
}

export interface WordToken {
  text: string;
  norm: string;
  /** Index in the searched text, end exclusive. */
  start: number;
  end: number;
}

export function wordsOf(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], norm: normalizeWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

// The words of a block, read once per document for every rule that scans it (never mutated).
const BLOCK_WORDS = new WeakMap<object, WordToken[]>();

/** `wordsOf(block.text)`, shared by the rules through the (per-document) block object. */
export function blockWordsOf(block: { readonly text: string }): WordToken[] {
  let tokens = BLOCK_WORDS.get(block);
  if (!tokens) {
    tokens = wordsOf(block.text);
    BLOCK_WORDS.set(block, tokens);
  }
  return tokens;
}

/** Characters that may separate two words of one term: spaces, a slash ("EU/EEA"), an ampersand. */
const JOIN = /^(?:\s{1,3}|\s?[/&]\s?|\s&\s)$/;

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

export interface TermMatch {
  key: string;
  /** Indices of the match in the searched text, end exclusive. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

export interface TermIndex {
  readonly size: number;
  /** Every term occurrence in `text` (tokens from `wordsOf(text)` when the caller has them). */
  scan(text: string, tokens?: WordToken[]): TermMatch[];
}

export function buildTermIndex(terms: Iterable<string>): TermIndex {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const term of terms) {
    const key = termKey(term);
    if (!key) continue;
    let node = root;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    if (node.key === undefined) size++;
    node.key = key;
  }
  return {
    size,
    scan(text, tokens = wordsOf(text)) {
      const found: TermMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        let node = root.next.get(tokens[i]!.norm);
        let j = i;
        while (node) {
          if (node.key !== undefined) {
            found.push({ key: node.key, start: tokens[i]!.start, end: tokens[j]!.end, text: text.slice(tokens[i]!.start, tokens[j]!.end) });
          }
          const following = tokens[j + 1];
          if (!following || !JOIN.test(text.slice(tokens[j]!.end, following.start))) break;
          j++;
          node = node.next.get(following.norm);
        }
      }
      return found;
    },
  };
}
